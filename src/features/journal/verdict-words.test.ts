// @vitest-environment node
import { expect, test } from 'vitest'
import { weekly } from './test-entries'
import { journalVerdict } from './verdict-words'

const B = 'before' as const
const S = 'session' as const

/** The verdict, with its words, on one check-in a week of these [kind, pain] rows. */
const verdictOn = (rows: Parameters<typeof weekly>[0], nextOption: string | null = null) =>
  journalVerdict(weekly(rows), nextOption)

/** A "before" check-in at 6, 3 sessions with no change, then 2 sessions at `pain`: 5 sessions. */
const fiveSessionsFrom6To = (pain: number, nextOption: string | null = null) =>
  verdictOn([[B, 6], ...Array.from({ length: 3 }, () => [S, 6] as const), [S, pain], [S, pain]], nextOption)

test('the words: worse gives a time frame; no clear change does not blame the type', () => {
  expect(
    verdictOn([
      [B, 4],
      [S, 7],
      [S, 7],
    ]).text,
  ).toBe(
    'Your pain was 4 out of 10 at the start, and 7 on average in your last 2 check-ins. Pause the massage and see a GP or physiotherapist in the next week or two. If a warning sign starts, add a check-in and follow its advice.',
  )
  const once = verdictOn([
    [B, 4],
    [S, 7],
  ])
  expect(once.title).toBe('Worse at your last check-in')
  expect(once.text).toContain('Soreness for a day or two after a massage is common.')
  const stuck = fiveSessionsFrom6To(6, 'Trigger Point Therapy')
  expect(stuck.title).toBe('No clear change after 5 sessions')
  expect(stuck.text).toBe(
    'Your pain was 6 out of 10 at the start, and 6 on average in your last 2 check-ins. Massage may not be helping you. The one trial that compared two types found them about equal, so talk to a GP or physiotherapist about other options, such as exercise. If you would like to keep massage as one part of it, Trigger Point Therapy is the next type to try.',
  )
  expect(fiveSessionsFrom6To(6).text).toMatch(/such as exercise\.$/)
  // Never stronger than the numbers: no claim that the massage caused it.
  const soFar = verdictOn([
    [B, 6],
    [S, 3],
  ])
  expect(soFar.title).toBe('Better so far')
  expect(soFar.text).toBe(
    'Your pain was 6 out of 10 at the start and is 3 now: 3 points less. It is too soon to judge: give it 4 more sessions. Back pain often eases on its own too, so this cannot show the massage did it.',
  )
  const better = fiveSessionsFrom6To(3)
  expect(better.title).toBe('Better: a change that matters')
  expect(better.text).toBe(
    'Your pain was 6 out of 10 at the start, and 3 on average in your last 2 check-ins: 3 points less. That is a change big enough to matter. Back pain often eases on its own too, so this cannot show the massage did it.',
  )
})
