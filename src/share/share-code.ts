// Writing share links: the format and the encoder. Kept apart from reading them (link.ts), so the
// app's first chunk, which builds result paths, carries only this half.
import {
  ANSWER_SCHEMA,
  parseAnswers,
  type AnswerField,
  type AnswerSpec,
  type MassageType,
  type QuizAnswers,
} from '../engine'

/**
 * Share-link format, version 1: `#/r/1` + one character per answer + one check character.
 *
 *   #/r/1 5 c t f a 1 0 x
 *         │ │ │ │ │ │ │ └ check (Luhn mod 36 over everything after "/r/")
 *         │ │ │ │ │ │ └ stress     0 | 1
 *         │ │ │ │ │ └ stiffness    0 | 1
 *         │ │ │ │ └ knots          n(one) | a(chy) | s(harp)
 *         │ │ │ └ pressure         l(ight) | m(edium) | f(irm) | n(o back)
 *         │ │ └ radiation          n(one) | t(high) | k(below knee)
 *         │ └ duration             a(cute) | s(ubacute) | c(hronic)
 *         └ severity               0-9, a = 10
 *
 * The letters live in the answers table (src/engine/answer-schema.ts) beside each value.
 * One letter per field keeps the link short enough for a text message and lets a later
 * version add a field under a new version digit while version 1 links keep opening.
 * The check character turns a mistyped or damaged link into a clear error instead of
 * someone else's result.
 *
 * Version 2, `#/r/2` + the same seven characters + one for the types the sender's safety check
 * ruled out + the check character, is what Share sends: the viewer then sees the first pick the
 * sender saw. It carries which types are out (a bit each, in AVOIDING_VERSIONS order, as one
 * base-36 digit), never the health conditions that ruled them out.
 */

/** The route prefix inside the fragment: the app's router mounts the shared result here. */
export const SHARE_ROUTE = '/r/'
export const SHARE_VERSION = '1'

/**
 * The versions that also carry the types the sender's safety check ruled out, each with its
 * types: a bit each, in this order, as a base-36 number of fixed width. Shipped links depend on
 * every list, so none ever changes: a type added to the catalog needs a new version here, and
 * tsc says so below (docs/decisions/0013-type-details.md).
 */
export const AVOIDING_VERSIONS = {
  '2': ['swedish', 'deep-tissue', 'trigger-point', 'myofascial-release', 'reflexology'],
} as const satisfies Record<string, readonly MassageType[]>

/** The version Share sends: the newest of those that carry the ruled-out types. */
export const SHARE_VERSION_AVOIDING = '2' satisfies keyof typeof AVOIDING_VERSIONS
export const NEWEST_VERSION = SHARE_VERSION_AVOIDING

type SentTypes = (typeof AVOIDING_VERSIONS)[typeof SHARE_VERSION_AVOIDING][number]

// Fails to compile, naming the type, when the catalog gains a type that the version Share sends cannot carry.
const everyTypeSent: { [K in Exclude<MassageType, SentTypes>]: never } = {}
void everyTypeSent

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/**
 * Version 1's fields in code order. Shipped links depend on it, so it never changes: a new
 * answer field needs a new version here (older versions still decoding) and a new test row.
 */
export const V1_FIELDS = [
  'severity',
  'duration',
  'radiation',
  'pressure',
  'knots',
  'stiffness',
  'stress',
] as const

// Fails to compile, naming the field, when the answers gain a field that version 1 cannot carry.
const everyFieldInV1: { [K in Exclude<keyof QuizAnswers, (typeof V1_FIELDS)[number]>]: never } = {}
void everyFieldInV1

/** How many base-36 characters a version's ruled-out types take: enough for every bit set. */
export function avoidWidth(types: readonly MassageType[]): number {
  return ((1 << types.length) - 1).toString(36).length
}

function encodeAvoid(types: readonly MassageType[], avoid: readonly MassageType[]): string {
  const mask = types.reduce((bits, type, i) => (avoid.includes(type) ? bits | (1 << i) : bits), 0)
  return mask.toString(36).padStart(avoidWidth(types), '0')
}

/** One answer's character: its letter from the answers table, base 36 for a scale, 1 or 0 for yes/no. */
export function encodeField(field: AnswerField, value: unknown): string {
  const spec: AnswerSpec = ANSWER_SCHEMA[field]
  switch (spec.kind) {
    case 'scale':
      return Number(value).toString(36)
    case 'yes-no':
      return value ? '1' : '0'
    case 'choice':
      return spec.options.find((o) => o.value === value)?.code ?? ''
    default:
      return spec satisfies never
  }
}

/** Luhn mod 36: catches every single changed character and most swapped neighbours. */
export function checkChar(body: string): string {
  let sum = 0
  let double = true
  for (let i = body.length - 1; i >= 0; i--) {
    let value = ALPHABET.indexOf(body.charAt(i))
    if (double) {
      value *= 2
      value = Math.floor(value / 36) + (value % 36)
    }
    sum += value
    double = !double
  }
  return ALPHABET.charAt((36 - (sum % 36)) % 36)
}

function answerChars(answers: QuizAnswers): string {
  const parsed = parseAnswers(answers)
  if (!parsed.ok) throw new RangeError(`Cannot share invalid answers: ${parsed.errors.join('; ')}`)
  return V1_FIELDS.map((field) => encodeField(field, parsed.value[field])).join('')
}

/** The URL fragment, starting with '#', that opens the result for these answers (version 1). */
export function toShareHash(answers: QuizAnswers): string {
  const body = SHARE_VERSION + answerChars(answers)
  return `#${SHARE_ROUTE}${body}${checkChar(body)}`
}

/**
 * The fragment Share sends (version 2): the answers and the types the sender's safety check ruled
 * out, so the viewer sees the sender's first pick. Never the conditions themselves.
 */
export function toShareHashAvoiding(answers: QuizAnswers, avoid: readonly MassageType[]): string {
  const types = AVOIDING_VERSIONS[SHARE_VERSION_AVOIDING]
  const body = SHARE_VERSION_AVOIDING + answerChars(answers) + encodeAvoid(types, avoid)
  return `#${SHARE_ROUTE}${body}${checkChar(body)}`
}
