// The check-in form's draft: where it is kept (src/shared/use-draft.ts), reading it back, and the
// check-in it makes on Save.
import { keptDraft } from '../../shared/use-draft'
import { DRAFT_PREFIX } from './storage-keys'
import {
  NOTE_MAX,
  isCheckInKind,
  isDay,
  isFeeling,
  isMassageType,
  isPressure,
  isScore,
  type CheckIn,
  type CheckInKind,
  type Feeling,
  type Pressure,
} from './journal-data'
import { isScreeningItem, type MassageType, type ScreeningItem } from '../../engine'

/** What the check-in form holds while it is filled in. */
export interface CheckInDraft {
  date: string
  kind: CheckInKind
  scores: Record<'pain' | 'enjoyment' | 'activity', number | null>
  type: MassageType | null
  pressure: Pressure | null
  feeling: Feeling | null
  note: string
}

/** A check-in as the form opens it to be changed. */
export function draftOf(entry: CheckIn): CheckInDraft {
  const { date, kind, pain, enjoyment, activity, type, pressure, feeling, note } = entry
  return { date, kind, scores: { pain, enjoyment, activity }, type, pressure, feeling, note }
}

/**
 * What stops a draft from being saved, or keeps it from landing. 'before-plan' asks whether the
 * date is right: a day before the plan's first session, for a check-in not marked "Before the plan".
 */
export type CheckInProblem = 'date' | 'before-plan' | 'scores' | 'not-saved' | 'not-deleted'

/** The date a draft is checked against: the plan's first session, and a date the person has confirmed. */
export interface DateCheck {
  planStart?: string | undefined
  confirmed?: string | undefined
}

/** The parts of a check-in the form fills in. */
export type CheckInFields = Omit<CheckIn, 'id' | 'created' | 'signs'>

/**
 * The check-in a draft makes, or what it lacks: a day no later than `today` (and, before the
 * plan's first session, one the person has confirmed), and all three answers. A session's type,
 * pressure and feeling are kept only for a session.
 */
export function checkDraft(
  draft: CheckInDraft,
  today: string,
  { planStart, confirmed }: DateCheck = {},
): { ok: true; fields: CheckInFields } | { ok: false; problems: CheckInProblem[] } {
  const { date, kind, note } = draft
  const { pain, enjoyment, activity } = draft.scores
  const problems: CheckInProblem[] = []
  if (!isDay(date) || date > today) problems.push('date')
  else if (planStart && date < planStart && kind !== 'before' && date !== confirmed)
    problems.push('before-plan')
  if (pain === null || enjoyment === null || activity === null) problems.push('scores')
  if (problems.length > 0 || pain === null || enjoyment === null || activity === null)
    return { ok: false, problems }
  const isSession = kind === 'session'
  const session = <T>(value: T) => (isSession ? value : null)
  return {
    ok: true,
    fields: {
      date,
      kind,
      pain,
      enjoyment,
      activity,
      type: session(draft.type),
      pressure: session(draft.pressure),
      feeling: session(draft.feeling),
      note: note.trim().slice(0, NOTE_MAX),
    },
  }
}

/** The key of a new check-in's draft, or of a change to check-in `id`. */
export function checkInDraftKey(id: string | undefined): string {
  return `${DRAFT_PREFIX}check-in${id === undefined ? '' : `/${id}`}`
}

const field = (value: object, key: string): unknown => (value as Record<string, unknown>)[key]
const nullOr =
  <T>(check: (v: unknown) => v is T) =>
  (v: unknown): v is T | null =>
    v === null || check(v)

/** A kept draft, or null when it is not one (damaged, or another version's): the form starts afresh. */
export function readCheckInDraft(kept: unknown): CheckInDraft | null {
  if (typeof kept !== 'object' || kept === null) return null
  const [date, kind, scores, type, pressure, feeling, note] = [
    'date',
    'kind',
    'scores',
    'type',
    'pressure',
    'feeling',
    'note',
  ].map((key) => field(kept, key))
  if (typeof scores !== 'object' || scores === null) return null
  const [pain, enjoyment, activity] = ['pain', 'enjoyment', 'activity'].map((key) => field(scores, key))
  const isPeg = nullOr(isScore)
  if (!isPeg(pain) || !isPeg(enjoyment) || !isPeg(activity)) return null
  // The date is what was typed so far: the form checks it on Save.
  if (typeof date !== 'string' || date.length > 10 || !isCheckInKind(kind)) return null
  if (!nullOr(isMassageType)(type) || !nullOr(isPressure)(pressure) || !nullOr(isFeeling)(feeling))
    return null
  if (typeof note !== 'string' || note.length > NOTE_MAX) return null
  return { date, kind, scores: { pain, enjoyment, activity }, type, pressure, feeling, note }
}

/**
 * A check-in deleted (in another tab) after its change was begun here and kept as a draft, when
 * the form opens again (a reload, a tab the phone ended): a stand-in for the form, which starts
 * from the draft, so Save brings the check-in back with what was typed. Undefined without a draft.
 */
export function deletedWithDraft(id: string | undefined): CheckIn | undefined {
  const draft = id === undefined ? null : readCheckInDraft(keptDraft(checkInDraftKey(id)))
  if (id === undefined || draft === null) return undefined
  const { date, kind, type, pressure, feeling, note } = draft
  const scores = {
    pain: draft.scores.pain ?? 0,
    enjoyment: draft.scores.enjoyment ?? 0,
    activity: draft.scores.activity ?? 0,
  }
  return { id, created: Date.now(), date, kind, ...scores, type, pressure, feeling, note, signs: [] }
}

/** The key of the warning-signs step's ticks, before they are noted. */
export const SIGNS_DRAFT_KEY = `${DRAFT_PREFIX}signs`

/** Kept ticks, or null when they are not a list of known signs. */
export function readSignsDraft(kept: unknown): ScreeningItem[] | null {
  return Array.isArray(kept) && kept.every(isScreeningItem) ? [...new Set(kept)] : null
}
