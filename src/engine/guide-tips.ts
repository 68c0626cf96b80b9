import { ON_BACK_TYPES } from './catalog'
import { pressureToAsk } from './pressure'
import { SCREENING_TABLE } from './screening'
import type { Advice, MassageType, QuizAnswers, ScreeningItem } from './types'

/** One tip: a short title and a few plain sentences. */
export interface Tip {
  id: string
  title: string
  lines: string[]
}

/** The guide's "How to get the most out of massage therapy", in plain words. */
export const THERAPIST_TIPS: readonly Tip[] = [
  {
    id: 'qualified-therapist',
    title: 'Find a qualified therapist',
    lines: ['Look for a qualified, registered massage therapist who has worked with back pain.'],
  },
  {
    id: 'say-where-it-hurts',
    title: 'Say where it hurts',
    lines: [
      'Tell your therapist where it hurts and how much.',
      'Ask for lighter or firmer pressure at any time: if it is too intense, say so.',
    ],
  },
  {
    id: 'combine',
    title: 'Combine massage with movement',
    lines: [
      'Keep active: exercise and stretching help back pain most, and massage can go alongside them.',
      'Yoga or Pilates can strengthen your core and support your lower back.',
    ],
  },
  {
    id: 'posture',
    title: 'Move often',
    lines: [
      'Change position often when you sit: no one way of sitting is right for everyone.',
      'Break up long spells of sitting: stand up and move every so often.',
    ],
  },
  {
    id: 'water',
    title: 'Drink some water',
    lines: ['Many people like to drink water after a massage.'],
  },
]

/** The guide's self-massage techniques ("Can you do self-massage?"). */
export const SELF_MASSAGE_TIPS: Readonly<Record<'ball' | 'roller' | 'heat', Tip>> = {
  ball: {
    id: 'ball',
    title: 'Tennis ball',
    lines: [
      'Lie on the floor with a tennis ball or massage ball under the muscles beside your lower spine, never on the spine itself.',
      'Roll gently over the ball to reach the tight spots, and ease off if the pain gets sharper.',
    ],
  },
  roller: {
    id: 'roller',
    title: 'Foam roller',
    lines: [
      'Roll slowly over the sore areas for 1 to 2 minutes. Use the timer below.',
      'Keep the roller off the spine itself: roll the muscles beside it.',
    ],
  },
  heat: {
    id: 'heat',
    title: 'Heat, then massage',
    lines: [
      'Put a warm (not hot) compress, wrapped in a towel, on your lower back for up to 20 minutes to relax the tight muscles.',
      'Never put heat on numb or broken skin, and do not fall asleep with it on.',
      'Then massage gently, with massage oil or lotion for smoother movements.',
    ],
  },
}

/** Which self-massage tips are safe to show. */
export interface SelfMassagePlan {
  show: boolean
  /** The tennis ball and foam roller put firm pressure on the back. */
  ballAndRoller: boolean
}

function rulesOutEvery(advice: Pick<Advice, 'flags'>, types: readonly MassageType[]): boolean {
  // An empty list rules nothing out (every() of nothing would be true).
  return types.length > 0 && advice.flags.some((f) => types.every((type) => f.avoid.includes(type)))
}

/**
 * Self-massage only when the screening is clear or caution, and no flag rules out every type that
 * works on the back. The ball and the roller are firm pressure on the back: only where the
 * pressure to ask a therapist for (pressureToAsk, which weighs every caution, severe pain and pain
 * below the knee) is medium or firm. Heat stays: the person applies it themselves.
 */
export function selfMassagePlan(
  advice: Pick<Advice, 'level' | 'flags'>,
  answers: Pick<QuizAnswers, 'pressure' | 'severity' | 'radiation'>,
): SelfMassagePlan {
  const levelAllows = advice.level === 'clear' || advice.level === 'caution'
  const show = levelAllows && !rulesOutEvery(advice, ON_BACK_TYPES)
  const { pressure } = pressureToAsk(answers, advice)
  return { show, ballAndRoller: show && (pressure === 'medium' || pressure === 'firm') }
}

/**
 * Why a screening item rules massage types out, as the end of "because of <item>: ...".
 * From the guide's "Who should avoid massage therapy?" and common clinical advice; kept in SCREENING_TABLE.
 */
export const RULED_OUT_WHY: Readonly<Record<ScreeningItem, string>> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.fromEntries(/* @__PURE__ */ SCREENING_TABLE.map((e) => [e.item, e.why])) as Record<
    ScreeningItem,
    string
  >,
)

/** A study as the guide reports it. */
export interface Finding {
  source: string
  finding: string
}

/** The guide's section 3, as the guide reports it, with what we could check beside each. */
export const GUIDE_STUDIES: readonly Finding[] = [
  {
    source: 'Annals of Internal Medicine',
    finding:
      'We checked this one: it is the Cherkin 2011 trial above. People who had a massage every week for 10 weeks did better than with usual medical care, but the gain was modest, and small after a year.',
  },
  {
    source: 'Journal of Pain Research',
    finding:
      'We could not find this study, so we give it no weight. The guide says regular massage cut pain by half in people with long-standing back pain.',
  },
  {
    source: 'A 2020 systematic review',
    finding:
      'We could not tell which review the guide means. It says massage is a safe way to manage lower back pain, best together with stretching and exercise; the Cochrane review above also found its harms minor.',
  },
]

export const NOT_A_DIAGNOSIS =
  'This is general guidance for adults (16 and over), from your answers. It is not a diagnosis. If your pain gets worse or you are worried, see a doctor.'
