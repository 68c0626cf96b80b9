import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import type { Download, Page } from '@playwright/test'
import { MASSAGE_NAMES, advise } from '../src/engine'
import { serializeJournal, type CheckIn, type Journal } from '../src/features/journal/journal-data'
import { JOURNAL_KEY } from '../src/state/journal-key'
import { journalKeys, storedJournal } from './journal-storage'
import { test, expect } from './fixtures'
import { ANSWER_SETS, TITLES, button, completeQuiz, h1, press, screeningBox } from './flow'

const JOURNAL_TITLE = 'Your journal'

/** Answers the three PEG questions on the check-in by touch. */
async function answerPeg(page: Page, pain: number, enjoyment: number, activity: number) {
  const groups = [/pain been/, /enjoying life/, /daily activities/]
  const values = [pain, enjoyment, activity]
  for (const [i, name] of groups.entries()) {
    await press(
      page.getByRole('group', { name }).getByRole('radio', { name: String(values[i]), exact: true }),
    )
  }
}

/** A check-in through the screens: no new warning signs, then the answers. */
async function addCheckIn(page: Page, pain: number, enjoyment: number, activity: number) {
  await press(page.getByRole('link', { name: 'Add a check-in' }))
  await expect(h1(page)).toHaveText('Any new warning signs?')
  await press(button(page, 'None of these'))
  await expect(h1(page)).toHaveText('Check-in')
  await answerPeg(page, pain, enjoyment, activity)
  await press(button(page, 'Save'))
  await expect(h1(page)).toHaveText(JOURNAL_TITLE)
}

function painColumn(page: Page) {
  return page
    .getByRole('table', { name: 'Your check-ins, newest first' })
    .locator('tbody tr td:first-of-type')
    .allTextContents()
}

/** The journal as the page keeps it in storage (null when there is none). */
const savedJournal = storedJournal

/** Puts a journal in this browser's storage, then opens it. */
async function openWith(page: Page, journal: Journal | string) {
  await page.goto('./')
  // Let the app take over the start page first: an address changed while it hydrates the
  // prerendered page is a start-up race of its own (React #418), not what these tests are about.
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready')
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [
    JOURNAL_KEY,
    typeof journal === 'string' ? journal : serializeJournal(journal),
  ] as const)
  await page.goto('./#/journal')
  await expect(h1(page)).toHaveText(JOURNAL_TITLE)
}

async function downloaded(page: Page, name: string): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), press(button(page, name))])
  const path = await file.path()
  return { file, text: await readFile(path, 'utf8') }
}

function entry(date: string, kind: CheckIn['kind'], pain: number, n: number): CheckIn {
  return {
    id: `e${n}`,
    date,
    created: n,
    kind,
    pain,
    enjoyment: pain,
    activity: pain,
    type: kind === 'session' ? 'swedish' : null,
    pressure: kind === 'session' ? 'medium' : null,
    feeling: null,
    note: n === 2 ? 'Felt looser, "better" sleep' : '',
    signs: [],
  }
}

const SAMPLE: Journal = {
  plan: { type: 'swedish', next: ['myofascial-release'], start: '2026-06-01', time: '18:30', weeks: 6 },
  entries: [
    entry('2026-06-01', 'before', 7, 1),
    entry('2026-06-08', 'session', 6, 2),
    entry('2026-06-15', 'session', 4, 3),
  ],
  noted: [],
}

test('a plan from the result and check-ins stay across a reload, a closed tab and going offline', async ({
  page,
  context,
}) => {
  const answers = ANSWER_SETS[1]!
  const top = advise(answers, []).picks[0]!.type
  await completeQuiz(page, answers)
  await expect(h1(page)).toContainText(MASSAGE_NAMES[top])
  await press(page.getByRole('link', { name: 'Try it for 6 weeks' }))
  await expect(h1(page)).toHaveText('Your 6-week plan')
  await expect(page.getByRole('radio', { name: MASSAGE_NAMES[top] })).toBeChecked()
  await press(button(page, 'Save the plan'))
  await expect(h1(page)).toHaveText(JOURNAL_TITLE)
  await expect(page.getByRole('region', { name: 'Your plan' })).toContainText(MASSAGE_NAMES[top])

  await addCheckIn(page, 6, 7, 5)
  await addCheckIn(page, 4, 4, 4)
  expect(await painColumn(page)).toEqual(['4', '6'])

  await page.reload()
  await expect(h1(page)).toHaveText(JOURNAL_TITLE)
  expect(await painColumn(page)).toEqual(['4', '6'])

  // A closed tab: a new one, at the start page, finds its way back.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.close()
  const tab = await context.newPage()
  await tab.goto('./')
  await expect(h1(tab)).toHaveText(TITLES.start)
  await press(tab.getByRole('link', { name: 'Open your journal' }))
  await expect(h1(tab)).toHaveText(JOURNAL_TITLE)
  expect(await painColumn(tab)).toEqual(['4', '6'])

  await expect.poll(() => tab.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  await context.setOffline(true)
  await tab.reload()
  await expect(h1(tab)).toHaveText(JOURNAL_TITLE)
  expect(await painColumn(tab)).toEqual(['4', '6'])
  await addCheckIn(tab, 3, 3, 3)
  expect(await painColumn(tab)).toEqual(['3', '4', '6'])
})

test('the start page shows no journal link on a phone without a journal', async ({ page }) => {
  await page.goto('./')
  await expect(h1(page)).toHaveText(TITLES.start)
  await expect(page.getByRole('link', { name: 'Open your journal' })).toHaveCount(0)
})

test('a backup exported on one phone imports into a fresh browser as the same journal', async ({
  page,
  newContext,
}) => {
  await openWith(page, SAMPLE)
  const { file, text } = await downloaded(page, 'Download a backup')
  expect(file.suggestedFilename()).toMatch(/^massage-journal-\d{4}-\d{2}-\d{2}\.json$/)

  const other = await (await newContext()).newPage()
  await other.goto('./#/journal')
  await expect(h1(other)).toHaveText(JOURNAL_TITLE)
  await expect(other.getByText('No check-ins yet')).toBeVisible()
  await other.getByLabel('Import a backup').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  })
  await expect(other.getByText('Backup imported: 3 check-ins.')).toBeVisible()
  expect(await savedJournal(other)).toEqual(await savedJournal(page))
  expect(await painColumn(other)).toEqual(['4', '6', '7'])
  await expect(other.getByRole('region', { name: 'Your plan' })).toContainText('Swedish Massage')
})

test('the spreadsheet has a row per check-in, and the note survives its comma and quotes', async ({
  page,
}) => {
  await openWith(page, SAMPLE)
  const { text } = await downloaded(page, 'Download as a spreadsheet (CSV)')
  const lines = text.trimEnd().split('\r\n')
  expect(lines[0]).toBe(
    'date,when,pain,enjoyment,activity,average of the 3 answers (PEG),massage,pressure,feeling,warning signs,note',
  )
  expect(lines).toHaveLength(4)
  expect(lines[2]).toBe('2026-06-08,session,6,6,6,6,Swedish Massage,medium,,,"Felt looser, ""better"" sleep"')
})

/**
 * A minimal iCalendar reader: unfolds lines, checks every BEGIN has its END in order, and
 * returns the components with their properties (name without parameters -> value).
 */
function parseIcs(text: string): { name: string; props: Map<string, string> }[] {
  expect(text).toMatch(/\r\n$/)
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
  const stack: { name: string; props: Map<string, string> }[] = []
  const done: { name: string; props: Map<string, string> }[] = []
  for (const line of lines) {
    const colon = line.indexOf(':')
    expect(colon, line).toBeGreaterThan(0)
    const name = line.slice(0, colon).split(';')[0]!.toUpperCase()
    const value = line.slice(colon + 1)
    if (name === 'BEGIN') stack.push({ name: value, props: new Map() })
    else if (name === 'END') {
      const open = stack.pop()
      expect(open?.name).toBe(value)
      done.push(open!)
    } else {
      expect(stack.length, `${line} outside a component`).toBeGreaterThan(0)
      stack.at(-1)!.props.set(name, value)
    }
  }
  expect(stack).toEqual([])
  return done
}

test('"Add to calendar" saves an .ics file with six weekly sessions and a reminder', async ({ page }) => {
  await openWith(page, SAMPLE)
  const { file, text } = await downloaded(page, 'Add to calendar')
  expect(file.suggestedFilename()).toBe('massage-plan.ics')
  const parts = parseIcs(text)
  expect(parts.map((p) => p.name)).toEqual(['VALARM', 'VEVENT', 'VCALENDAR'])
  const [alarm, event, calendar] = parts
  expect(calendar!.props.get('VERSION')).toBe('2.0')
  expect(calendar!.props.get('PRODID')).toBeTruthy()
  expect(event!.props.get('DTSTART')).toBe('20260601T183000')
  expect(event!.props.get('RRULE')).toBe('FREQ=WEEKLY;COUNT=6')
  expect(event!.props.get('UID')).toMatch(/@massage-match$/)
  expect(event!.props.get('DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/)
  expect(event!.props.get('SUMMARY')).toBe('Swedish Massage session (Massage Match plan)')
  expect(event!.props.get('DESCRIPTION')).toContain('#/journal/check-in')
  expect(alarm!.props.get('TRIGGER')).toBe('-PT1H')
  expect(alarm!.props.get('ACTION')).toBe('DISPLAY')
})

test('a damaged journal is recovered with a notice, and the damaged copy can be downloaded', async ({
  page,
}) => {
  const good = serializeJournal(SAMPLE)
  // The last check-in cut off mid-way, as a full disk might leave it: not JSON at all.
  const damaged = good.slice(0, good.length - 40)
  await openWith(page, damaged)
  await expect(page.getByRole('status').filter({ hasText: "We couldn't read your journal" })).toBeVisible()
  const { text } = await downloaded(page, 'Download the damaged copy')
  expect(text).toBe(damaged)

  // Partly damaged: the readable check-ins stay.
  const record = JSON.parse(good) as { entries: unknown[] }
  record.entries.push({ id: 'bad', pain: 'lots' })
  await openWith(page, JSON.stringify(record))
  await expect(page.getByText("Part of your journal couldn't be read")).toBeVisible()
  expect(await painColumn(page)).toEqual(['4', '6', '7'])
})

test('a new warning sign at a check-in goes to the stop screen', async ({ page }) => {
  await openWith(page, SAMPLE)
  await press(page.getByRole('link', { name: 'Add a check-in' }))
  await expect(h1(page)).toHaveText('Any new warning signs?')
  await press(screeningBox(page, 'leg-weakness'))
  await press(button(page, 'Continue'))
  await expect(h1(page)).toHaveText(TITLES.stop)
  // The check-in was not saved as if nothing happened: the sign is recorded on its own, dated.
  const saved = (await savedJournal(page)) as Journal
  expect(saved.entries).toHaveLength(3)
  expect(saved.noted).toMatchObject([{ signs: ['leg-weakness'] }])
})

test('each 0-10 scale on the check-in names its ends under 0 and under 10', async ({ page }) => {
  await openWith(page, SAMPLE)
  // Opened straight at the check-in (as the calendar reminder's link does): the option rows' styles
  // (shared with the quiz, three-column anchors) load with the journal's, and the check-in's
  // two-column anchors, later in the page, must win.
  await page.goto('./#/journal/check-in')
  await page.reload()
  await expect(h1(page)).toHaveText('Any new warning signs?')
  await expect
    .poll(() => page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href ?? '').join(' ')))
    .toMatch(/options-.*journal-screens-/)
  await press(button(page, 'None of these'))
  await expect(h1(page)).toHaveText('Check-in')
  for (const name of [/pain been/, /enjoying life/, /daily activities/]) {
    const group = page.getByRole('group', { name })
    const zero = await group.getByRole('radio', { name: '0', exact: true }).locator('..').boundingBox()
    const ten = await group.getByRole('radio', { name: '10', exact: true }).locator('..').boundingBox()
    // Where each label's words start and end on the screen, whatever its box. (They are read as the
    // descriptions of 0 and 10, so the list they are drawn in is hidden from screen readers.)
    await expect(group.getByRole('radio', { name: '0', exact: true })).toHaveAccessibleDescription(
      /^(No pain|Not at all)$/,
    )
    const words = await group.locator('.tile-anchors li').evaluateAll((items) =>
      items.map((item) => {
        const range = document.createRange()
        range.selectNodeContents(item)
        const box = range.getBoundingClientRect()
        return { left: box.left, right: box.right }
      }),
    )
    expect(words).toHaveLength(2)
    expect(Math.abs(words[0]!.left - zero!.x)).toBeLessThan(4)
    expect(Math.abs(words[1]!.right - (ten!.x + ten!.width))).toBeLessThan(4)
  }
})

test('deleting everything takes two taps and leaves nothing behind', async ({ page }) => {
  await openWith(page, SAMPLE)
  await press(button(page, 'Delete everything'))
  await press(button(page, 'Yes, delete everything'))
  await expect(page.getByText('No check-ins yet')).toBeVisible()
  expect(await savedJournal(page)).toBeNull()
  expect(await journalKeys(page)).toEqual([])
  await page.goto('./')
  await expect(h1(page)).toHaveText(TITLES.start)
  await expect(page.getByRole('link', { name: 'Open your journal' })).toHaveCount(0)
})

test('the printed summary is dated and leaves out the buttons', async ({ page }) => {
  await openWith(page, SAMPLE)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByText(/^Massage Match journal, printed on /)).toBeVisible()
  await expect(page.getByRole('link', { name: 'Add a check-in' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Download a backup' })).toBeHidden()
  await expect(page.getByRole('table', { name: 'Your check-ins, newest first' })).toBeVisible()
})

/**
 * The widest rows the table has at normal text: the longest type names, a note, a 10, and days in
 * September, the longest month's name.
 */
const WIDE: Journal = {
  ...SAMPLE,
  entries: [
    ...SAMPLE.entries,
    {
      ...entry('2026-09-23', 'session', 10, 4),
      type: 'trigger-point',
      note: 'Sore the next day, then looser',
    },
    { ...entry('2026-09-30', 'session', 3, 5), type: 'myofascial-release' },
  ],
}

test('the journal fits a 320 px phone, also at 200% text @narrow', async ({ page }) => {
  await openWith(page, WIDE)
  expect(page.viewportSize()?.width).toBe(320)
  // The page is as wide as the phone (a wide table scrolls inside its own box).
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth)
  expect(await fits()).toBe(320)
  // At normal text size the table fits too, so every "Change" is in view without scrolling.
  const scroller = page.locator('.table-scroll')
  expect(await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
  const edges = await page
    .getByRole('link', { name: /^Change the check-in of / })
    .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().right))
  expect(edges).toHaveLength(5)
  const frame = (await scroller.boundingBox())!
  for (const right of edges) expect(right).toBeLessThanOrEqual(frame.x + frame.width)
  // Every column's header is whole and in the box, its words uncut.
  const headers = page.getByRole('columnheader')
  await expect(headers).toHaveText(['Date', 'Pain', '3-question score', 'What'])
  for (const header of await headers.all()) {
    const box = (await header.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(frame.x)
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width)
    expect(await header.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
  }
  // The score's header keeps "3-question" whole: two lines, not three.
  const headerLines = await headers.nth(2).evaluate((el) => {
    const range = document.createRange()
    range.selectNodeContents(el)
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
  })
  expect(headerLines).toBe(2)
  // No word sticks out of its cell (a long type name is the widest).
  const cut = await scroller.evaluate((el) =>
    [...el.querySelectorAll('td, th')].filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent),
  )
  expect(cut).toEqual([])
  // Short days keep the first column narrow.
  await expect(page.getByRole('rowheader').first()).toHaveText('30 Sept')
  await expect(page.getByRole('cell', { name: /Trigger Point Therapy/ })).toBeVisible()
  await expect(page.getByRole('cell', { name: /Myofascial Release/ })).toBeVisible()
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%'
  })
  expect(await fits()).toBe(320)
  // The table is then wider than the phone and scrolls sideways in its box; its title wraps to the
  // box and stays whole in view, before scrolling and after.
  const table = page.getByRole('table', { name: 'Your check-ins, newest first' })
  const captionInView = async () => {
    const [box, caption] = await Promise.all([scroller.boundingBox(), table.locator('caption').boundingBox()])
    // Half a pixel either way: the table's width is fractional, its scroll width whole.
    return caption!.x >= box!.x - 0.5 && caption!.x + caption!.width <= box!.x + box!.width + 0.5
  }
  expect((await table.boundingBox())!.width).toBeGreaterThan(320)
  expect(await captionInView()).toBe(true)
  await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }))
  expect(await captionInView()).toBe(true)
  await press(page.getByRole('link', { name: 'Add a check-in' }))
  await press(button(page, 'None of these'))
  await expect(h1(page)).toHaveText('Check-in')
  expect(await fits()).toBe(320)
})

test('the table says to slide it sideways only when it is wider than the phone @narrow', async ({ page }) => {
  await openWith(page, WIDE)
  const hint = page.getByText('Slide the table sideways to see more')
  const region = page.getByRole('region', { name: 'Your check-ins, newest first' })
  const table = page.getByRole('table', { name: 'Your check-ins, newest first' })
  // Normal text: nothing to slide, so no hint and no extra tab stop.
  await expect(table).toBeVisible()
  await expect(hint).toBeHidden()
  await expect(region).not.toHaveAttribute('tabindex')

  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%'
  })
  // 200% text: the hint shows under the title, and keys can scroll the box.
  await expect(hint).toBeVisible()
  const [title, shown] = await Promise.all([
    table.locator('caption').getByText('Your check-ins, newest first').boundingBox(),
    hint.boundingBox(),
  ])
  expect(shown!.y).toBeGreaterThanOrEqual(title!.y + title!.height)
  await expect(region).toHaveAttribute('tabindex', '0')
  await region.focus()
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)

  // Back to normal text: the hint goes again.
  await page.evaluate(() => {
    document.documentElement.style.fontSize = ''
  })
  await expect(hint).toBeHidden()
  await expect(region).not.toHaveAttribute('tabindex')
})

test('the journal, the check-in and the plan pass axe (WCAG 2.2 AA), light and dark', async ({ page }) => {
  const audit = async (label: string) => {
    const found: string[] = []
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      found.push(
        ...violations.map(
          (v) => `${label} (${colorScheme}): ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      )
    }
    return found
  }
  await openWith(page, SAMPLE)
  const problems = await audit('Journal')
  await press(page.getByRole('link', { name: 'Add a check-in' }))
  await expect(h1(page)).toHaveText('Any new warning signs?')
  problems.push(...(await audit('Warning signs')))
  await press(button(page, 'None of these'))
  await expect(h1(page)).toHaveText('Check-in')
  await press(page.getByRole('radio', { name: 'After a session' }))
  problems.push(...(await audit('Check-in')))
  await page.goto('./#/journal/plan')
  await expect(h1(page)).toHaveText('Your 6-week plan')
  problems.push(...(await audit('Plan')))
  expect(problems).toEqual([])
})
