// @vitest-environment node
import { expect, test } from 'vitest'
import { emergencyNumber } from './emergency-number'

test.each([
  [['en-GB'], '999'],
  [['en-US', 'es-US'], '911'],
  [['fr-CA'], '911'],
  [['en-AU'], '000'],
  [['en-NZ'], '111'],
  [['de-DE'], '112'],
  [['en-IE'], '112'],
  [['es-ES', 'en-GB'], '112'],
  // The first tag that names a region decides.
  [['en', 'en-GB'], '999'],
])('%j calls %s', (languages, number) => {
  expect(emergencyNumber(languages)).toEqual({ number, known: true })
})

test.each([[[]], [['en']], [['fr', 'de']], [['not a tag']], [['en-ZZ']]])(
  '%j names no region the app knows: 112, said as a fallback',
  (languages) => {
    expect(emergencyNumber(languages)).toEqual({ number: '112', known: false })
  },
)
