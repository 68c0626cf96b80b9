// @vitest-environment node
import { expect, test } from 'vitest'
import { listInWords, lowerFirst, upperFirst } from './words'

test.each([
  [[], ''],
  [['Swedish'], 'Swedish'],
  [['Swedish', 'Reflexology'], 'Swedish and Reflexology'],
  [['Swedish', 'Deep Tissue', 'Reflexology'], 'Swedish, Deep Tissue and Reflexology'],
  [['a', 'b', 'c', 'd'], 'a, b, c and d'],
])('%j in words is "%s"', (words, expected) => {
  expect(listInWords(words)).toBe(expected)
})

test.each([
  ['Fragile bones', 'fragile bones', 'Fragile bones'],
  [
    'deep pressure can damage weak bones.',
    'deep pressure can damage weak bones.',
    'Deep pressure can damage weak bones.',
  ],
  ['', '', ''],
])('"%s" mid-sentence is "%s", and as a sentence "%s"', (text, lower, upper) => {
  expect(lowerFirst(text)).toBe(lower)
  expect(upperFirst(text)).toBe(upper)
})
