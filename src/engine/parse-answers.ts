import { ANSWER_FIELDS, ANSWER_SCHEMA, allowedValues, type AnswerSpec } from './answer-schema'
import type { ParseResult, QuizAnswers } from './types'

function describe(value: unknown): string {
  if (value === undefined) return 'missing'
  try {
    const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value)
    if (text === undefined) return typeof value
    return text.length > 40 ? `${text.slice(0, 37)}...` : text
  } catch {
    return typeof value
  }
}

/** The readable error for one field's value, or null when the value is a valid answer. */
export function checkAnswer(field: keyof QuizAnswers, value: unknown): string | null {
  const spec: AnswerSpec = ANSWER_SCHEMA[field]
  switch (spec.kind) {
    case 'scale':
      return typeof value === 'number' && Number.isInteger(value) && value >= spec.min && value <= spec.max
        ? null
        : `${field} must be a whole number from ${spec.min} to ${spec.max} (got ${describe(value)})`
    case 'yes-no':
      return typeof value === 'boolean' ? null : `${field} must be true or false (got ${describe(value)})`
    case 'choice': {
      const allowed: readonly unknown[] = allowedValues(field)
      return allowed.includes(value)
        ? null
        : `${field} must be one of ${allowed.join(', ')} (got ${describe(value)})`
    }
    default:
      return spec satisfies never
  }
}

function isRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input)
}

export interface PartialParse {
  /** The fields that hold valid answers. */
  value: Partial<QuizAnswers>
  /** One readable error per field that is present but invalid (or one for input that is no object). */
  errors: string[]
  /** The fields with no answer at all. */
  missing: (keyof QuizAnswers)[]
}

/**
 * Reads what it can of possibly partial, possibly damaged answers (saved progress):
 * the valid fields, an error per invalid field, and the fields not answered. Never throws.
 */
export function parsePartialAnswers(input: unknown): PartialParse {
  try {
    if (!isRecord(input)) {
      return { value: {}, errors: ['answers must be an object with one entry per question'], missing: [] }
    }
    const value: Record<string, unknown> = {}
    const errors: string[] = []
    const missing: (keyof QuizAnswers)[] = []
    for (const field of ANSWER_FIELDS) {
      // Read each field once: a getter on forged input must not give two different values.
      const answer = input[field]
      const error = answer === undefined ? null : checkAnswer(field, answer)
      if (answer === undefined) missing.push(field)
      else if (error) errors.push(error)
      else value[field] = answer
    }
    return { value: value as Partial<QuizAnswers>, errors, missing }
  } catch {
    // Only exotic input (a throwing getter, a revoked Proxy) gets here.
    return { value: {}, errors: ['answers could not be read'], missing: [] }
  }
}

/** Checks unknown input (a link, saved progress) field by field. Never throws. */
export function parseAnswers(input: unknown): ParseResult {
  const { value, errors, missing } = parsePartialAnswers(input)
  const all = [...errors, ...missing.map((field) => `${field} is missing`)]
  if (all.length > 0) return { ok: false, errors: all }
  return { ok: true, value: value as QuizAnswers }
}

/** Throws a RangeError naming each bad field: the engine's guard at its edge. */
export function assertAnswers(input: QuizAnswers): QuizAnswers {
  const parsed = parseAnswers(input)
  if (!parsed.ok) throw new RangeError(`Invalid answers: ${parsed.errors.join('; ')}`)
  return parsed.value
}
