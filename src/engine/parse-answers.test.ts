// @vitest-environment node
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { ANSWER_FIELDS, advise, checkAnswer, parseAnswers, parsePartialAnswers, recommend } from './index'
import type { QuizAnswers } from './index'
import { assertAnswers } from './parse-answers'
import { answerSet } from '../test/answer-sets'

// Fewer generated cases under mutation testing (see vitest.stryker.config.ts).
const STRIDE = Number(process.env.MUTATION_STRIDE ?? '1')

const good = answerSet({
  severity: 6,
  duration: 'subacute',
  radiation: 'buttock-thigh',
  pressure: 'medium',
  knots: 'achy',
  stiffness: true,
  stress: false,
})

// One bad value per row, with the field the error must name and words it must contain.
const badFields: { field: keyof QuizAnswers; value: unknown; says: string }[] = [
  { field: 'severity', value: -1, says: 'severity must be a whole number from 0 to 10 (got -1)' },
  { field: 'severity', value: 11, says: 'severity must be a whole number from 0 to 10 (got 11)' },
  { field: 'severity', value: 4.5, says: '(got 4.5)' },
  { field: 'severity', value: Number.NaN, says: '(got null)' },
  { field: 'severity', value: Number.POSITIVE_INFINITY, says: 'severity must be' },
  { field: 'severity', value: '5', says: '(got "5")' },
  { field: 'severity', value: null, says: '(got null)' },
  { field: 'severity', value: [5], says: '(got [5])' },
  { field: 'severity', value: true, says: '(got true)' },
  { field: 'duration', value: 'long', says: 'duration must be one of acute, subacute, chronic (got "long")' },
  { field: 'duration', value: 'Acute', says: '(got "Acute")' },
  { field: 'duration', value: 3, says: '(got 3)' },
  { field: 'radiation', value: 'leg', says: 'radiation must be one of none, buttock-thigh, below-knee' },
  {
    field: 'pressure',
    value: 'hard',
    says: 'pressure must be one of light, medium, firm, no-back (got "hard")',
  },
  { field: 'pressure', value: null, says: 'pressure must be one of' },
  { field: 'knots', value: 'some', says: 'knots must be one of none, achy, sharp' },
  { field: 'knots', value: {}, says: '(got {})' },
  { field: 'stiffness', value: 'yes', says: 'stiffness must be true or false (got "yes")' },
  { field: 'stiffness', value: 1, says: 'stiffness must be true or false (got 1)' },
  { field: 'stress', value: 0, says: 'stress must be true or false (got 0)' },
  { field: 'stress', value: 'false', says: '(got "false")' },
  { field: 'stress', value: () => true, says: '(got function)' },
  { field: 'stress', value: Symbol('s'), says: '(got symbol)' },
  { field: 'stress', value: 10n, says: '(got bigint)' },
  { field: 'duration', value: 'x'.repeat(100), says: `(got "${'x'.repeat(36)}...)` },
]

test.each(badFields)(
  'a bad $field ($value) gives one error that names the field',
  ({ field, value, says }) => {
    const result = parseAnswers({ ...good, [field]: value })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain(field)
    expect(result.errors[0]).toContain(says)
  },
)

test.each(badFields)(
  'recommend, screen through advise, and the guard throw a RangeError on a bad $field',
  ({ field, value }) => {
    const answers = { ...good, [field]: value } as unknown as QuizAnswers
    expect(() => recommend(answers)).toThrow(RangeError)
    expect(() => advise(answers, [])).toThrow(RangeError)
    expect(() => assertAnswers(answers)).toThrow(`Invalid answers: ${field}`)
  },
)

test.each(ANSWER_FIELDS.map((field) => ({ field })))('a missing $field is named as missing', ({ field }) => {
  const answers: Partial<QuizAnswers> = { ...good }
  delete answers[field]
  expect(parseAnswers(answers)).toEqual({ ok: false, errors: [`${field} is missing`] })
  expect(parseAnswers({ ...good, [field]: undefined })).toEqual({
    ok: false,
    errors: [`${field} is missing`],
  })
  expect(() => recommend(answers as QuizAnswers)).toThrow(RangeError)
})

test('every bad and missing field gets its own error, bad ones first', () => {
  const given = { severity: 12, pressure: 'hard', stress: 'no' }
  const result = parseAnswers(given)
  expect(result).toEqual({
    ok: false,
    errors: [
      'severity must be a whole number from 0 to 10 (got 12)',
      'pressure must be one of light, medium, firm, no-back (got "hard")',
      'stress must be true or false (got "no")',
      ...ANSWER_FIELDS.filter((f) => !(f in given)).map((f) => `${f} is missing`),
    ],
  })
})

test('an empty object names every field as missing, in question order', () => {
  const result = parseAnswers({})
  expect(result).toEqual({ ok: false, errors: ANSWER_FIELDS.map((f) => `${f} is missing`) })
})

test.each([null, undefined, [], [good], 'answers', 42, true])(
  'input that is no object (%j) gives one clear error',
  (input) => {
    expect(parseAnswers(input)).toEqual({
      ok: false,
      errors: ['answers must be an object with one entry per question'],
    })
    expect(() => recommend(input as unknown as QuizAnswers)).toThrow(RangeError)
    expect(() => advise(input as unknown as QuizAnswers, [])).toThrow(RangeError)
  },
)

test('valid answers come back as a clean copy without extra fields', () => {
  const result = parseAnswers({ ...good, extra: 'ignored', __proto__: { severity: 1 } })
  expect(result).toEqual({ ok: true, value: good })
  if (result.ok) expect(Object.keys(result.value)).toEqual(ANSWER_FIELDS)
})

test.each([0, 10])('severity %i, the ends of the scale, is valid', (severity) => {
  expect(parseAnswers({ ...good, severity })).toEqual({ ok: true, value: { ...good, severity } })
})

test('each field is read once, so a getter cannot pass the check and then change', () => {
  let reads = 0
  const tricky = {
    ...good,
    get severity() {
      reads++
      return reads === 1 ? 5 : 99
    },
  }
  const result = parseAnswers(tricky)
  expect(result).toEqual({ ok: true, value: { ...good, severity: 5 } })
  expect(reads).toBe(1)
})

test('a throwing getter or a revoked proxy gives an error instead of throwing', () => {
  const throwing = Object.defineProperty({ ...good }, 'knots', {
    get() {
      throw new Error('boom')
    },
  })
  expect(parseAnswers(throwing)).toEqual({ ok: false, errors: ['answers could not be read'] })
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  expect(parseAnswers(proxy)).toEqual({ ok: false, errors: ['answers could not be read'] })
  expect(parsePartialAnswers(proxy)).toEqual({
    value: {},
    errors: ['answers could not be read'],
    missing: [],
  })
})

test('a value that JSON cannot describe (a cycle) is still reported, not thrown', () => {
  const cycle: Record<string, unknown> = {}
  cycle.self = cycle
  const result = parseAnswers({ ...good, knots: cycle })
  expect(result).toEqual({ ok: false, errors: ['knots must be one of none, achy, sharp (got object)'] })
})

test.each([
  { length: 38, shown: `"${'x'.repeat(38)}"` },
  { length: 39, shown: `"${'x'.repeat(36)}...` },
])('a wrong value of $length characters is shown as $shown', ({ length, shown }) => {
  const result = parseAnswers({ ...good, knots: 'x'.repeat(length) })
  expect(result).toEqual({ ok: false, errors: [`knots must be one of none, achy, sharp (got ${shown})`] })
})

test('checkAnswer called directly on no value says the value is missing', () => {
  expect(checkAnswer('pressure', undefined)).toBe(
    'pressure must be one of light, medium, firm, no-back (got missing)',
  )
})

test('a wrong text value is shown as typed, quotes and all', () => {
  expect(checkAnswer('knots', 'say "hi"\n')).toBe('knots must be one of none, achy, sharp (got "say "hi"\n")')
})

test('the RangeError for several bad fields lists them all, separated by semicolons', () => {
  const answers = { ...good, severity: 20, stress: 'no' } as unknown as QuizAnswers
  expect(() => assertAnswers(answers)).toThrow(
    'Invalid answers: severity must be a whole number from 0 to 10 (got 20); stress must be true or false (got "no")',
  )
})

test('parsePartialAnswers keeps the valid fields, lists the bad ones and the missing ones', () => {
  expect(parsePartialAnswers({ severity: 3, duration: 'forever', knots: 'sharp', stress: false })).toEqual({
    value: { severity: 3, knots: 'sharp', stress: false },
    errors: ['duration must be one of acute, subacute, chronic (got "forever")'],
    // Every field not given, in question order.
    missing: ANSWER_FIELDS.filter((f) => !['severity', 'duration', 'knots', 'stress'].includes(f)),
  })
})

test('parsePartialAnswers of complete answers has no errors and nothing missing', () => {
  expect(parsePartialAnswers(good)).toEqual({ value: good, errors: [], missing: [] })
})

test('parsePartialAnswers of no object keeps nothing and says why', () => {
  expect(parsePartialAnswers('saved')).toEqual({
    value: {},
    errors: ['answers must be an object with one entry per question'],
    missing: [],
  })
})

test.each([
  { field: 'severity', value: 0 },
  { field: 'severity', value: 10 },
  { field: 'duration', value: 'chronic' },
  { field: 'radiation', value: 'below-knee' },
  { field: 'pressure', value: 'no-back' },
  { field: 'knots', value: 'none' },
  { field: 'stiffness', value: false },
  { field: 'stress', value: true },
] as const)('checkAnswer accepts $field = $value', ({ field, value }) => {
  expect(checkAnswer(field, value)).toBeNull()
})

test('parseAnswers never throws, whatever it is given', () => {
  fc.assert(
    fc.property(
      fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true }),
      (input) => {
        const result = parseAnswers(input)
        expect(typeof result.ok).toBe('boolean')
      },
    ),
    { numRuns: Math.ceil(300 / STRIDE) },
  )
})

test('parseAnswers never throws on objects with any value in any field, and names each bad field', () => {
  const field = fc.oneof(
    fc.anything(),
    fc.integer({ min: -3, max: 13 }),
    fc.constantFrom('none', 'acute', 'light'),
  )
  fc.assert(
    fc.property(
      fc.record(Object.fromEntries(ANSWER_FIELDS.map((f) => [f, field])), { requiredKeys: [] }),
      (input) => {
        const result = parseAnswers(input)
        if (result.ok) {
          expect(Object.keys(result.value)).toEqual(ANSWER_FIELDS)
          return
        }
        for (const error of result.errors) {
          expect(ANSWER_FIELDS.some((f) => error.startsWith(f))).toBe(true)
        }
        const named = new Set(result.errors.map((e) => e.split(' ')[0]))
        expect(named.size).toBe(result.errors.length)
      },
    ),
    { numRuns: Math.ceil(400 / STRIDE) },
  )
})

test('recommend either ranks or throws a RangeError, never anything else', () => {
  fc.assert(
    fc.property(fc.anything(), (input) => {
      try {
        expect(recommend(input as QuizAnswers).ranked).toHaveLength(5)
      } catch (error) {
        expect(error).toBeInstanceOf(RangeError)
      }
    }),
    { numRuns: Math.ceil(200 / STRIDE) },
  )
})
