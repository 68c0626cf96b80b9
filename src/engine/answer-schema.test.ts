// @vitest-environment node
import { expect, expectTypeOf, test } from 'vitest'
import { ANSWER_FIELDS, ANSWER_SCHEMA, allowedValues, type AnswerSpec, type QuizAnswers } from './index'
import { ANSWER_TEXTS } from './answer-texts'

/** The contract's QuizAnswers, written out by hand: the derived type must stay exactly this. */
interface ContractAnswers {
  severity: number
  duration: 'acute' | 'subacute' | 'chronic'
  radiation: 'none' | 'buttock-thigh' | 'below-knee'
  pressure: 'light' | 'medium' | 'firm' | 'no-back'
  knots: 'none' | 'achy' | 'sharp'
  stiffness: boolean
  stress: boolean
}

test('the answer type derived from the table is exactly the contract’s', () => {
  expectTypeOf<QuizAnswers>().toEqualTypeOf<ContractAnswers>()
})

test('the fields run in the table’s order', () => {
  expect(ANSWER_FIELDS).toEqual(Object.keys(ANSWER_SCHEMA))
})

test.each(ANSWER_FIELDS.map((field) => ({ field, spec: ANSWER_SCHEMA[field] as AnswerSpec })))(
  '$field has one share-link letter per value, each a different lower-case letter or digit',
  ({ field, spec }) => {
    const values = allowedValues(field)
    const codes =
      spec.kind === 'choice'
        ? spec.options.map((o) => o.code)
        : spec.kind === 'scale'
          ? values.map((v) => Number(v).toString(36))
          : ['0', '1']
    expect(codes).toHaveLength(values.length)
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) expect(code).toMatch(/^[0-9a-z]$/)
  },
)

test('every value of every question has its words, and no words are left without a value', () => {
  for (const field of ANSWER_FIELDS) {
    const spec = ANSWER_SCHEMA[field] as AnswerSpec
    const text = ANSWER_TEXTS[field] as { options?: Record<string, unknown>; yes?: unknown; no?: unknown }
    if (spec.kind === 'choice')
      expect(Object.keys(text.options ?? {}), field).toEqual(spec.options.map((o) => o.value))
    if (spec.kind === 'yes-no') expect([text.yes, text.no].every(Boolean), field).toBe(true)
  }
})
