import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, expect, test, vi } from 'vitest'
import { SCREENING_TABLE, advise, MASSAGE_NAMES } from '../../engine'
import { paths } from '../../shared/paths'
import { JOURNAL_KEY } from '../../state/journal-key'
import { hasStoredJournal, loadStored } from './journal-storage'
import { DAMAGED_KEY, recordKey } from './storage-keys'
import { useQuizStore } from '../../state/quiz-store'
import { chronicFirmNotStiff } from '../../test/people'
import { currentPath, renderApp, saveProgress } from '../../test/render-app'
import { longDay, today } from './browser'
import { serializeJournal, type Journal } from './journal-data'
import { reloadJournal, useJournalStore } from './journal-store'
import {
  BROUGHT_BACK_NOTICE,
  CHECK_IN_NOT_SAVED,
  IMPORT_NOT_SAVED,
  MAY_CLEAR_WORDS,
  NOTHING_TO_IMPORT,
  NOT_A_BACKUP,
  PARTLY_DAMAGED_NOTICE,
  UNREADABLE_NOTICE,
} from './journal-words'
import { checkIn } from './test-entries'

beforeEach(() => {
  // The setup has cleared storage: read it again, as a fresh page would.
  reloadJournal()
})

/** The journal as stored now, read as a new page would. */
const stored = () => loadStored(localStorage).journal

/**
 * Makes this the journal on the phone, saved the old way (one record), which opening the journal
 * moves to its own keys; no warning signs noted unless given. The quiz's saved progress stays.
 */
function seed(journal: Omit<Journal, 'noted'> & Partial<Pick<Journal, 'noted'>>) {
  for (const key of Object.keys(localStorage)) if (key.startsWith(JOURNAL_KEY)) localStorage.removeItem(key)
  localStorage.setItem(JOURNAL_KEY, serializeJournal({ noted: [], ...journal }))
  reloadJournal()
}

const prompt = (item: string) => SCREENING_TABLE.find((e) => e.item === item)?.prompt ?? item

async function answerPeg(
  user: ReturnType<typeof renderApp>['user'],
  pain: number,
  enjoyment: number,
  activity: number,
) {
  const groups = [/pain been/, /enjoying life/, /daily activities/]
  const values = [pain, enjoyment, activity]
  for (const [i, name] of groups.entries()) {
    const group = screen.getByRole('group', { name })
    await user.click(within(group).getByRole('radio', { name: String(values[i]) }))
  }
}

test('an empty journal says how to begin', async () => {
  renderApp(paths.journal())
  expect(await screen.findByRole('heading', { level: 1, name: 'Your journal' })).toBeInTheDocument()
  expect(screen.getByText('No check-ins yet')).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Start a 6-week plan' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Add a check-in' })).toBeInTheDocument()
  // Nothing to back up or delete yet.
  expect(screen.queryByRole('button', { name: 'Delete everything' })).not.toBeInTheDocument()
})

test('a check-in asks every warning sign of the safety check first, and the conditions that can start during a plan, then saves the PEG answers', async () => {
  const { user } = renderApp(paths.journal())
  await user.click(await screen.findByRole('link', { name: 'Add a check-in' }))
  await screen.findByRole('heading', { level: 1, name: 'Any new warning signs?' })
  const signs = SCREENING_TABLE.filter((e) => e.group === 'warning-sign' || e.atCheckIn)
  expect(signs.filter((e) => e.group === 'condition').map((e) => e.item)).toEqual([
    'minor-fall',
    'pregnancy',
    'blood-clot',
  ])
  expect(screen.getAllByRole('checkbox')).toHaveLength(signs.length)
  for (const sign of signs) expect(screen.getByRole('checkbox', { name: sign.prompt })).not.toBeChecked()
  await user.click(screen.getByRole('button', { name: 'None of these' }))

  // The step has its own heading, which takes focus as a new screen's would.
  expect(await screen.findByRole('heading', { level: 1, name: 'Check-in' })).toHaveFocus()
  // The first check-in is the starting point.
  expect(screen.getByRole('radio', { name: 'Before the plan' })).toBeChecked()
  await user.click(screen.getByRole('button', { name: 'Save' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Choose a number from 0 to 10 for each of the three questions.',
  )
  await answerPeg(user, 6, 7, 5)
  // Answering does not pull focus back to the heading.
  expect(screen.getByRole('radio', { name: '5', checked: true })).toBeInTheDocument()
  expect(screen.getByRole('heading', { level: 1, name: 'Check-in' })).not.toHaveFocus()
  await user.type(screen.getByRole('textbox', { name: 'Note (if you like)' }), 'Stiff in the morning')
  await user.click(screen.getByRole('button', { name: 'Save' }))

  await screen.findByRole('heading', { level: 1, name: 'Your journal' })
  expect(screen.getByText('Too early to tell')).toBeInTheDocument()
  const table = screen.getByRole('table', { name: 'Your check-ins, newest first' })
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent),
  ).toEqual(['Date', 'Pain', '3-question score', 'What'])
  const [, row] = within(table).getAllByRole('row')
  expect(
    within(row!)
      .getAllByRole('cell')
      .map((c) => c.textContent),
  ).toEqual(['6', '6', 'Before the planStiff in the morningChange'])
  expect(stored().entries).toMatchObject([
    { pain: 6, enjoyment: 7, activity: 5, kind: 'before', date: today(), signs: [] },
  ])
})

test('the warning signs ask, and say what "new" means, at the first check-in, and "since your last one" after it', async () => {
  const { user } = renderApp(paths.journal() + '/check-in')
  await screen.findByRole('heading', { level: 1, name: 'Any new warning signs?' })
  expect(
    screen.getByText(
      'Do you have any of these? New means it started in the last 2 weeks, or a doctor has not checked it yet.',
    ),
  ).toBeInTheDocument()
  expect(screen.queryByText(/since your last one/)).not.toBeInTheDocument()
  // The safety check's "asked about later" points to a quiz question the check-in does not ask.
  expect(screen.getByRole('checkbox', { name: prompt('leg-weakness') })).toHaveAccessibleDescription(
    'Pain down one leg on its own does not count. A leg that is getting weaker does.',
  )
  expect(screen.queryByText(/asked about later/)).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'None of these' }))
  await answerPeg(user, 5, 5, 5)
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await user.click(await screen.findByRole('link', { name: 'Add a check-in' }))
  expect(
    await screen.findByText('Before each check-in: has any of these started since your last one?'),
  ).toBeInTheDocument()
})

test('a date in the future gets a clear message and is not saved', async () => {
  const { user } = renderApp(paths.journal() + '/check-in')
  await user.click(await screen.findByRole('button', { name: 'None of these' }))
  const date = await screen.findByLabelText('Date')
  await user.clear(date)
  await user.type(date, '2999-01-01')
  await answerPeg(user, 3, 3, 3)
  await user.click(screen.getByRole('button', { name: 'Save' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Choose the date of the check-in: today or an earlier day.',
  )
  expect(hasStoredJournal(localStorage)).toBe(false)
})

test("a session dated before the plan's first session asks whether the date is right; Save again keeps it", async () => {
  const start = '2026-06-10'
  seed({
    plan: { type: 'swedish', next: [], start, time: '18:00', weeks: 6 },
    entries: [checkIn('2026-06-01', 'before', 6)],
  })
  const { user } = renderApp(paths.journal() + '/check-in')
  await user.click(await screen.findByRole('button', { name: 'None of these' }))
  expect(screen.getByRole('radio', { name: 'After a session' })).toBeChecked()
  const date = await screen.findByLabelText('Date')
  await user.clear(date)
  await user.type(date, '2026-06-03')
  await answerPeg(user, 4, 4, 4)
  await user.click(screen.getByRole('button', { name: 'Save' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'This date is before your plan’s first session. Is it right? If so, tap Save again; if not, change the date.',
  )
  expect(stored().entries).toHaveLength(1)
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await screen.findByRole('heading', { level: 1, name: 'Your journal' })
  expect(stored().entries.map((e) => e.date)).toEqual(['2026-06-01', '2026-06-03'])
})

test('a check-in marked "Before the plan" is saved before the plan\'s start without a question', async () => {
  seed({ plan: { type: 'swedish', next: [], start: '2026-06-10', time: '18:00', weeks: 6 }, entries: [] })
  const { user } = renderApp(paths.journal() + '/check-in')
  await user.click(await screen.findByRole('button', { name: 'None of these' }))
  expect(screen.getByRole('radio', { name: 'Before the plan' })).toBeChecked()
  const date = await screen.findByLabelText('Date')
  await user.clear(date)
  await user.type(date, '2026-06-03')
  await answerPeg(user, 4, 4, 4)
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await screen.findByRole('heading', { level: 1, name: 'Your journal' })
  expect(stored().entries.map((e) => e.date)).toEqual(['2026-06-03'])
})

test.each(SCREENING_TABLE.filter((e) => e.group === 'warning-sign' && e.level === 'urgent'))(
  'a new urgent sign at a check-in goes to the stop screen: $item',
  async ({ item }) => {
    const { user } = renderApp(paths.journal() + '/check-in')
    await user.click(await screen.findByRole('checkbox', { name: prompt(item) }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Get medical help now' })).toBeInTheDocument()
    expect(currentPath()).toBe(paths.stop())
    // The sign joins the person's safety state, dated, as if ticked in the safety check: the stop
    // screen tells the doctor about it.
    expect(useQuizStore.getState().noted).toEqual([{ item, day: today() }])
    expect(screen.getByRole('list')).toHaveTextContent(SCREENING_TABLE.find((e) => e.item === item)!.short)
    // Recorded in the journal before the stop screen, and the way back leads there.
    expect(useJournalStore.getState().journal.noted).toMatchObject([{ date: today(), signs: [item] }])
    expect(stored().noted).toHaveLength(1)
    expect(screen.getByRole('link', { name: 'Back to your journal' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Back to the safety check' })).not.toBeInTheDocument()
  },
)

test('an urgent sign at a check-in is in the journal after the stop screen, with what to do', async () => {
  const leg = SCREENING_TABLE.find((e) => e.item === 'leg-weakness')!
  const { user } = renderApp(paths.journal() + '/check-in')
  await user.click(await screen.findByRole('checkbox', { name: leg.prompt }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await screen.findByRole('heading', { level: 1, name: 'Get medical help now' })
  await user.click(screen.getByRole('link', { name: 'Back to your journal' }))
  await screen.findByRole('heading', { level: 1, name: 'Your journal' })
  const noted = screen.getByRole('region', { name: 'Warning signs you noted' })
  expect(noted).toHaveTextContent(`${longDay(today())}: ${leg.short}.`)
  expect(noted).toHaveTextContent(leg.advice)
  // The journal says the same as the stop screen: get help now.
  const now = screen.getByRole('note')
  expect(now).toHaveTextContent(/^Get medical help now/)
  expect(within(now).getByRole('link', { name: 'What to do now' })).toBeInTheDocument()
  expect(screen.getByText('No check-ins yet')).toBeInTheDocument()
})

test('a new sign that is not urgent gives its advice under a heading that says how soon, and the journal keeps it', async () => {
  const fever = SCREENING_TABLE.find((e) => e.item === 'fever')!
  const { user } = renderApp(paths.journal() + '/check-in')
  await user.click(await screen.findByRole('checkbox', { name: fever.prompt }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  expect(
    await screen.findByRole('heading', { level: 1, name: 'See a doctor today, before any massage' }),
  ).toHaveFocus()
  expect(screen.getByText(fever.advice)).toBeInTheDocument()
  expect(
    screen.getByText('We have noted this in your journal, and your result follows it.'),
  ).toBeInTheDocument()
  // Recorded before the check-in itself is saved.
  expect(useJournalStore.getState().journal.noted).toMatchObject([{ signs: ['fever'] }])
  await user.click(screen.getByRole('button', { name: 'Go on to the check-in' }))
  await answerPeg(user, 5, 5, 5)
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await screen.findByRole('heading', { level: 1, name: 'Your journal' })
  const now = screen.getByRole('note')
  expect(now).toHaveTextContent(/^See a doctor today, before any massage/)
  // Each sign's own advice says how soon: "today" for a fever, not just "before your next session".
  expect(now).toHaveTextContent(`${fever.short} (noted ${longDay(today())}).`)
  expect(now).toHaveTextContent(fever.advice)
  const noted = screen.getByRole('region', { name: 'Warning signs you noted' })
  expect(noted).toHaveTextContent(`${longDay(today())}: ${fever.short}.`)
  // The check-in itself carries no signs: they are their own dated record.
  expect(useJournalStore.getState().journal.entries[0]?.signs).toEqual([])
})

test('a see-a-doctor sign at a check-in asks for an urgent appointment, and turns the result to "See a doctor first"', async () => {
  saveProgress({ answers: chronicFirmNotStiff, screening: [] })
  const weight = SCREENING_TABLE.find((e) => e.item === 'weight-loss')!
  const { user } = renderApp(paths.journal() + '/check-in')
  await user.click(await screen.findByRole('checkbox', { name: weight.prompt }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: 'Ask for an urgent appointment with a doctor today or tomorrow, before any more massage',
    }),
  ).toBeInTheDocument()
  expect(screen.getByText(weight.advice)).toBeInTheDocument()
  // Its advice names no emergency call.
  expect(screen.queryByRole('link', { name: /^Call / })).not.toBeInTheDocument()
  // The check-in itself follows the sign at once: what it rules out is not offered.
  await user.click(screen.getByRole('button', { name: 'Go on to the check-in' }))
  await user.click(await screen.findByRole('radio', { name: 'After a session' }))
  const types = screen.getByRole('group', { name: 'Which massage?' })
  for (const type of weight.avoid)
    expect(within(types).queryByRole('radio', { name: MASSAGE_NAMES[type] })).not.toBeInTheDocument()
  cleanup()
  renderApp(paths.result())
  expect(await screen.findByRole('heading', { level: 1, name: 'See a doctor first' })).toBeInTheDocument()
  expect(screen.getByText(/noted at your check-in on/)).toHaveTextContent(weight.short)
  expect(screen.queryByText('Your best match')).not.toBeInTheDocument()
  expect(screen.getByText(/^If your doctor agrees, ask for/)).toBeInTheDocument()
})

test('a sign whose advice says to call comes with the call button at the check-in', async () => {
  const trauma = SCREENING_TABLE.find((e) => e.item === 'recent-trauma')!
  const { user } = renderApp(paths.journal() + '/check-in')
  await user.click(await screen.findByRole('checkbox', { name: trauma.prompt }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await screen.findByRole('heading', {
    level: 1,
    name: 'Get help now: go to an emergency department (A&E) or call the emergency number. No massage until a doctor has seen you',
  })
  expect(screen.getByRole('link', { name: /^Call \d+$/ })).toBeInTheDocument()
})

test('the check-in offers no type and no pressure the safety check rules out: fragile bones', async () => {
  saveProgress({ answers: { ...chronicFirmNotStiff, pressure: 'firm' }, screening: ['osteoporosis'] })
  seed({ plan: null, entries: [checkIn('2026-06-01', 'before', 6)] })
  const { user } = renderApp(paths.journal() + '/check-in')
  await user.click(await screen.findByRole('button', { name: 'None of these' }))
  await screen.findByRole('heading', { level: 1, name: 'Check-in' })
  expect(screen.getByRole('radio', { name: 'After a session' })).toBeChecked()
  const types = screen.getByRole('group', { name: 'Which massage?' })
  const offered = within(types)
    .getAllByRole('radio')
    .map((r) => r.getAttribute('value'))
  expect(offered).not.toContain('deep-tissue')
  expect(offered).not.toContain('trigger-point')
  expect(offered.length).toBeGreaterThan(0)
  expect(within(types).queryByRole('radio', { name: MASSAGE_NAMES['deep-tissue'] })).not.toBeInTheDocument()
  const pressures = screen.getByRole('group', { name: 'What pressure?' })
  expect(
    within(pressures)
      .getAllByRole('radio')
      .map((r) => r.getAttribute('value')),
  ).toEqual(['light'])
})

test('changing an old check-in keeps the type and pressure it records, even one ruled out now', async () => {
  saveProgress({ answers: chronicFirmNotStiff, screening: ['osteoporosis'] })
  seed({
    plan: null,
    entries: [
      checkIn('2026-06-01', 'before', 6),
      checkIn('2026-06-08', 'session', 5, { type: 'deep-tissue', pressure: 'firm' }),
    ],
  })
  const { user } = renderApp(paths.journal())
  await user.click(await screen.findByRole('link', { name: 'Change the check-in of Mon, 8 June 2026' }))
  await screen.findByRole('heading', { level: 1, name: 'Change a check-in' })
  expect(screen.getByRole('radio', { name: MASSAGE_NAMES['deep-tissue'] })).toBeChecked()
  expect(screen.getByRole('radio', { name: 'Firm' })).toBeChecked()
  expect(screen.queryByRole('radio', { name: MASSAGE_NAMES['trigger-point'] })).not.toBeInTheDocument()
})

test('a check-in can be changed, and deleted with two taps', async () => {
  seed({ plan: null, entries: [checkIn('2026-06-01', 'before', 6), checkIn('2026-06-08', 'session', 5)] })
  const { user } = renderApp(paths.journal())
  await user.click(await screen.findByRole('link', { name: 'Change the check-in of Mon, 8 June 2026' }))
  await screen.findByRole('heading', { level: 1, name: 'Change a check-in' })
  const pain = screen.getByRole('group', { name: /pain been/ })
  expect(within(pain).getByRole('radio', { name: '5' })).toBeChecked()
  await user.click(within(pain).getByRole('radio', { name: '3' }))
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await screen.findByRole('heading', { level: 1, name: 'Your journal' })
  expect(useJournalStore.getState().journal.entries.map((e) => e.pain)).toEqual([6, 3])

  await user.click(screen.getByRole('link', { name: 'Change the check-in of Mon, 1 June 2026' }))
  await user.click(await screen.findByRole('button', { name: 'Delete this check-in' }))
  await user.click(screen.getByRole('button', { name: 'Yes, delete it' }))
  await screen.findByRole('heading', { level: 1, name: 'Your journal' })
  expect(useJournalStore.getState().journal.entries.map((e) => e.date)).toEqual(['2026-06-08'])
})

test('the verdict and the chart follow the check-ins', async () => {
  seed({ plan: null, entries: [checkIn('2026-06-01', 'before', 7), checkIn('2026-06-08', 'session', 4)] })
  renderApp(paths.journal())
  expect(await screen.findByText('Better so far')).toBeInTheDocument()
  expect(screen.getByRole('img', { name: /Pain from 7 to 4/ })).toBeInTheDocument()
})

test('with no check-in marked "before", the first is the start and the sessions count after it', async () => {
  seed({ plan: null, entries: [checkIn('2026-06-08', 'session', 7), checkIn('2026-06-15', 'session', 5)] })
  renderApp(paths.journal())
  const verdict = await screen.findByRole('region', { name: 'Is it working?' })
  expect(verdict).toHaveTextContent('Better so far')
  // Two sessions, but only one after the start: 4 more to the 5th.
  expect(verdict).toHaveTextContent('give it 4 more sessions')
  expect(verdict).toHaveTextContent(
    'No check-in was marked “before the plan”, so your first one is the start, and only the sessions after it count.',
  )
})

test('the journal names PEG in plain words: in full once in the key, then "your 3-question score"', async () => {
  seed({
    plan: null,
    entries: [
      checkIn('2026-06-01', 'before', 5, { enjoyment: 8, activity: 8 }),
      checkIn('2026-06-08', 'session', 5, { enjoyment: 6, activity: 6 }),
    ],
  })
  renderApp(paths.journal())
  const chart = await screen.findByRole('img', {
    name: /^Chart: Pain from 5 to 5, and your 3-question score from 7 to 5.7, over 2 check-ins\./,
  })
  expect(chart).toBeInTheDocument()
  expect(screen.getByRole('figure')).toHaveTextContent(
    'Pain and your 3-question score (the average of your answers on pain, enjoying life and daily activities), each 0 to 10',
  )
  const table = screen.getByRole('table', { name: 'Your check-ins, newest first' })
  const header = within(table).getByRole('columnheader', { name: '3-question score' })
  expect(header).toHaveAttribute('scope', 'col')
  // The newest row's third cell sits under that header.
  const [, newest] = within(table).getAllByRole('row')
  expect(within(newest!).getAllByRole('cell')[1]).toHaveTextContent('5.7')
  expect(screen.getByRole('region', { name: 'Is it working?' })).toHaveTextContent(
    '(your 3-question score: 7 then, 5.7 now, out of 10)',
  )
  // Said in full once, in the key; everywhere else by its name.
  expect(document.body.textContent?.match(/the average of your answers/g)).toHaveLength(1)
  // Nowhere the acronym, on the screen or in the chart's name.
  expect(document.body).not.toHaveTextContent(/\bPEG\b/)
  expect(chart.getAttribute('aria-label')).not.toMatch(/\bPEG\b/)
})

/** The days that head the table's rows, as shown. */
const dayHeaders = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((h) => h.textContent)

test('the table shows each day in short, with the year only when the check-ins span two years', async () => {
  seed({
    plan: null,
    entries: [checkIn('2026-06-01', 'before', 6), checkIn('2026-06-08', 'session', 5)],
  })
  const { unmount } = renderApp(paths.journal())
  const table = await screen.findByRole('table', { name: 'Your check-ins, newest first' })
  expect(dayHeaders(table)).toEqual(['8 Jun', '1 Jun'])
  // The link keeps the whole day, said by a screen reader.
  expect(
    within(table).getByRole('link', { name: 'Change the check-in of Mon, 8 June 2026' }),
  ).toBeInTheDocument()
  // The box it scrolls in with large text is named by the caption.
  expect(screen.getByRole('region', { name: 'Your check-ins, newest first' })).toContainElement(table)
  unmount()

  seed({
    plan: null,
    entries: [checkIn('2025-12-29', 'before', 6), checkIn('2026-01-05', 'session', 5)],
  })
  renderApp(paths.journal())
  const across = await screen.findByRole('table', { name: 'Your check-ins, newest first' })
  expect(dayHeaders(across)).toEqual(['5 Jan 2026', '29 Dec 2025'])
})

test('after one check-in the chart shows it as a dot and says when the line starts', async () => {
  seed({ plan: null, entries: [checkIn('2026-06-01', 'before', 6)] })
  renderApp(paths.journal())
  const chart = await screen.findByRole('img', { name: /Pain 6, .* at your first check-in/ })
  expect(chart.querySelectorAll('circle')).toHaveLength(2)
  expect(screen.getByText(/Your chart’s line starts after your second check-in/)).toBeInTheDocument()
})

test('a damaged journal starts empty with a notice, and keeps the damaged copy to download', async () => {
  localStorage.setItem(JOURNAL_KEY, '{"version":1,"entries":[{"id"')
  reloadJournal()
  renderApp(paths.journal())
  expect(await screen.findByText(UNREADABLE_NOTICE)).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Download the damaged copy' })).toBeInTheDocument()
  expect(localStorage.getItem(DAMAGED_KEY)).toBe('{"version":1,"entries":[{"id"')
})

test('a partly damaged journal keeps every readable check-in', async () => {
  const good = checkIn('2026-06-01', 'before', 6)
  localStorage.setItem(
    JOURNAL_KEY,
    JSON.stringify({ version: 1, plan: null, entries: [good, { id: 'x', pain: 99 }] }),
  )
  reloadJournal()
  renderApp(paths.journal())
  expect(await screen.findByText(PARTLY_DAMAGED_NOTICE)).toBeInTheDocument()
  expect(useJournalStore.getState().journal.entries).toEqual([good])
  // The cleaned journal is saved; the damaged text is kept beside it.
  expect(stored().entries).toHaveLength(1)
  expect(localStorage.getItem(DAMAGED_KEY)).toContain('"pain":99')
})

test('deleting everything takes two taps and is final', async () => {
  seed({ plan: null, entries: [checkIn('2026-06-01', 'before', 6)] })
  const { user } = renderApp(paths.journal())
  await user.click(await screen.findByRole('button', { name: 'Delete everything' }))
  await user.click(screen.getByRole('button', { name: 'Keep it' }))
  expect(hasStoredJournal(localStorage)).toBe(true)
  await user.click(screen.getByRole('button', { name: 'Delete everything' }))
  await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }))
  expect(await screen.findByText('No check-ins yet')).toBeInTheDocument()
  expect(hasStoredJournal(localStorage)).toBe(false)
})

test('a backup imports into an empty journal; a file that is not one changes nothing', async () => {
  const backup: Journal = {
    plan: null,
    entries: [checkIn('2026-06-01', 'before', 6), checkIn('2026-06-08', 'session', 4)],
    noted: [],
  }
  const { user } = renderApp(paths.journal())
  const input = await screen.findByLabelText('Import a backup')
  await user.upload(input, new File(['not a journal'], 'notes.json', { type: 'application/json' }))
  expect(await screen.findByText(NOT_A_BACKUP)).toBeInTheDocument()
  expect(hasStoredJournal(localStorage)).toBe(false)
  await user.upload(input, new File([serializeJournal(backup)], 'backup.json', { type: 'application/json' }))
  expect(await screen.findByText('Backup imported: 2 check-ins.')).toBeInTheDocument()
  expect(useJournalStore.getState().journal).toEqual(backup)
})

test('importing over a journal asks first', async () => {
  seed({ plan: null, entries: [checkIn('2026-06-01', 'before', 6)] })
  const backup: Journal = {
    plan: null,
    entries: [checkIn('2026-07-01', 'before', 2), checkIn('2026-07-08', 'session', 1)],
    noted: [],
  }
  const { user } = renderApp(paths.journal())
  await user.upload(
    await screen.findByLabelText('Import a backup'),
    new File([serializeJournal(backup)], 'backup.json', { type: 'application/json' }),
  )
  const ask = await screen.findByRole('group', { name: 'Replace your journal?' })
  expect(ask).toHaveTextContent('(1 check-in) with the one in the file (2)')
  await user.click(within(ask).getByRole('button', { name: 'Replace it' }))
  expect(useJournalStore.getState().journal).toEqual(backup)
})

test('"Try it for 6 weeks" on the own result makes a plan from its picks', async () => {
  const answers = chronicFirmNotStiff
  saveProgress({ answers, screening: ['osteoporosis'] })
  const picks = advise(answers, ['osteoporosis']).picks
  const { user } = renderApp(paths.result())
  await user.click(await screen.findByRole('link', { name: 'Try it for 6 weeks' }))
  await screen.findByRole('heading', { level: 1, name: 'Your 6-week plan' })
  // The same number of sessions as the verdict waits for.
  expect(
    screen.getByText(/After 5 sessions your journal can show whether your pain has changed\./),
  ).toBeInTheDocument()
  const group = screen.getByRole('group', { name: 'Which massage will you try?' })
  const offered = within(group)
    .getAllByRole('radio')
    .map((r) => r.getAttribute('value'))
  // The result's best match first; nothing the safety check ruled out.
  expect(offered[0]).toBe(picks[0]!.type)
  for (const type of offered) expect(picks.map((p) => p.type)).toContain(type)
  expect(offered).not.toContain('deep-tissue')
  expect(within(group).getByRole('radio', { name: MASSAGE_NAMES[picks[0]!.type] })).toBeChecked()
  await user.click(screen.getByRole('button', { name: 'Save the plan' }))
  await screen.findByRole('heading', { level: 1, name: 'Your journal' })
  expect(screen.getByRole('region', { name: 'Your plan' })).toHaveTextContent(
    `${MASSAGE_NAMES[picks[0]!.type]}, once a week for 6 weeks`,
  )
  expect(useJournalStore.getState().journal.plan).toMatchObject({
    type: picks[0]!.type,
    weeks: 6,
    time: '18:00',
  })
})

test('under "see a doctor first" the plan page offers no massage, and says why', async () => {
  saveProgress({
    answers: chronicFirmNotStiff,
    screening: [],
    noted: [{ item: 'night-pain', day: '2026-06-03' }],
  })
  renderApp(paths.journal() + '/plan')
  await screen.findByRole('heading', { level: 1, name: 'Your 6-week plan' })
  expect(screen.getByText(/^Your safety check says to see a doctor first/)).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Save the plan' })).not.toBeInTheDocument()
  expect(screen.queryByRole('radio')).not.toBeInTheDocument()
})

test("the journal flags the plan's type once the safety state rules it out", async () => {
  saveProgress({ answers: chronicFirmNotStiff, screening: ['osteoporosis'] })
  seed({
    plan: { type: 'deep-tissue', next: ['myofascial-release'], start: '2026-06-01', time: '18:00', weeks: 6 },
    entries: [],
  })
  renderApp(paths.journal())
  const plan = await screen.findByRole('region', { name: 'Your plan' })
  expect(plan).toHaveTextContent(
    `${MASSAGE_NAMES['deep-tissue']} is ruled out for now by what you told us: do not book it until it is safe again.`,
  )
  expect(plan).toHaveTextContent(`Next on your list: ${MASSAGE_NAMES['myofascial-release']}.`)
})

test('the plan page without a result sends the person to the quiz first', async () => {
  renderApp(paths.journal() + '/plan')
  await screen.findByRole('heading', { level: 1, name: 'Your 6-week plan' })
  expect(screen.getByRole('link', { name: 'Go to the start' })).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Save the plan' })).not.toBeInTheDocument()
})

test('an unknown journal page is not found', async () => {
  renderApp(paths.journal() + '/nowhere')
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
})

test('a long journal shows its newest 20 check-ins, and all of them on request', async () => {
  const entries = Array.from({ length: 25 }, (_, i) =>
    checkIn(`2026-01-${String(i + 1).padStart(2, '0')}`, i === 0 ? 'before' : 'other', 5),
  )
  seed({ plan: null, entries })
  const { user } = renderApp(paths.journal())
  const table = await screen.findByRole('table', { name: 'Your check-ins, newest first' })
  // A header row, then the rows.
  expect(within(table).getAllByRole('row')).toHaveLength(21)
  expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent('25 Jan')
  await user.click(screen.getByRole('button', { name: 'Show all 25 check-ins' }))
  expect(within(table).getAllByRole('row')).toHaveLength(26)
  // The chart has every check-in.
  expect(screen.getByRole('img', { name: /over 25 check-ins/ })).toBeInTheDocument()
})

test('once a doctor has checked them, the person can take the safety check again from the journal, which supersedes the signs noted', async () => {
  saveProgress({
    answers: chronicFirmNotStiff,
    screening: [],
    noted: [{ item: 'leg-weakness', day: '2026-06-03' }],
  })
  seed({
    plan: null,
    entries: [],
    noted: [{ id: 'n1', date: '2026-06-03', created: 1, signs: ['leg-weakness'] }],
  })
  const { user } = renderApp(paths.journal())
  const now = await screen.findByRole('note')
  expect(now).toHaveTextContent(/^Get medical help now/)
  await user.click(within(now).getByRole('link', { name: 'Take the safety check again' }))
  await screen.findByRole('heading', { level: 1, name: 'First, a quick safety check' })
  await user.click(screen.getByRole('button', { name: 'None of these' }))
  await screen.findByRole('heading', { level: 1, name: 'Safety check: health conditions' })
  await user.click(screen.getByRole('button', { name: 'None of these' }))
  // The answers were all given: the check leads back to the result, which says go ahead again.
  const top = advise(chronicFirmNotStiff, []).picks[0]!
  expect(await screen.findByRole('heading', { level: 1, name: MASSAGE_NAMES[top.type] })).toBeInTheDocument()
  expect(useQuizStore.getState().noted).toEqual([])
  // The journal keeps its dated record of what was noted.
  expect(useJournalStore.getState().journal.noted).toHaveLength(1)
})

/** Storage with no room left: every write fails, as on a full phone (reading still works). */
function fullStorage() {
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  })
}

async function fillCheckIn(user: ReturnType<typeof renderApp>['user'], note: string) {
  await user.click(await screen.findByRole('button', { name: 'None of these' }))
  await screen.findByRole('heading', { level: 1, name: 'Check-in' })
  await answerPeg(user, 4, 5, 6)
  await user.type(screen.getByRole('textbox', { name: 'Note (if you like)' }), note)
}

test('a check-in that cannot be saved keeps the form and what was entered, and says what to do', async () => {
  seed({ plan: null, entries: [checkIn('2026-06-01', 'before', 6)] })
  const { user } = renderApp(paths.journal() + '/check-in')
  await fillCheckIn(user, 'Looser today')
  const full = fullStorage()
  await user.click(screen.getByRole('button', { name: 'Save' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(CHECK_IN_NOT_SAVED)
  expect(screen.getByRole('heading', { level: 1, name: 'Check-in' })).toBeInTheDocument()
  expect(screen.getByRole('textbox', { name: 'Note (if you like)' })).toHaveValue('Looser today')
  expect(
    within(screen.getByRole('group', { name: /pain been/ })).getByRole('radio', { name: '4' }),
  ).toBeChecked()
  expect(stored().entries).toHaveLength(1)
  // Room again: the same Save lands.
  full.mockRestore()
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await screen.findByRole('heading', { level: 1, name: 'Your journal' })
  expect(stored().entries.map((e) => e.note)).toEqual(['', 'Looser today'])
})

test('a half-filled check-in is there again when the form opens again, until it is saved or cancelled', async () => {
  const first = renderApp(paths.journal() + '/check-in')
  await fillCheckIn(first.user, 'Half done')
  // The tab is closed (or the phone ended it, or an update reloaded it).
  first.unmount()
  const { user } = renderApp(paths.journal() + '/check-in')
  await user.click(await screen.findByRole('button', { name: 'None of these' }))
  expect(await screen.findByRole('textbox', { name: 'Note (if you like)' })).toHaveValue('Half done')
  expect(
    within(screen.getByRole('group', { name: /daily activities/ })).getByRole('radio', { name: '6' }),
  ).toBeChecked()
  await user.click(screen.getByRole('button', { name: 'Cancel' }))
  await user.click(await screen.findByRole('link', { name: 'Add a check-in' }))
  await user.click(await screen.findByRole('button', { name: 'None of these' }))
  expect(await screen.findByRole('textbox', { name: 'Note (if you like)' })).toHaveValue('')
})

test('a check-in deleted in another tab while it is changed here stays on screen, and Save brings it back', async () => {
  const entry = checkIn('2026-06-08', 'session', 5)
  seed({ plan: null, entries: [checkIn('2026-06-01', 'before', 6), entry] })
  const { user } = renderApp(paths.journal() + `/check-in/${entry.id}`)
  await screen.findByRole('heading', { level: 1, name: 'Change a check-in' })
  await user.type(screen.getByRole('textbox', { name: 'Note (if you like)' }), 'Typed here')
  // Another tab deletes it; the browser tells this one.
  const key = recordKey('check-in', entry.id)
  localStorage.removeItem(key)
  window.dispatchEvent(new StorageEvent('storage', { key }))
  await waitFor(() => expect(useJournalStore.getState().journal.entries).toHaveLength(1))
  expect(screen.getByRole('textbox', { name: 'Note (if you like)' })).toHaveValue('Typed here')
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await screen.findByRole('heading', { level: 1, name: 'Your journal' })
  expect(screen.getByText(BROUGHT_BACK_NOTICE)).toBeInTheDocument()
  expect(stored().entries.map((e) => e.note)).toEqual(['', 'Typed here'])
})

test('a change kept as a draft comes back even after another tab deleted the check-in', async () => {
  const entry = checkIn('2026-06-08', 'session', 5)
  seed({ plan: null, entries: [checkIn('2026-06-01', 'before', 6), entry] })
  const first = renderApp(paths.journal() + `/check-in/${entry.id}`)
  await screen.findByRole('heading', { level: 1, name: 'Change a check-in' })
  await first.user.type(
    screen.getByRole('textbox', { name: 'Note (if you like)' }),
    'Typed before the tab was closed',
  )
  first.unmount()
  // Another tab deletes it; then this form opens again.
  localStorage.removeItem(recordKey('check-in', entry.id))
  reloadJournal()
  const { user } = renderApp(paths.journal() + `/check-in/${entry.id}`)
  await screen.findByRole('heading', { level: 1, name: 'Change a check-in' })
  expect(screen.getByRole('textbox', { name: 'Note (if you like)' })).toHaveValue(
    'Typed before the tab was closed',
  )
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await screen.findByRole('heading', { level: 1, name: 'Your journal' })
  expect(stored().entries.map((e) => [e.date, e.pain, e.note])).toEqual([
    ['2026-06-01', 6, ''],
    ['2026-06-08', 5, 'Typed before the tab was closed'],
  ])
  // With no draft, a deleted check-in cannot be found.
  renderApp(paths.journal() + '/check-in/gone')
  expect(
    await screen.findByRole('heading', { level: 1, name: "This check-in can't be found" }),
  ).toBeInTheDocument()
})

test('the journal shows what another tab saved', async () => {
  renderApp(paths.journal())
  await screen.findByText('No check-ins yet')
  const entry = checkIn('2026-06-08', 'before', 5)
  const key = recordKey('check-in', entry.id)
  localStorage.setItem(key, JSON.stringify(entry))
  window.dispatchEvent(new StorageEvent('storage', { key }))
  expect(await screen.findByRole('table', { name: 'Your check-ins, newest first' })).toBeInTheDocument()
})

const upload = async (user: ReturnType<typeof renderApp>['user'], text: string) =>
  user.upload(
    await screen.findByLabelText('Import a backup'),
    new File([text], 'backup.json', { type: 'application/json' }),
  )

const THREE = [1, 2, 3].map((n) => checkIn(`2026-06-0${n}`, 'other', n))

test('before replacing a journal, the question says how much of the file could not be read', async () => {
  seed({ plan: null, entries: THREE })
  const { user } = renderApp(paths.journal())
  const broken = Array.from({ length: 9 }, (_, i) => ({ id: `bad${i}`, pain: 'a lot' }))
  const file = { version: 1, plan: null, entries: [checkIn('2026-07-01', 'before', 2), ...broken] }
  await upload(user, JSON.stringify(file))
  const ask = await screen.findByRole('group', { name: 'Replace your journal?' })
  expect(ask).toHaveTextContent(
    "(3 check-ins) with the one in the file (1). 9 parts of the file couldn't be read and will be left out.",
  )
  // Nothing is replaced yet.
  expect(stored().entries).toEqual(THREE)
  await user.click(within(ask).getByRole('button', { name: 'Replace it' }))
  expect(
    await screen.findByText(
      "Backup imported: 1 check-in. 9 parts of the file couldn't be read and were left out.",
    ),
  ).toBeInTheDocument()
  expect(stored().entries).toHaveLength(1)
})

test.each([
  [
    'no check-in that can be read',
    { version: 1, plan: null, entries: [{ id: 'x' }] },
    " 1 part of the file couldn't be read and was left out.",
  ],
  ['no check-in at all', { version: 1, plan: null, entries: [] }, ''],
  [
    'only check-ins dated in the year 9999',
    { version: 1, plan: null, entries: [checkIn('9999-12-31', 'other', 2)] },
    ' 1 check-in dated before 2000 or in the future was left out.',
  ],
])('a backup with %s is refused, and the journal stays', async (_, file, more) => {
  seed({ plan: null, entries: THREE })
  const { user } = renderApp(paths.journal())
  await upload(user, JSON.stringify(file))
  expect(await screen.findByText(NOTHING_TO_IMPORT + more)).toBeInTheDocument()
  expect(screen.queryByRole('group', { name: 'Replace your journal?' })).not.toBeInTheDocument()
  expect(stored().entries).toEqual(THREE)
})

test('an import that cannot be stored says so, and the journal stays whole', async () => {
  seed({ plan: null, entries: THREE })
  const { user } = renderApp(paths.journal())
  await upload(
    user,
    serializeJournal({ plan: null, entries: [checkIn('2026-07-01', 'before', 2)], noted: [] }),
  )
  const full = fullStorage()
  await user.click(await screen.findByRole('button', { name: 'Replace it' }))
  expect(await screen.findByText(IMPORT_NOT_SAVED)).toBeInTheDocument()
  expect(useJournalStore.getState().journal.entries).toEqual(THREE)
  full.mockRestore()
  expect(stored().entries).toEqual(THREE)
})

test('an import leaves out check-ins dated before 2000 or after tomorrow, and says how many', async () => {
  const { user } = renderApp(paths.journal())
  const entries = [
    checkIn('2026-06-01', 'before', 5),
    checkIn('9999-12-31', 'other', 2),
    checkIn('1999-12-31', 'other', 2),
  ]
  await upload(user, serializeJournal({ plan: null, entries, noted: [] }))
  expect(
    await screen.findByText(
      'Backup imported: 1 check-in. 2 check-ins dated before 2000 or in the future were left out.',
    ),
  ).toBeInTheDocument()
  expect(stored().entries.map((e) => e.date)).toEqual(['2026-06-01'])
})

test('the journal says whether the browser has agreed to keep it', async () => {
  renderApp(paths.journal())
  expect(await screen.findByText(MAY_CLEAR_WORDS)).toBeInTheDocument()
})

test('a journal nearing what the browser allows says so, early, and offers the backup', async () => {
  seed({ plan: null, entries: THREE })
  const { unmount } = renderApp(paths.journal())
  await screen.findByRole('heading', { level: 1, name: 'Your journal' })
  expect(screen.queryByText(/of the space this browser gives the app/)).not.toBeInTheDocument()
  unmount()
  // Half of what the strictest browser allows (5 MiB), taken by other data of the app's.
  localStorage.setItem('massage-match-other', 'x'.repeat(2_700_000))
  reloadJournal()
  renderApp(paths.journal())
  const warning = await screen.findByText(
    /Your journal fills about 52% of the space this browser gives the app/,
  )
  expect(
    within(warning.parentElement!).getByRole('button', { name: 'Download a backup' }),
  ).toBeInTheDocument()
})

test('ticks on the warning-signs step are kept as they are made: a reload before Continue does not lose them', async () => {
  const fever = SCREENING_TABLE.find((e) => e.item === 'fever')!
  const first = renderApp(paths.journal() + '/check-in')
  await first.user.click(await screen.findByRole('checkbox', { name: fever.prompt }))
  first.unmount()
  const { user } = renderApp(paths.journal() + '/check-in')
  expect(await screen.findByRole('checkbox', { name: fever.prompt })).toBeChecked()
  // Nothing is noted until Continue; then the kept ticks go.
  expect(useQuizStore.getState().noted).toEqual([])
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await screen.findByRole('heading', { level: 1, name: 'See a doctor today, before any massage' })
  cleanup()
  renderApp(paths.journal() + '/check-in')
  expect(await screen.findByRole('checkbox', { name: fever.prompt })).not.toBeChecked()
})
