// What the therapist card shows, decided in pure functions from the person (src/person), as the
// result is: the card screen only renders it, and person.test.ts holds it to the result. Which
// picks is decided in card-picks.ts, as kinds; their words are card-words.ts's tables.
import { QUESTIONS, answerLabel, type MassageType, type QuestionId, type ScreeningItem } from '../../engine'
import type { Person, SignSource } from '../../person/person'
import { cardPicks } from './card-picks'
import { cautionWords, NONE_REASONS, PICKS_HEADINGS } from './card-words'

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
  const picks = advice ? cardPicks(advice) : null
  return {
    kind: 'card',
    answers: QUESTIONS.map((q) => ({
      id: q.id,
      label: q.short,
      value: q.id === 'pressure' && limited ? pressure.why : answerLabel(q.id, answers[q.id]),
    })),
    checked: person.checked,
    cautions: person.signs.map(({ flag, source }) => ({
      item: flag.item,
      ...cautionWords(flag.item),
      source,
    })),
    picks: picks && {
      heading: PICKS_HEADINGS[picks.for],
      types: picks.types,
      none: picks.none && NONE_REASONS[picks.none],
      ruledOut: picks.ruledOut,
    },
    shareHash: person.shareHash,
  }
}
