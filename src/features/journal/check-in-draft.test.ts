// @vitest-environment node
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

test.each([
  { name: 'a session before the plan asks whether its date is right', change: {}, problems: ['before-plan'] },
  { name: 'another day before the plan asks too', change: { kind: 'other' }, problems: ['before-plan'] },
] as const)('$name', ({ change, problems }) => {
  const draft = { ...DRAFT, ...change, date: '2026-06-03' }
  expect(checkDraft(draft, TODAY, { planStart: '2026-06-05' })).toEqual({ ok: false, problems })
})

test.each([
  { name: 'marked "before the plan"', draft: { kind: 'before', date: '2026-06-03' }, check: {} },
  { name: 'once its date is confirmed', draft: { date: '2026-06-03' }, check: { confirmed: '2026-06-03' } },
  { name: 'on the first session', draft: { date: '2026-06-05' }, check: {} },
  { name: 'without a plan', draft: { date: '2026-06-03' }, check: { planStart: undefined } },
] as const)('a check-in before the plan is saved without a question: $name', ({ draft, check }) => {
  expect(checkDraft({ ...DRAFT, ...draft }, TODAY, { planStart: '2026-06-05', ...check })).toMatchObject({
    ok: true,
  })
})

test('a confirmed date counts only for that date: another day before the plan asks again', () => {
  expect(
    checkDraft({ ...DRAFT, date: '2026-06-02' }, TODAY, { planStart: '2026-06-05', confirmed: '2026-06-03' }),
  ).toEqual({ ok: false, problems: ['before-plan'] })
})
