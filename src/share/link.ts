import {
  ANSWER_FIELDS,
  allowedValues,
  parseAnswers,
  type AnswerField,
  type MassageType,
  type QuizAnswers,
} from '../engine'
import {
  LINK_VERSIONS,
  NEWEST_VERSION,
  SHARE_ROUTE,
  avoidWidth,
  checkChar,
  encodeField,
  type LinkVersionId,
} from './share-code'

// The contract's share-link surface (docs/engine-contract.md): writing (share-code.ts) and reading.
export {
  LINK_VERSIONS,
  NEWEST_VERSION,
  SEND_VERSION,
  SHARE_ROUTE,
  checkChar,
  toLinkHash,
  toShareHash,
  toShareHashAvoiding,
  type LinkVersionId,
} from './share-code'

/** The types these characters rule out, or null for characters no link makes. */
function decodeAvoid(types: readonly MassageType[], chars: string): MassageType[] | null {
  const mask = parseInt(chars, 36)
  if (!/^[0-9a-z]+$/.test(chars) || mask >= 1 << types.length) return null
  return types.filter((_, i) => mask & (1 << i))
}

function decodeField(field: AnswerField, char: string): unknown {
  return allowedValues(field).find((value) => encodeField(field, value) === char)
}

const isVersion = (version: string): version is LinkVersionId => Object.hasOwn(LINK_VERSIONS, version)

/**
 * A link's answers; from version 2, also which types the sender's safety check ruled out (maybe
 * none); and which answers the link itself carried (a question added since reads as its first value).
 */
export type ShareParse =
  | { ok: true; answers: QuizAnswers; avoid?: MassageType[]; carried: readonly AnswerField[] }
  | { ok: false; reason: string }

const DAMAGED =
  'This link looks damaged or incomplete, so it cannot show a result. It may have been cut off when it was copied.'

/** Reads a fragment back; never throws, whatever the string. */
export function fromShareHash(hash: string): ShareParse {
  if (typeof hash !== 'string') return { ok: false, reason: DAMAGED }
  let code = hash.trim()
  if (code.startsWith('#')) code = code.slice(1)
  if (code.startsWith(SHARE_ROUTE)) code = code.slice(SHARE_ROUTE.length)
  // Messaging apps sometimes add a query string or a trailing slash or dot.
  code = code.split(/[?&/]/)[0] ?? ''
  code = code.replace(/[.,;:!)\]]+$/, '').toLowerCase()
  if (code === '') return { ok: false, reason: 'This link has no answers in it.' }
  const version = code.charAt(0)
  if (!isVersion(version)) {
    // Versions are digits; a code that starts with a letter is junk, not a link from the future.
    return /^[0-9]$/.test(version) && version > NEWEST_VERSION && /^[0-9a-z]+$/.test(code)
      ? {
          ok: false,
          reason:
            'This link was made by a newer version of Massage Match. Reload the page to update, or take the quiz yourself.',
        }
      : { ok: false, reason: DAMAGED }
  }
  const { fields, types } = LINK_VERSIONS[version] as {
    fields: readonly AnswerField[]
    types: readonly MassageType[] | null
  }
  const bodyLength = 1 + fields.length + avoidWidth(types)
  if (code.length !== bodyLength + 1) return { ok: false, reason: DAMAGED }
  const body = code.slice(0, bodyLength)
  if (checkChar(body) !== code.charAt(bodyLength)) return { ok: false, reason: DAMAGED }
  const candidate = Object.fromEntries(
    ANSWER_FIELDS.map((field) => {
      const at = fields.indexOf(field)
      return [field, at < 0 ? allowedValues(field)[0] : decodeField(field, body.charAt(1 + at))]
    }),
  )
  const parsed = parseAnswers(candidate)
  // A forged link can carry a correct check character around impossible answers.
  if (!parsed.ok) return { ok: false, reason: DAMAGED }
  if (!types) return { ok: true, answers: parsed.value, carried: fields }
  const avoid = decodeAvoid(types, body.slice(1 + fields.length))
  if (!avoid) return { ok: false, reason: DAMAGED }
  return { ok: true, answers: parsed.value, avoid, carried: fields }
}
