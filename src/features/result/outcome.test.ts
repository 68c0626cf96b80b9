// @vitest-environment node
import { expect, test } from 'vitest'
import { chronicFirm } from '../../test/people'
import { decideOutcome, type OutcomeLevel } from './outcome'

const PAIN_RELIEF = 'Talk to a GP or a pharmacist about pain relief.'

test.each([
  { level: 'clear', pain: null, duration: 'acute', radiation: 'none', kind: 'go-ahead', following: [] },
  {
    level: 'clear',
    pain: null,
    duration: 'chronic',
    radiation: 'none',
    kind: 'go-ahead',
    following: ['lasting-pain'],
  },
  {
    level: 'clear',
    pain: PAIN_RELIEF,
    duration: 'chronic',
    radiation: 'below-knee',
    kind: 'go-ahead-gently',
    following: ['leg-pain'],
  },
  {
    level: 'caution',
    pain: null,
    duration: 'chronic',
    radiation: 'below-knee',
    kind: 'go-ahead-with-care',
    following: ['lasting-pain', 'leg-pain'],
  },
  {
    level: 'caution',
    pain: PAIN_RELIEF,
    duration: 'chronic',
    radiation: 'none',
    kind: 'go-ahead-with-care',
    following: [],
  },
  {
    level: 'doctor-first',
    pain: PAIN_RELIEF,
    duration: 'chronic',
    radiation: 'below-knee',
    kind: 'see-a-doctor-first',
    following: [],
  },
] as const)(
  '$level with pain relief $pain, $duration pain, $radiation: $kind, then $following',
  ({ level, pain, duration, radiation, kind, following }) => {
    const answers = { ...chronicFirm, duration, radiation }
    const outcome = decideOutcome(level as OutcomeLevel, [], pain, answers)
    expect([outcome.kind, outcome.following]).toEqual([kind, following])
    // Before a doctor agrees, nothing is said about pain relief either.
    expect(outcome.painRelief).toBe(level === 'doctor-first' ? null : pain)
  },
)
