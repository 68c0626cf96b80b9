import { allowedValues, parseAnswers, type AnswerField, type MassageType, type QuizAnswers } from '../engine'
import {
  AVOIDING_VERSIONS,
  NEWEST_VERSION,
  SHARE_ROUTE,
  SHARE_VERSION,
  V1_FIELDS,
  avoidWidth,
  checkChar,
  encodeField,
} from './share-code'

// The contract's share-link surface (docs/engine-contract.md): writing (share-code.ts) and reading.
export {
  SHARE_ROUTE,
  SHARE_VERSION,
  SHARE_VERSION_AVOIDING,
  checkChar,
  toShareHash,
  toShareHashAvoiding,
} from './share-code'

/** The types these characters rule out, or null for characters no link makes. */
function decodeAvoid(types: readonly MassageType[], chars: string): MassageType[] | null {
  const mask = parseInt(chars, 36)
  if (!/^[0-9a-z]+$/.test(chars) || mask >= 1 << types.length) return null
  return types.filter((_, i) => mask & (1 << i))
}

/** The types a version carries, if it carries any. */
function typesOf(version: string): readonly MassageType[] | undefined {
  return Object.entries(AVOIDING_VERSIONS).find(([v]) => v === version)?.[1]
}

function decodeField(field: AnswerField, char: string): unknown {
  return allowedValues(field).find((value) => encodeField(field, value) === char)
}

/** A version-2 link also says which types the sender's safety check ruled out (maybe none). */
export type ShareParse =
  { ok: true; answers: QuizAnswers; avoid?: MassageType[] } | { ok: false; reason: string }

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
  const types = typesOf(version)
  if (version !== SHARE_VERSION && !types) {
    // Versions are digits; a code that starts with a letter is junk, not a link from the future.
    return /^[0-9]$/.test(version) && version > NEWEST_VERSION && /^[0-9a-z]+$/.test(code)
      ? {
          ok: false,
          reason:
            'This link was made by a newer version of Massage Match. Reload the page to update, or take the quiz yourself.',
        }
      : { ok: false, reason: DAMAGED }
  }
  const bodyLength = 1 + V1_FIELDS.length + (types ? avoidWidth(types) : 0)
  if (code.length !== bodyLength + 1) return { ok: false, reason: DAMAGED }
  const body = code.slice(0, bodyLength)
  if (checkChar(body) !== code.charAt(bodyLength)) return { ok: false, reason: DAMAGED }
  const candidate = Object.fromEntries(
    V1_FIELDS.map((field, i) => [field, decodeField(field, body.charAt(1 + i))]),
  )
  const parsed = parseAnswers(candidate)
  // A forged link can carry a correct check character around impossible answers.
  if (!parsed.ok) return { ok: false, reason: DAMAGED }
  if (!types) return { ok: true, answers: parsed.value }
  const avoid = decodeAvoid(types, body.slice(1 + V1_FIELDS.length))
  if (!avoid) return { ok: false, reason: DAMAGED }
  return { ok: true, answers: parsed.value, avoid }
}
