// What the booking line decides, as a kind and its data; its words are in result-words.ts.
import type { MassageType, PressureAdvice, QuizAnswers, ScreeningItem } from '../../engine'
import type { OutcomeDecision } from './outcome'

/** Something the therapist should be told: a sign or condition, or pain that travels below the knee. */
export type TellItem = ScreeningItem | 'below-knee'

export interface BookingDecision {
  /** Ask now, or once a doctor agrees. */
  kind: 'ask' | 'once-doctor-agrees'
  type: MassageType
  /** pressureToAsk's: the preference reconciled with every caution. */
  pressure: PressureAdvice
  tell: readonly TellItem[]
}

/**
 * The booking line: the pick, the pressure to ask for, and what to tell the therapist: each sign
 * or condition, and pain that travels below the knee.
 */
export function decideBooking(
  type: MassageType,
  answers: QuizAnswers,
  pressure: PressureAdvice,
  outcome: Pick<OutcomeDecision, 'level' | 'flags'>,
): BookingDecision {
  return {
    kind: outcome.level === 'doctor-first' ? 'once-doctor-agrees' : 'ask',
    type,
    pressure,
    tell: [
      ...outcome.flags.map((f) => f.key),
      ...(answers.radiation === 'below-knee' ? (['below-knee'] as const) : []),
    ],
  }
}
