// What the therapist card shows, decided in one pure function from the person (src/person), as
// the result is: the card screen only renders it, and person.test.ts holds it to the result.
import {
  MASSAGE_TYPES,
  QUESTIONS,
  RULED_OUT_WHY,
  answerLabel,
  lowerFirst,
  screeningShort,
  upperFirst,
  type MassageType,
  type QuestionId,
  type ScreeningItem,
} from '../../engine'
import type { Person, SignSource } from '../../person/person'

/** How many picks the therapist sees. */
const PICKS_SHOWN = 3

/** Why the card lists no type, in the person's own voice. */
const NONE_REASONS = {
  urgent: 'I was advised to get medical help first.',
  'doctor-first': 'I was advised to see a doctor first.',
  'nothing-fits':
    'I would rather not have my back massaged, and my safety check rules out massage on my feet for now.',
  'all-ruled-out': 'My safety check rules out every type for now.',
} as const

export type CardView =
  | { kind: 'no-answers' }
  | {
      kind: 'card'
      /** Each answer in a line; the pressure reconciled with every caution. */
      answers: readonly { id: QuestionId; label: string; value: string }[]
      /** The safety check has been done (signs noted at check-ins can be known without it). */
      checked: boolean
      /** Each sign or condition, written to the therapist, with where it came from. */
      cautions: readonly { item: ScreeningItem; text: string; why: string; source: SignSource }[]
      /** The types that may suit, best first; null before the safety check. */
      picks: {
        heading: string
        types: readonly MassageType[]
        /** Why there is none, when there is none. */
        none: string | null
        ruledOut: readonly MassageType[]
      } | null
      /** The link Share sends, for the QR code; null without a pick. */
      shareHash: string | null
    }

/** What the therapist card shows for this person. */
export function cardView(person: Person): CardView {
  const { answers, advice, pressure } = person
  if (!answers || !pressure) return { kind: 'no-answers' }
  const limited = pressure.overriddenBy.length > 0
  const cautions = person.signs.map(({ flag, source }) => ({
    item: flag.item,
    text: `Client reports ${lowerFirst(screeningShort(flag.item))}.`,
    why: upperFirst(RULED_OUT_WHY[flag.item]),
    source,
  }))
  let picks: Extract<CardView, { kind: 'card' }>['picks'] = null
  if (advice) {
    const fits = advice.level !== 'urgent' && advice.basis.kind !== 'nothing-fits'
    // The best pick, then only those the answers favour: a type at or below zero is not one that "may suit".
    const types = fits
      ? advice.picks
          .filter((p, i) => i === 0 || p.score > 0)
          .slice(0, PICKS_SHOWN)
          .map((p) => p.type)
      : []
    const none =
      types.length > 0
        ? null
        : advice.level === 'urgent'
          ? NONE_REASONS.urgent
          : advice.basis.kind === 'nothing-fits'
            ? NONE_REASONS['nothing-fits']
            : advice.level === 'doctor-first'
              ? NONE_REASONS['doctor-first']
              : NONE_REASONS['all-ruled-out']
    picks = {
      heading:
        advice.level === 'doctor-first'
          ? 'Massage types that may suit me, once my doctor agrees'
          : 'Massage types that may suit me',
      types,
      none,
      ruledOut:
        advice.level === 'urgent'
          ? []
          : MASSAGE_TYPES.filter((t) => advice.avoided.some((a) => a.type === t)),
    }
  }
  return {
    kind: 'card',
    answers: QUESTIONS.map((q) => ({
      id: q.id,
      label: q.short,
      value: q.id === 'pressure' && limited ? pressure.why : answerLabel(q.id, answers[q.id]),
    })),
    checked: person.checked,
    cautions,
    picks,
    shareHash: person.shareHash,
  }
}
