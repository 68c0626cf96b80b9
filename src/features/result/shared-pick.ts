// The first screen of a shared result, decided from the link alone: the pick, the words over it
// and whether the sender's safety check left types out. The result screen (result-view.ts) and the
// first paint of a shared link (src/boot/shared-first-paint.ts, which runs before the app) both
// read it, so the two name the same pick; its words are here for the same reason. Kept apart from
// result-view.ts so the first paint carries the ranking and these words, nothing else.
import {
  pickBasis,
  recommend,
  type MassageType,
  type PickBasis,
  type QuizAnswers,
  type RankedType,
} from '../../engine'

/** The words above the pick's name: a match for the shared answers, or what the sender's check left. */
export const SHARED_EYEBROWS: Readonly<Record<PickBasis['kind'], string>> = {
  match: 'Best match for the shared answers',
  'next-best': 'Next best for the shared answers',
  'what-is-left': 'What is left for the shared answers',
  'nothing-fits': '',
  none: '',
}

/** The shared result's fixed words, read by its screen (shared-result.tsx) and by the first paint. */
export const SHARED_WORDS = {
  nothingHeading: 'No massage type for the shared answers right now',
  adjusted:
    'Adjusted for a health condition: the safety check of the person who sent this link ruled out some massage types, so they are left out here. Which condition is not shared.',
  adjustedNothing:
    'The safety check of the person who sent this link leaves no massage type that fits their answers for now. Which condition is not shared.',
  noticeTitle: 'This is a shared result',
  notice:
    'It was opened from a link, and comes from the quiz answers in that link, without a safety check. Take the safety check before you treat any pick as yours: some health conditions rule out some massage types.',
  takeCheck: 'Take the safety check',
} as const

/** The link's answers ranked, less what the sender's safety check ruled out. */
export interface SharedPick {
  /** The pick the page is about; null when every type was ruled out, or only back types are left for a sender who would rather not have the back touched. */
  first: RankedType | null
  /** The rest, best first: below the pick, or all that is left when nothing fits. */
  rest: readonly RankedType[]
  eyebrow: string
  /** The sender's safety check ruled types out (version-2 links). */
  adjusted: boolean
}

export function sharedPick(answers: QuizAnswers, avoid: readonly MassageType[] = []): SharedPick {
  const { ranked } = recommend(answers)
  const picks = ranked.filter((r) => !avoid.includes(r.type))
  const basis = pickBasis(ranked, picks, answers.pressure)
  const nothingFits = basis.kind === 'nothing-fits'
  return {
    first: nothingFits ? null : (picks[0] ?? null),
    rest: nothingFits ? picks : picks.slice(1),
    eyebrow: SHARED_EYEBROWS[basis.kind],
    adjusted: avoid.length > 0,
  }
}
