// @vitest-environment node
import { expect, test } from 'vitest'
import { answerSet, type FixtureAnswers } from '../test/answer-sets'
import { typical } from '../test/people'
import { advise } from './advise'
import { DEEP_PRESSURE_TYPES, MASSAGE_TYPES, ON_BACK_TYPES } from './catalog'
import { painReliefAdvice, pressureToAsk, type PressureToAsk } from './pressure'
import { PLAIN_NAMES } from './rules'
import type { Level, MassageType, PickBasis, ScreeningItem } from './types'

/**
 * Realistic people, as a physiotherapist would meet them: their answers and safety check, the
 * outcome they must get, the first picks a careful clinician would accept, and what must never be
 * offered to them (not a pick at all), or never suggested (not a pick with points above zero).
 * A type that must not be offered is never named in the picks' reasons either.
 */
interface Persona {
  who: string
  answers: FixtureAnswers
  items: ScreeningItem[]
  level: Level
  /** The acceptable first picks; [] when nothing may be offered. */
  first: MassageType[]
  basis: PickBasis['kind']
  neverOffered?: readonly MassageType[]
  neverSuggested?: readonly MassageType[]
  pressure: PressureToAsk
  painRelief?: boolean
}

const DEEP = DEEP_PRESSURE_TYPES
const BACK = ON_BACK_TYPES
const ALL = MASSAGE_TYPES

const personas: Persona[] = [
  {
    who: 'an office worker, 4/10 for two weeks, achy knots, worse under stress',
    answers: { ...typical, knots: 'achy', stress: true },
    items: [],
    level: 'clear',
    first: ['swedish', 'deep-tissue'],
    basis: 'match',
    pressure: 'medium',
  },
  {
    who: 'a runner, 6/10 for a week, spots that hurt sharply when pressed',
    answers: { ...typical, severity: 6, knots: 'sharp' },
    items: [],
    level: 'clear',
    first: ['trigger-point'],
    basis: 'match',
    pressure: 'medium',
  },
  {
    who: 'a gardener, 5/10 for months, stiff, likes firm pressure',
    answers: { ...typical, severity: 5, duration: 'chronic', pressure: 'firm', stiffness: true },
    items: [],
    level: 'clear',
    first: ['myofascial-release', 'deep-tissue'],
    basis: 'match',
    pressure: 'firm',
  },
  {
    who: 'a warehouse worker, 9/10 sciatica below the knee, likes firm pressure',
    answers: { ...typical, severity: 9, duration: 'subacute', radiation: 'below-knee', pressure: 'firm' },
    items: [],
    level: 'clear',
    first: ['swedish', 'myofascial-release'],
    basis: 'match',
    neverSuggested: [...DEEP, 'reflexology'],
    pressure: 'light',
    painRelief: true,
  },
  {
    who: 'a woman of 70 with osteoporosis, 5/10 for months, achy knots, likes firm pressure',
    answers: { ...typical, severity: 5, duration: 'chronic', pressure: 'firm', knots: 'achy' },
    items: ['osteoporosis'],
    level: 'caution',
    first: ['swedish', 'myofascial-release'],
    basis: 'next-best',
    neverOffered: DEEP,
    pressure: 'light',
  },
  {
    who: 'a man on warfarin, 3/10, likes light pressure',
    answers: { ...typical, severity: 3, pressure: 'light' },
    items: ['bleeding-disorder'],
    level: 'caution',
    first: ['swedish'],
    basis: 'match',
    neverOffered: DEEP,
    pressure: 'light',
  },
  {
    who: 'a pregnant woman, 5/10 for two months, worse under stress',
    answers: { ...typical, severity: 5, duration: 'subacute', stress: true },
    items: ['pregnancy'],
    level: 'doctor-first',
    first: ['swedish'],
    basis: 'match',
    neverOffered: DEEP,
    pressure: 'light',
  },
  {
    who: 'a man treated for prostate cancer, 6/10 for months, achy knots, likes firm pressure',
    answers: { ...typical, severity: 6, duration: 'chronic', pressure: 'firm', knots: 'achy' },
    items: ['cancer-history'],
    level: 'doctor-first',
    first: ['swedish', 'myofascial-release'],
    basis: 'next-best',
    neverOffered: DEEP,
    pressure: 'light',
  },
  {
    who: 'someone losing weight without trying, 4/10, stiff',
    answers: { ...typical, stiffness: true },
    items: ['weight-loss'],
    level: 'doctor-first',
    first: ['myofascial-release'],
    basis: 'match',
    neverOffered: DEEP,
    pressure: 'light',
  },
  {
    who: 'someone with a fever and back pain',
    answers: typical,
    items: ['fever'],
    level: 'doctor-first',
    first: [],
    basis: 'none',
    neverOffered: ALL,
    pressure: 'none',
  },
  {
    who: 'someone with a swollen, painful calf (a suspected clot)',
    answers: { ...typical, pressure: 'firm' },
    items: ['blood-clot'],
    level: 'doctor-first',
    first: [],
    basis: 'none',
    neverOffered: ALL,
    pressure: 'none',
  },
  {
    who: 'someone who has new trouble peeing since the pain began',
    answers: { ...typical, severity: 7, radiation: 'below-knee' },
    items: ['bladder-bowel-change'],
    level: 'urgent',
    first: [],
    basis: 'none',
    neverOffered: ALL,
    pressure: 'none',
  },
  {
    who: 'someone whose legs are both weak and numb, who likes firm pressure',
    answers: { ...typical, pressure: 'firm' },
    items: ['leg-weakness'],
    level: 'urgent',
    first: [],
    basis: 'none',
    neverOffered: ALL,
    pressure: 'none',
  },
  {
    who: 'someone with a rash on the back, 5/10, achy knots, likes firm pressure',
    answers: { ...typical, severity: 5, pressure: 'firm', knots: 'achy' },
    items: ['skin-condition'],
    level: 'caution',
    first: ['reflexology'],
    basis: 'what-is-left',
    neverOffered: BACK,
    pressure: 'no-back',
  },
  {
    who: 'a driver hurt in a car crash last week, 7/10',
    answers: { ...typical, severity: 7 },
    items: ['recent-trauma'],
    level: 'doctor-first',
    first: [],
    basis: 'none',
    neverOffered: ALL,
    pressure: 'none',
  },
  {
    who: 'someone three months after back surgery, who would rather not have the back touched',
    answers: { ...typical, pressure: 'no-back' },
    items: ['recent-surgery'],
    level: 'doctor-first',
    first: ['reflexology'],
    basis: 'match',
    neverOffered: BACK,
    pressure: 'no-back',
  },
  {
    who: 'someone who would rather not have the back touched, 6/10 for months, stressed',
    answers: { ...typical, severity: 6, duration: 'chronic', pressure: 'no-back', stress: true },
    items: [],
    level: 'clear',
    first: ['reflexology'],
    basis: 'match',
    neverSuggested: BACK,
    pressure: 'no-back',
  },
  {
    who: 'someone with no pain today who wants to relax, light pressure',
    answers: { ...typical, severity: 0, pressure: 'light' },
    items: [],
    level: 'clear',
    first: ['swedish'],
    basis: 'match',
    neverSuggested: DEEP,
    pressure: 'light',
  },
  {
    who: 'a builder, 7/10 for months, sharp knots, pain into the buttock, likes firm pressure',
    answers: {
      ...typical,
      severity: 7,
      duration: 'chronic',
      radiation: 'buttock-thigh',
      pressure: 'firm',
      knots: 'sharp',
    },
    items: [],
    level: 'clear',
    first: ['trigger-point'],
    basis: 'match',
    pressure: 'firm',
  },
  {
    who: 'someone at 8/10, stiff for months, likes light pressure',
    answers: { ...typical, severity: 8, duration: 'chronic', pressure: 'light', stiffness: true },
    items: [],
    level: 'clear',
    first: ['myofascial-release', 'swedish'],
    basis: 'match',
    neverSuggested: DEEP,
    pressure: 'light',
    painRelief: true,
  },
  {
    who: 'someone with fragile bones at 9/10 with sciatica, likes firm pressure',
    answers: { ...typical, severity: 9, radiation: 'buttock-thigh', pressure: 'firm' },
    items: ['osteoporosis'],
    level: 'caution',
    first: ['swedish', 'myofascial-release'],
    basis: 'match',
    neverOffered: DEEP,
    pressure: 'light',
    painRelief: true,
  },
  {
    who: 'a pregnant woman at 7/10 who likes firm pressure and answered nothing else',
    answers: { ...typical, severity: 7, duration: 'subacute', pressure: 'firm' },
    items: ['pregnancy'],
    level: 'doctor-first',
    first: ['swedish', 'myofascial-release'],
    basis: 'what-is-left',
    neverOffered: DEEP,
    pressure: 'light',
  },
]

test.each(personas)('$who', (p) => {
  const answers = answerSet(p.answers)
  const advice = advise(answers, p.items)
  const picks = advice.picks.map((x) => x.type)
  expect(advice.level).toBe(p.level)
  if (p.first.length === 0) expect(picks).toEqual([])
  else expect(p.first).toContain(picks[0])
  expect(advice.basis.kind).toBe(p.basis)
  for (const type of p.neverOffered ?? []) expect(picks).not.toContain(type)
  for (const type of p.neverSuggested ?? []) {
    expect(advice.picks.find((x) => x.type === type)?.score ?? 0).toBeLessThanOrEqual(0)
  }
  // A type that must not be offered is never named in a reason of what is offered.
  const said = advice.picks
    .flatMap((x) => x.reasons)
    .join(' ')
    .toLowerCase()
  for (const type of p.neverOffered ?? []) expect(said).not.toContain(PLAIN_NAMES[type].toLowerCase())
  // Every reason of every pick names its own type, so none is borrowed from another.
  for (const pick of advice.picks) {
    for (const reason of pick.reasons)
      expect(reason.toLowerCase()).toContain(PLAIN_NAMES[pick.type].toLowerCase())
  }
  expect(pressureToAsk(answers, advice).pressure).toBe(p.pressure)
  expect(painReliefAdvice(answers) !== null).toBe(p.painRelief ?? false)
})

test('the table covers every outcome, every pick basis and every first pick', () => {
  expect(new Set(personas.map((p) => p.level))).toEqual(
    new Set(['clear', 'caution', 'doctor-first', 'urgent']),
  )
  expect(new Set(personas.map((p) => p.basis))).toEqual(
    new Set(['match', 'next-best', 'what-is-left', 'none']),
  )
  expect(new Set(personas.flatMap((p) => p.first))).toEqual(new Set(MASSAGE_TYPES))
})
