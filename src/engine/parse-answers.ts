import type { ParseResult, QuizAnswers } from './types'

const CHOICES = {
  duration: ['acute', 'subacute', 'chronic'],
  radiation: ['none', 'buttock-thigh', 'below-knee'],
  pressure: ['light', 'medium', 'firm', 'no-back'],
  knots: ['none', 'achy', 'sharp'],
} as const satisfies Partial<Record<keyof QuizAnswers, readonly string[]>>

type ChoiceField = keyof typeof CHOICES

const CHOICE_FIELDS = Object.keys(CHOICES) as ChoiceField[]
const BOOLEAN_FIELDS = ['stiffness', 'stress'] as const

function isRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input)
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing'
  try {
    const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value)
    return text === undefined ? typeof value : text.length > 40 ? `${text.slice(0, 37)}...` : text
  } catch {
    return typeof value
  }
}

/** Checks unknown input (a link, saved progress) field by field. Never throws. */
export function parseAnswers(input: unknown): ParseResult {
  try {
    return parseRecord(input)
  } catch {
    // Only exotic input (a revoked Proxy, say) gets here.
    return { ok: false, errors: ['answers could not be read'] }
  }
}

function parseRecord(input: unknown): ParseResult {
  if (!isRecord(input))
    return { ok: false, errors: ['answers must be an object with one entry per question'] }
  const errors: string[] = []
  // Read each field once: a getter on forged input must not give two different values.
  const read = (key: string): unknown => {
    try {
      return input[key]
    } catch {
      return undefined
    }
  }
  const severity = read('severity')
  if (typeof severity !== 'number' || !Number.isInteger(severity) || severity < 0 || severity > 10) {
    errors.push(`severity must be a whole number from 0 to 10 (got ${describe(severity)})`)
  }
  const value: Record<string, unknown> = { severity }
  for (const field of CHOICE_FIELDS) {
    const answer = read(field)
    const allowed: readonly unknown[] = CHOICES[field]
    if (!allowed.includes(answer)) {
      errors.push(`${field} must be one of ${CHOICES[field].join(', ')} (got ${describe(answer)})`)
    }
    value[field] = answer
  }
  for (const field of BOOLEAN_FIELDS) {
    const answer = read(field)
    if (typeof answer !== 'boolean') errors.push(`${field} must be true or false (got ${describe(answer)})`)
    value[field] = answer
  }
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, value: value as unknown as QuizAnswers }
}

/** Throws a RangeError naming each bad field: the engine's guard at its edge. */
export function assertAnswers(input: QuizAnswers): QuizAnswers {
  const parsed = parseAnswers(input)
  if (!parsed.ok) throw new RangeError(`Invalid answers: ${parsed.errors.join('; ')}`)
  return parsed.value
}
