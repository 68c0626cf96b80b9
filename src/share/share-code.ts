// Writing share links: the format, its versions and the encoder. Kept apart from reading them
// (link.ts), so a chunk that only builds links carries only this half.
import {
  ANSWER_SCHEMA,
  parseAnswers,
  type AnswerField,
  type AnswerSpec,
  type MassageType,
  type QuizAnswers,
} from '../engine'

/**
 * Share-link format: `#/r/` + a version digit + one character per answer the version carries +,
 * for versions that carry them, the types the sender's safety check ruled out + a check character.
 *
 *   #/r/2 5 c t f a 1 0 0 x
 *         │ │ │ │ │ │ │ │ └ check (Luhn mod 36 over everything after "/r/")
 *         │ │ │ │ │ │ │ └ ruled-out types: a bit each, in the version's order, in base 36
 *         │ │ │ │ │ │ └ stress     0 | 1
 *         │ │ │ │ │ └ stiffness    0 | 1
 *         │ │ │ │ └ knots          n(one) | a(chy) | s(harp)
 *         │ │ │ └ pressure         l(ight) | m(edium) | f(irm) | n(o back)
 *         │ │ └ radiation          n(one) | t(high) | k(below knee)
 *         │ └ duration             a(cute) | s(ubacute) | c(hronic)
 *         └ severity               0-9, a = 10
 *
 * The letters live in the answers table (src/engine/answer-schema.ts) beside each value. One
 * letter per field keeps the link short enough for a text message. The check character turns a
 * mistyped or damaged link into a clear error instead of someone else's result. Links carry the
 * quiz answers and which types are out, never the health conditions that ruled them out.
 */

/** The route prefix inside the fragment: the app's router mounts the shared result here. */
export const SHARE_ROUTE = '/r/'

/** A link version: which answers it carries, in order, and which types its ruled-out bits stand for. */
interface LinkVersion {
  fields: readonly AnswerField[]
  /** null: the version carries no ruled-out types (version 1, which predates them). */
  types: readonly MassageType[] | null
}

const V1_FIELDS = ['severity', 'duration', 'radiation', 'pressure', 'knots', 'stiffness', 'stress'] as const

/**
 * Every link version, read by the writer and the reader alike. Shipped links depend on every row,
 * so none ever changes: a new question or a new massage type is a new row, and SEND_VERSION moves
 * to it (tsc says so below). An older row missing a field the quiz asks since reads that field as
 * its first value (lowest, first option, or no): the link still opens, as near as it can.
 */
export const LINK_VERSIONS = {
  '1': { fields: V1_FIELDS, types: null },
  '2': {
    fields: V1_FIELDS,
    types: ['swedish', 'deep-tissue', 'trigger-point', 'myofascial-release', 'reflexology'],
  },
} as const satisfies Record<string, LinkVersion>

export type LinkVersionId = keyof typeof LINK_VERSIONS

/** The version Share sends: every answer and every type. */
export const SEND_VERSION = '2' satisfies LinkVersionId

type Sent = (typeof LINK_VERSIONS)[typeof SEND_VERSION]
// Each fails to compile, naming the field or type, when the quiz gains a question or the catalog a
// type that the version Share sends cannot carry: add a row to LINK_VERSIONS and send it.
const everyFieldSent: { [K in Exclude<keyof QuizAnswers, Sent['fields'][number]>]: never } = {}
const everyTypeSent: { [K in Exclude<MassageType, NonNullable<Sent['types']>[number]>]: never } = {}
void everyFieldSent
void everyTypeSent

/** The newest version this code reads: a higher digit is a link from a newer app. */
export const NEWEST_VERSION = Object.keys(LINK_VERSIONS).sort().at(-1)!

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/** How many base-36 characters a version's ruled-out types take: enough for every bit set. */
export function avoidWidth(types: readonly MassageType[] | null): number {
  return types ? ((1 << types.length) - 1).toString(36).length : 0
}

function encodeAvoid(types: readonly MassageType[] | null, avoid: readonly MassageType[]): string {
  if (!types) return ''
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

/** The fragment of a link of one version. Throws a RangeError on invalid answers. */
export function toLinkHash(
  version: LinkVersionId,
  answers: QuizAnswers,
  avoid: readonly MassageType[] = [],
): string {
  const parsed = parseAnswers(answers)
  if (!parsed.ok) throw new RangeError(`Cannot share invalid answers: ${parsed.errors.join('; ')}`)
  const { fields, types } = LINK_VERSIONS[version] as LinkVersion
  const body =
    version +
    fields.map((field) => encodeField(field, parsed.value[field])).join('') +
    encodeAvoid(types, avoid)
  return `#${SHARE_ROUTE}${body}${checkChar(body)}`
}

/** The URL fragment, starting with '#', that opens the result for these answers (version 1: no types ruled out). */
export function toShareHash(answers: QuizAnswers): string {
  return toLinkHash('1', answers)
}

/**
 * The fragment Share sends (SEND_VERSION): the answers and the types the sender's safety check
 * ruled out, so the viewer sees the sender's first pick. Never the conditions themselves.
 */
export function toShareHashAvoiding(answers: QuizAnswers, avoid: readonly MassageType[]): string {
  return toLinkHash(SEND_VERSION, answers, avoid)
}
