// @vitest-environment node
import { expect, test } from 'vitest'
import { advise, type QuizAnswers, type ScreeningItem } from '../../engine'
import { acuteLight, chronicFirm } from '../../test/people'
import { cardPicks } from './card-picks'

const noBack: QuizAnswers = { ...chronicFirm, pressure: 'no-back' }

test.each([
  { name: 'a clear check', answers: chronicFirm, items: [], for: 'now', none: null },
  { name: 'a caution', answers: chronicFirm, items: ['osteoporosis'], for: 'now', none: null },
  {
    name: 'see a doctor first, with picks',
    answers: acuteLight,
    items: ['weight-loss'],
    for: 'once-doctor-agrees',
    none: null,
  },
  { name: 'an urgent sign', answers: chronicFirm, items: ['leg-weakness'], for: 'now', none: 'urgent' },
  {
    name: 'no back, feet ruled out',
    answers: noBack,
    items: ['foot-skin-condition'],
    for: 'now',
    none: 'nothing-fits',
  },
  {
    name: 'skin on the back and the feet',
    answers: chronicFirm,
    items: ['skin-condition', 'foot-skin-condition'],
    for: 'now',
    none: 'all-ruled-out',
  },
  {
    name: 'a fever (see a doctor, every type out)',
    answers: chronicFirm,
    items: ['fever'],
    for: 'once-doctor-agrees',
    none: 'doctor-first',
  },
] as { name: string; answers: QuizAnswers; items: ScreeningItem[]; for: string; none: string | null }[])(
  'the card for $name: picks for $for, none because $none',
  ({ answers, items, for: whom, none }) => {
    const picks = cardPicks(advise(answers, items))
    expect({ for: picks.for, none: picks.none }).toEqual({ for: whom, none })
    expect(picks.types.length > 0).toBe(none === null)
  },
)
