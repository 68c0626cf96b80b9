import { expect, test } from 'vitest'
import { cycles } from './check-import-cycles.mjs'

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges))

test.each([
  ['a line has no circle', { a: ['b'], b: ['c'], c: [] }, []],
  ['two modules importing each other', { a: ['b'], b: ['a'] }, [['a', 'b']]],
  [
    'a circle of three, beside a module outside it',
    { a: ['b'], b: ['c'], c: ['a'], d: ['a'] },
    [['a', 'b', 'c']],
  ],
  ['a module importing itself', { a: ['a'] }, [['a']]],
  [
    'two separate circles',
    { a: ['b'], b: ['a'], c: ['d'], d: ['c'] },
    [
      ['a', 'b'],
      ['c', 'd'],
    ],
  ],
])('%s', (_, edges, expected) => {
  expect(cycles(graph(edges)).map((circle: string[]) => [...circle].sort())).toEqual(expected)
})
