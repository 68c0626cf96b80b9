import { matchRoutes } from 'react-router-dom'
import { expect, test } from 'vitest'
import { SHARE_ROUTE, toShareHash, toShareHashAvoiding } from '../share/link'
import { allAnswerSets } from '../test/answer-sets'
import { paths } from '../shared/paths'
import { hashPath, isStartHash, matchesPattern, routeForHash, ROUTES, type RouteName } from './route-table'

const NAMES = Object.keys(ROUTES) as RouteName[]
const code = toShareHash(allAnswerSets()[0]!)

test("a fragment's router path drops the '#', a query and a second '#'", () => {
  expect(hashPath('')).toBe('/')
  expect(hashPath('#')).toBe('/')
  expect(hashPath('#/')).toBe('/')
  expect(hashPath('#/q/2?utm_source=x')).toBe('/q/2')
  expect(hashPath('#/r/16cnma11r#more')).toBe('/r/16cnma11r')
})

test('every address opens the route whose screen it names', () => {
  const cases: [string, RouteName][] = [
    ['', 'start'],
    ['#', 'start'],
    [`#${paths.start()}`, 'start'],
    ['#/?utm_source=x', 'start'],
    [`#${paths.check()}`, 'check'],
    ['#/check/', 'check'],
    [`#${paths.check(2)}`, 'check'],
    ['#/check/2/', 'check'],
    ['#/check/2/x', 'notFound'],
    [`#${paths.stop()}`, 'stop'],
    [`#${paths.question(1)}`, 'question'],
    [`#${paths.question(7)}`, 'question'],
    [`#${paths.noMassage()}`, 'noMassage'],
    [`#${paths.result()}`, 'result'],
    ['#/result/', 'result'],
    ['#/RESULT', 'result'],
    ['#/result/x', 'notFound'],
    [code, 'shared'],
    [toShareHashAvoiding(allAnswerSets()[0]!, ['deep-tissue']), 'shared'],
    // A link cut off after '#/r/' gets the link problem screen, which the shared result screen shows.
    ['#/r/', 'shared'],
    [`#${paths.card()}`, 'card'],
    [`#${paths.journal()}`, 'journal'],
    [`#${paths.plan()}`, 'plan'],
    [`#${paths.checkIn()}`, 'checkIn'],
    [`#${paths.checkIn('abc-1')}`, 'checkIn'],
    ['#/journal/other', 'notFound'],
    ['#/journal/check-in/abc-1/more', 'notFound'],
    ['#/nowhere', 'notFound'],
    ['#/q/1/extra', 'notFound'],
    ['#/q', 'notFound'],
  ]
  for (const [hash, name] of cases) expect(routeForHash(hash), hash).toBe(name)
})

test("the table's matching agrees with react-router's over many paths", () => {
  const routes = NAMES.map((name) => ({ path: ROUTES[name].pattern, id: name }))
  const paths = [
    '/',
    '//',
    '/check',
    '/CHECK',
    '/check/',
    '/check/x',
    '/check/2',
    '/check/2/',
    '/check/2/3',
    '/journal',
    '/journal/plan',
    '/journal/check-in/x',
    '/journal/a/b/c',
    '/stop',
    '/q',
    '/q/',
    '/q/1',
    '/q/abc',
    '/q/1/2',
    '/r',
    '/r/',
    '/r/16cnma11r',
    '/r/a/b',
    '/result',
    '/result/',
    '/result/x',
    '/results',
    '/no-massage',
    '/card',
    '/cards',
    '/nowhere',
    '/a/b/c',
    '/%63heck',
  ]
  for (const path of paths) {
    const theirs = matchRoutes(routes, path)?.[0]?.route.id
    expect(routeForHash(`#${path}`), path).toBe(theirs)
  }
})

test('only the start page comes without a screen chunk; the quiz is start, check, questions and stop', () => {
  for (const name of NAMES) {
    expect(ROUTES[name].screen === null, name).toBe(name === 'start')
    expect(ROUTES[name].quiz, name).toBe(['start', 'check', 'question', 'stop'].includes(name))
  }
})

test('the shared result route is the share link route; the own result has its own address', () => {
  expect(ROUTES.shared.pattern).toBe(`${SHARE_ROUTE}:code?`)
  expect(matchesPattern(ROUTES.shared.pattern, hashPath(code))).toBe(true)
  expect(ROUTES.result.pattern).toBe(paths.result())
  expect(matchesPattern(ROUTES.result.pattern, hashPath(code))).toBe(false)
  expect(matchesPattern(ROUTES.shared.pattern, paths.result())).toBe(false)
})

test('the start page is the start route and nothing else', () => {
  for (const hash of ['', '#', '#/', '#//', '#/?x=1']) expect(isStartHash(hash), hash).toBe(true)
  for (const hash of ['#/check', '#/r/', '#x', '#/q/1']) expect(isStartHash(hash), hash).toBe(false)
})

test('every screen chunk loads its screen component', async () => {
  for (const name of NAMES) {
    const screen = await ROUTES[name].screen?.()
    if (name !== 'start') expect(typeof screen, name).toBe('function')
  }
})
