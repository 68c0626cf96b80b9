// The cross-engine scenarios, written once and run in each engine (firefox.engine-test.mjs,
// webkit.engine-test.mjs; not *.test.mjs, which Playwright, whose testDir is e2e/, would load too).
// They use only what a person sees: headings, labels, buttons, links. Each test starts its own server
// and browser (a fresh profile) and stops them in its after hooks, also when it fails.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { serveDist } from '../../scripts/serve-dist.mjs'
import { CHRONIC_FIRM } from '../../scripts/saved-answers.mjs'
import { MASSAGE_NAMES, QUESTIONS, advise } from '../../src/engine/index.ts'
import { toShareHash } from '../../src/share/link.ts'
import { answerSet } from '../../src/test/answer-sets.ts'
import {
  checkedNames,
  controlledByServiceWorker,
  headingText,
  layoutReport,
  pageHasText,
  waitFor,
} from './page.mjs'

/** The built app to serve: dist/ from `npm run build`, or ENGINES_DIST. */
const DIST = process.env.ENGINES_DIST ?? 'dist'

const TITLES = {
  start: 'Find the massage that suits your back',
  check: 'First, a quick safety check',
  checkConditions: 'Safety check: health conditions',
  linkProblem: "This link can't be opened",
}

const ANSWERS = answerSet({ ...CHRONIC_FIRM, severity: 7 })
const TOP_NAME = MASSAGE_NAMES[advise(ANSWERS, []).picks[0].type]

/** A gap this large under a fieldset's content is the WebKit flex bug, not spacing. */
const MAX_FIELDSET_GAP = 8

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
    assert.equal(hash, toShareHash(ANSWERS), 'the result is at its share link')
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
}
