// @vitest-environment node
import { expect, test } from 'vitest'
import { completeList } from './complete-list'

type Part = 'head' | 'body' | 'feet'

test('a list naming every member compiles and keeps its order', () => {
  expect(completeList<Part>()(['feet', 'head', 'body'])).toEqual(['feet', 'head', 'body'])
})

test('a list that leaves a member out does not compile', () => {
  // @ts-expect-error -- 'feet' is missing, and the error says so
  const partial = completeList<Part>()(['head', 'body'])
  expect(partial).toHaveLength(2)
})
