// The cross-engine scenarios, written once and run in each engine (firefox.engine-test.mjs,
// webkit.engine-test.mjs; not *.test.mjs, which Playwright, whose testDir is e2e/, would load too).
// They use only what a person sees: headings, labels, buttons, links. Each test starts its own server
// and browser (a fresh profile) and stops them in its after hooks, also when it fails.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { serveDist } from '../../scripts/serve-dist.mjs'
import { CHRONIC_FIRM } from '../../scripts/saved-answers.mjs'
import { MASSAGE_NAMES, QUESTIONS, advise } from '../../src/engine/index.ts'
import { pegScore, serializeJournal } from '../../src/features/journal/journal-data.ts'
import { loadStored } from '../../src/features/journal/journal-storage.ts'
import { checkIn } from '../../src/features/journal/test-entries.ts'
import { TestStorage } from '../../src/features/journal/test-storage.ts'
import { JOURNAL_KEY } from '../../src/state/journal-key.ts'
import { paths } from '../../src/shared/paths.ts'
import { toShareHash } from '../../src/share/link.ts'
import { answerSet } from '../../src/test/answer-sets.ts'
import {
  afterFrames,
  checkedNames,
  controlledByServiceWorker,
  headingText,
  journalTable,
  layoutReport,
  namedSvgImages,
  pageHasText,
  scrollJournalTableToEnd,
  setTextSize,
  waitFor,
} from './page.mjs'

/** The built app to serve: dist/ from `npm run build`, or ENGINES_DIST. */
const DIST = process.env.ENGINES_DIST ?? 'dist'

const TITLES = {
  start: 'Find the massage that suits your back',
  check: 'First, a quick safety check',
  checkConditions: 'Safety check: health conditions',
  linkProblem: "This link can't be opened",
  journal: 'Your journal',
  warningSigns: 'Any new warning signs?',
  checkIn: 'Check-in',
}

const ANSWERS = answerSet({ ...CHRONIC_FIRM, severity: 7 })
const TOP_NAME = MASSAGE_NAMES[advise(ANSWERS, []).picks[0].type]

/** A gap this large under a fieldset's content is the WebKit flex bug, not spacing. */
const MAX_FIELDSET_GAP = 8

/**
 * A saved journal with the table's widest rows at normal text: the longest type names, a note, a 10,
 * days in September (the longest month). In 2025, so a check-in added today is always the newest,
 * and once it is there the days show their years, the date column at its widest.
 */
const SAVED_JOURNAL = {
  plan: { type: 'swedish', next: ['myofascial-release'], start: '2025-06-02', time: '18:30', weeks: 6 },
  entries: [
    checkIn('2025-06-02', 'before', 7),
    checkIn('2025-06-09', 'session', 6, { note: 'Felt looser, "better" sleep' }),
    checkIn('2025-09-23', 'session', 10, { type: 'trigger-point', note: 'Sore the next day, then looser' }),
    checkIn('2025-09-30', 'session', 3, { type: 'myofascial-release' }),
  ],
  noted: [],
}

/** The check-in the scenario adds through the form. */
const NEW_CHECK_IN = {
  pain: 2,
  enjoyment: 3,
  activity: 4,
  type: 'trigger-point',
  pressure: { value: 'firm', label: 'Firm' },
  feeling: { value: 'sore', label: 'Sore afterwards' },
}

/** The start of the chart's name for these check-ins (oldest first): it says the first and last pain. */
function chartName(entries) {
  return `Chart: Pain from ${entries[0].pain} to ${entries.at(-1).pain},`
}

/** The label a person clicks for an answer (severity: the number on its tile). */
function optionLabel(question, value) {
  if (question.kind === 'scale') return String(value)
  return question.options.find((option) => option.value === value).label
}

async function expectHeading(driver, expected, { contains = false } = {}) {
  const matches = (text) => (contains ? text?.includes(expected) : text === expected)
  await waitFor(async () => matches(await driver.evaluate(headingText)), {
    message: `the heading ${contains ? 'to contain' : 'to be'} "${expected}" (now "${await driver.evaluate(headingText).catch(() => '?')}")`,
  })
}

async function expectNoScriptErrors(driver) {
  assert.deepEqual(await driver.errors(), [], 'script errors were recorded')
}

/** A served dist/ and a new browser for one test, both stopped after it. */
async function setUp(t, launch) {
  const server = await serveDist({ root: DIST, base: '/massage-match/', port: 0 })
  t.after(() => server.close())
  const driver = await launch()
  t.after(() => driver.close())
  return { server, driver, url: server.url }
}

/** Start page → Start → safety check → "None of these" on both its pages → question 1. */
async function openFirstQuestion(driver, url, onScreen = async () => {}) {
  await driver.goto(url)
  await expectHeading(driver, TITLES.start)
  await onScreen()
  await driver.click('Start')
  await expectHeading(driver, TITLES.check)
  await onScreen()
  await driver.click('None of these')
  await expectHeading(driver, TITLES.checkConditions)
  await onScreen()
  await driver.click('None of these')
}

/** Answers question n by clicks and waits for the next screen. */
async function answer(driver, n) {
  const question = QUESTIONS[n - 1]
  await expectHeading(driver, question.prompt)
  const label = optionLabel(question, ANSWERS[question.id])
  await driver.click(label)
  // A choice moves on by itself, the pain scale too.
  await waitFor(async () => (await driver.evaluate(headingText)) !== question.prompt, {
    message: `question ${n} to move on`,
  })
}

export function scenarios(engine, launch) {
  const options = { timeout: 120_000 }

  test(`${engine}: the whole quiz by clicks, from the start page to a result`, options, async (t) => {
    const { driver, url } = await setUp(t, launch)
    await openFirstQuestion(driver, url)
    for (let n = 1; n <= QUESTIONS.length; n++) await answer(driver, n)
    await expectHeading(driver, TOP_NAME, { contains: true })
    const hash = await driver.evaluate(() => location.hash)
    assert.equal(hash, `#${paths.result()}`, 'the own result is at its own address, which carries no answers')
    // That address on a phone with nothing saved (what a browser's own Share would send) shows no result.
    await driver.evaluate(() => localStorage.clear())
    await driver.reload()
    await expectHeading(driver, 'No result on this phone yet')
    assert.equal(await driver.evaluate(pageHasText, TOP_NAME), false, 'no pick is shown')
    await expectNoScriptErrors(driver)
  })

  test(`${engine}: a shared link opened in a fresh profile shows the same result`, options, async (t) => {
    const { driver, url } = await setUp(t, launch)
    await driver.goto(url + toShareHash(ANSWERS))
    await expectHeading(driver, TOP_NAME, { contains: true })
    await waitFor(() => driver.evaluate(pageHasText, 'This is a shared result'), {
      message: 'the text "This is a shared result"',
    })
    await expectNoScriptErrors(driver)
  })

  test(`${engine}: a damaged link says it can't be opened`, options, async (t) => {
    const { driver, url } = await setUp(t, launch)
    const good = toShareHash(ANSWERS)
    // One changed character: the check character catches it.
    const damaged = good.slice(0, -1) + (good.endsWith('0') ? '1' : '0')
    await driver.goto(url + damaged)
    await expectHeading(driver, TITLES.linkProblem)
    await waitFor(() => driver.evaluate(pageHasText, 'Take the quiz'), { message: 'button "Take the quiz"' })
    assert.equal(await driver.evaluate(pageHasText, TOP_NAME), false, 'no result is shown')
    await expectNoScriptErrors(driver)
  })

  test(`${engine}: a reload mid-quiz keeps the screen and the answers`, options, async (t) => {
    const { driver, url } = await setUp(t, launch)
    await openFirstQuestion(driver, url)
    await answer(driver, 1)
    await answer(driver, 2)
    await expectHeading(driver, QUESTIONS[2].prompt)
    await driver.reload()
    await expectHeading(driver, QUESTIONS[2].prompt)
    await driver.click('Back')
    await expectHeading(driver, QUESTIONS[1].prompt)
    assert.deepEqual(await driver.evaluate(checkedNames), [optionLabel(QUESTIONS[1], ANSWERS.duration)])
    await driver.click('Back')
    await expectHeading(driver, QUESTIONS[0].prompt)
    assert.deepEqual(await driver.evaluate(checkedNames), [String(ANSWERS.severity)])
    await expectNoScriptErrors(driver)
  })

  test(`${engine}: after one visit, the app works with the server gone`, options, async (t) => {
    const { driver, server, url } = await setUp(t, launch)
    await driver.goto(url)
    await expectHeading(driver, TITLES.start)
    await waitFor(() => driver.evaluate(controlledByServiceWorker), {
      timeout: 30_000,
      message: 'a service worker to control the page',
    })
    await server.close()
    await assert.rejects(fetch(url), 'the server still answers')
    await driver.reload()
    await expectHeading(driver, TITLES.start)
    // The app's own code comes from the service worker's cache too.
    await driver.click('Start')
    await expectHeading(driver, TITLES.check)
    await driver.click('None of these')
    await expectHeading(driver, TITLES.checkConditions)
    await driver.click('None of these')
    await expectHeading(driver, QUESTIONS[0].prompt)
    await expectNoScriptErrors(driver)
  })

  test(
    `${engine}: every screen fits 390 px and no fieldset leaves a gap under its content`,
    options,
    async (t) => {
      const { driver, url } = await setUp(t, launch)
      const problems = []
      const inspect = async () => {
        const screen = await driver.evaluate(headingText)
        const report = await driver.evaluate(layoutReport)
        assert.equal(report.width, 390, 'the window is 390 px wide')
        if (report.overflow > 0) problems.push(`${screen}: ${report.overflow} px wider than the window`)
        for (const { legend, gap } of report.fieldsetGaps) {
          if (Math.abs(gap) >= MAX_FIELDSET_GAP)
            problems.push(`${screen}: ${gap} px gap under fieldset "${legend}"`)
        }
      }
      await openFirstQuestion(driver, url, inspect)
      for (let n = 1; n <= QUESTIONS.length; n++) {
        await expectHeading(driver, QUESTIONS[n - 1].prompt)
        await inspect()
        await answer(driver, n)
      }
      await expectHeading(driver, TOP_NAME, { contains: true })
      await inspect()
      assert.deepEqual(problems, [], 'layout problems')
      await expectNoScriptErrors(driver)
    },
  )

  test(
    `${engine}: the journal with saved check-ins fits 390 px, and a check-in through the form adds its row`,
    options,
    async (t) => {
      const { driver, url } = await setUp(t, launch)
      const saved = SAVED_JOURNAL.entries
      // A phone that has used the journal: the check-ins are in storage, and opening the app reads them.
      await driver.goto(url + '#/journal')
      await expectHeading(driver, TITLES.journal)
      await driver.evaluate(
        (key, text) => localStorage.setItem(key, text),
        JOURNAL_KEY,
        serializeJournal(SAVED_JOURNAL),
      )
      await driver.reload()
      await expectHeading(driver, TITLES.journal)
      const tableWithRows = (n) =>
        waitFor(
          async () => {
            const table = await driver.evaluate(journalTable)
            return table?.rows.length === n && table
          },
          { message: `the check-ins table with ${n} rows` },
        )
      await tableWithRows(saved.length)
      // The hint starts hidden and a ResizeObserver decides it a frame later: let it, before reading it.
      await driver.evaluate(afterFrames, 3)
      const table = await driver.evaluate(journalTable)
      assert.deepEqual(
        table.rows.map((row) => row.day),
        saved.map((entry) => entry.date).reverse(),
        'the saved check-ins, newest first',
      )

      // Normal text: the page fits the phone, and the table fits its box, so nothing needs sliding.
      const layout = await driver.evaluate(layoutReport)
      assert.equal(layout.width, 390, 'the window is 390 px wide')
      assert.equal(layout.overflow, 0, 'the page is no wider than the window')
      assert.ok(
        table.box.left >= 0 && table.box.right <= layout.width,
        `the table's box lies inside the window (${table.box.left} to ${table.box.right} px)`,
      )
      assert.ok(
        table.box.content <= table.box.width,
        `the table fits its box (${table.box.content} px of content in ${table.box.width} px)`,
      )
      assert.equal(table.hintShown, false, 'no "Slide the table sideways to see more" at normal text')
      assert.equal(table.tabStop, null, 'the box is no tab stop when there is nothing to slide')
      const charts = await driver.evaluate(namedSvgImages)
      assert.equal(charts.length, 1, 'one chart with a name')
      assert.ok(charts[0].name.startsWith(chartName(saved)), `the chart's name: "${charts[0].name}"`)
      assert.ok(charts[0].right <= layout.width, 'the chart lies inside the window')

      // 200% text: the table is wider than the phone and slides in its box, its title kept whole and
      // in view by the caption's sticky position and its 100cqi width.
      await driver.evaluate(setTextSize, '200%')
      const large = await waitFor(
        async () => {
          const report = await driver.evaluate(journalTable)
          return report?.hintShown && report
        },
        { message: 'the hint "Slide the table sideways to see more" at 200% text' },
      )
      assert.ok(large.box.content > large.box.width, 'at 200% text the table is wider than its box')
      assert.equal(large.tabStop, '0', 'the box is a tab stop, so keys can slide it')
      assert.equal(
        (await driver.evaluate(layoutReport)).overflow,
        0,
        'the page is still no wider than the window',
      )
      assert.ok(large.captionInBox, "the table's title lies inside its box")
      assert.ok((await driver.evaluate(scrollJournalTableToEnd)) > 0, 'the box slides sideways')
      await driver.evaluate(afterFrames, 3)
      assert.ok(
        (await driver.evaluate(journalTable)).captionInBox,
        "the table's title stays inside its box once slid to the end",
      )
      await driver.evaluate(setTextSize, '')
      await waitFor(async () => (await driver.evaluate(journalTable))?.hintShown === false, {
        message: 'the hint to go again at normal text',
      })

      // A check-in through its screens: no new warning signs, then every answer of a session.
      await driver.click('Add a check-in')
      await expectHeading(driver, TITLES.warningSigns)
      await driver.click('None of these')
      await expectHeading(driver, TITLES.checkIn)
      const added = NEW_CHECK_IN
      await driver.click('After a session')
      for (const key of ['pain', 'enjoyment', 'activity']) {
        // Three 0-10 scales on one screen: each number by its group's radio.
        await driver.click(`css=input[name="${key}"][value="${added[key]}"]`)
      }
      await driver.click(MASSAGE_NAMES[added.type])
      await driver.click(added.pressure.label)
      await driver.click(added.feeling.label)
      const picked = [
        'After a session',
        String(added.pain),
        String(added.enjoyment),
        String(added.activity),
        MASSAGE_NAMES[added.type],
        added.pressure.label,
        added.feeling.label,
      ]
      // A click checks its radio as it returns (the browser's default action), as in the reload test.
      assert.deepEqual(await driver.evaluate(checkedNames), picked, 'the answers picked')
      const day = await driver.evaluate(() => document.querySelector('input[type=date]').value)
      assert.match(day, /^\d{4}-\d{2}-\d{2}$/, 'the form has a date')
      await driver.click('Save')
      await expectHeading(driver, TITLES.journal)

      // The new check-in is the table's first row, with the form's date and answers.
      const after = await tableWithRows(saved.length + 1)
      const [date, pain, score, what] = after.rows[0].cells
      assert.equal(after.rows[0].day, day, `the newest row is the new check-in (${date})`)
      assert.equal(pain, String(added.pain))
      assert.equal(score, String(pegScore(added)))
      assert.ok(what.startsWith(`After a session: ${MASSAGE_NAMES[added.type]}`), `its "What": "${what}"`)
      // The table leaves out the pressure and the feeling: the saved journal has them.
      // Read in Node from a copy of the page's storage, as the journal's own code reads it.
      const copy = new TestStorage()
      for (const [key, value] of await driver.evaluate(() => Object.entries(localStorage)))
        copy.setItem(key, value)
      const newest = loadStored(copy).journal.entries.at(-1)
      assert.deepEqual(
        [
          newest.kind,
          newest.pain,
          newest.enjoyment,
          newest.activity,
          newest.type,
          newest.pressure,
          newest.feeling,
        ],
        [
          'session',
          added.pain,
          added.enjoyment,
          added.activity,
          added.type,
          added.pressure.value,
          added.feeling.value,
        ],
        'the saved check-in',
      )
      const [chart] = await driver.evaluate(namedSvgImages)
      assert.ok(chart?.name.startsWith(chartName([...saved, added])), `the chart's name: "${chart?.name}"`)
      await driver.evaluate(afterFrames, 3)
      const final = await driver.evaluate(journalTable)
      assert.equal((await driver.evaluate(layoutReport)).overflow, 0, 'the page still fits the window')
      assert.ok(final.box.content <= final.box.width, 'the table with the new row still fits its box')
      assert.equal(final.hintShown, false)
      await expectNoScriptErrors(driver)
    },
  )
}
