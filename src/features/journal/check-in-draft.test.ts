import { expect, test } from 'vitest'
import { checkDraft, type CheckInDraft } from './check-in-draft'

const TODAY = '2026-06-10'

/** A session filled in completely on TODAY. */
const DRAFT: CheckInDraft = {
  date: TODAY,
  kind: 'session',
  scores: { pain: 6, enjoyment: 5, activity: 4 },
  type: 'swedish',
  pressure: 'medium',
  feeling: 'good',
  note: '  Felt looser.  ',
}

test.each([
  { name: 'a day after today', change: { date: '2026-06-11' }, problems: ['date'] },
  { name: 'a day that is not one', change: { date: '2026-02-30' }, problems: ['date'] },
  {
    name: 'a question not answered',
    change: { scores: { ...DRAFT.scores, activity: null } },
    problems: ['scores'],
  },
  {
    name: 'no day and no answers',
    change: { date: '', scores: { pain: null, enjoyment: null, activity: null } },
    problems: ['date', 'scores'],
  },
] as const)('a draft with $name is not saved, and says why', ({ change, problems }) => {
  expect(checkDraft({ ...DRAFT, ...change }, TODAY)).toEqual({ ok: false, problems })
})

test('a complete draft makes the check-in: the note trimmed, the session kept for a session only', () => {
  expect(checkDraft(DRAFT, TODAY)).toEqual({
    ok: true,
    fields: {
      date: TODAY,
      kind: 'session',
      pain: 6,
      enjoyment: 5,
      activity: 4,
      type: 'swedish',
      pressure: 'medium',
      feeling: 'good',
      note: 'Felt looser.',
    },
  })
  expect(checkDraft({ ...DRAFT, kind: 'other' }, TODAY)).toMatchObject({
    ok: true,
    fields: { kind: 'other', type: null, pressure: null, feeling: null },
  })
})
