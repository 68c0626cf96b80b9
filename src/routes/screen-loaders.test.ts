import { expect, test } from 'vitest'
import { toShareHash } from '../share/link'
import { allAnswerSets } from '../test/answer-sets'

const ANSWER_SETS = allAnswerSets()
import { paths, patterns } from './paths'
import {
  hashPath,
  loadCard,
  loadCheck,
  loaderForHash,
  loadNotFound,
  loadQuestion,
  loadResult,
  loadStop,
  opensQuiz,
} from './screen-loaders'

test("a fragment's router path drops the '#', a query and a second '#'", () => {
  expect(hashPath('')).toBe('/')
  expect(hashPath('#')).toBe('/')
  expect(hashPath('#/')).toBe('/')
  expect(hashPath('#/q/2?utm_source=x')).toBe('/q/2')
  expect(hashPath('#/r/16cnma11r#more')).toBe('/r/16cnma11r')
})

test('every route opens its own screen chunk; the start page needs none', () => {
  const code = toShareHash(ANSWER_SETS[0]!)
  const cases: [string, (() => Promise<unknown>) | null][] = [
    [`#${paths.start()}`, null],
    ['', null],
    [`#${paths.check()}`, loadCheck],
    [`#${paths.stop()}`, loadStop],
    [`#${paths.question(1)}`, loadQuestion],
    [`#${paths.question(7)}`, loadQuestion],
    [code, loadResult],
    // A link cut off after '#/r/' gets the link problem screen, which the result screen shows.
    ['#/r/', loadResult],
    [`#${paths.card()}`, loadCard],
    ['#/nowhere', loadNotFound],
    ['#/q/1/extra', loadNotFound],
  ]
  for (const [hash, loader] of cases) expect(loaderForHash(hash), hash).toBe(loader)
})

test('the loaders cover every route pattern of the router', () => {
  // One example path per pattern; a new pattern without one fails here.
  const examples: Record<keyof typeof patterns, string> = {
    start: '/',
    check: '/check',
    stop: '/stop',
    question: '/q/4',
    result: toShareHash(ANSWER_SETS[1]!).slice(1),
    card: '/card',
  }
  expect(Object.keys(examples).sort()).toEqual(Object.keys(patterns).sort())
  for (const [name, path] of Object.entries(examples)) {
    expect(loaderForHash(`#${path}`) === null, name).toBe(name === 'start')
    expect(loaderForHash(`#${path}`), name).not.toBe(loadNotFound)
  }
})

test('the quiz is the start page, the safety check, a question and the stop; not a result', () => {
  for (const hash of ['', '#/', '#/check', '#/q/2', '#/stop']) expect(opensQuiz(hash), hash).toBe(true)
  for (const hash of ['#/r/16cnma11r', '#/card', '#/nowhere']) expect(opensQuiz(hash), hash).toBe(false)
})
