// @vitest-environment node
// One truth about the person: every surface that renders from the person (the result, its booking
// line and share text, the link Share sends and the shared view of it, the address of the own
// result, the therapist card, self-massage, the check-in's choices and the plan) agrees on the
// outcome, the first pick, the pressure and the ruled-out types, for every answer set with no
// item and with each screening item alone (from the safety check, and noted at a check-in), and
// for a seeded sample of larger screenings.
import { expect, test } from 'vitest'
import {
  DEEP_PRESSURE_TYPES,
  MASSAGE_TYPES,
  ON_BACK_TYPES,
  PLAIN_NAMES,
  SCREENING_ITEMS,
  answerLabel,
  pressurePhrase,
  type MassageType,
  type QuizAnswers,
  type ScreeningItem,
} from '../engine'
import { cardView } from '../features/result/card-view'
import { ownResultView, sharedResultView } from '../features/result/result-view'
import { paths } from '../shared/paths'
import { fromShareHash, toShareHash } from '../share/link'
import { allAnswerSets, sample, STRIDE } from '../test/answer-sets'
import { screeningSubsets, seeded } from '../test/screening-sets'
import { checkInChoices, linkIsOwn, personFrom, type Person } from './person'

const ALL = sample(allAnswerSets())
const sameSet = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join()
const firmer = { none: 0, 'no-back': 1, light: 2, medium: 3, firm: 4 } as const

/** Everything that disagrees between the surfaces for one person, in words; [] when they agree. */
function disagreements(person: Person): string[] {
  const wrong: string[] = []
  const say = (what: string) => wrong.push(what)
  const { answers, advice, pressure } = person
  if (!answers || !advice || !pressure) return ['no person to check']
  const view = ownResultView(person)
  const card = cardView(person)
  if (card.kind !== 'card') return ['the card has no answers']
  const avoided = advice.avoided.map((a) => a.type)
  const allowed = person.allowed ?? []
  const checkIn = checkInChoices(person, person.planTypes, null)

  // Ruled-out types: the same everywhere, and offered nowhere.
  if (
    !sameSet(
      allowed,
      MASSAGE_TYPES.filter((t) => !avoided.includes(t)),
    ) &&
    advice.level !== 'urgent'
  )
    say('allowed is not what the safety check leaves')
  if (checkIn.types.some((t) => avoided.includes(t))) say('the check-in offers a ruled-out type')
  if (person.planTypes.some((t) => avoided.includes(t))) say('the plan offers a ruled-out type')
  if (card.picks?.types.some((t) => avoided.includes(t))) say('the card suggests a ruled-out type')
  if (advice.level !== 'urgent' && !sameSet(card.picks?.ruledOut ?? [], avoided))
    say('the card rules out others')

  // The pressure: never firmer than a caution allows, and said the same way everywhere.
  const deepOut = DEEP_PRESSURE_TYPES.every((t) => avoided.includes(t))
  if (deepOut && checkIn.pressures.some((p) => p !== 'light'))
    say('the check-in offers firm pressure under a caution')
  if (deepOut && firmer[pressure.pressure] > firmer.light)
    say('the pressure to ask is firmer than a caution allows')
  const pressureRow = card.answers.find((row) => row.id === 'pressure')?.value
  const limited = pressure.overriddenBy.length > 0
  if (pressureRow !== (limited ? pressure.why : answerLabel('pressure', answers.pressure)))
    say('the card says another pressure')

  switch (view.kind) {
    case 'stop':
      if (advice.level !== 'urgent') say('the stop screen without an urgent sign')
      if (person.shareHash !== null || person.planTypes.length > 0)
        say('something to share or plan when urgent')
      if (checkIn.types.length > 0 || checkIn.pressures.length > 0)
        say('the check-in offers massage when urgent')
      if (card.picks?.types.length !== 0) say('the card suggests a type when urgent')
      return wrong
    case 'no-massage':
      if (allowed.length > 0) say('no massage while a type is allowed')
      if (person.shareHash !== null || person.planTypes.length > 0 || card.picks?.types.length !== 0)
        say('something is offered when every type is ruled out')
      return wrong
    case 'no-result':
      return ['no result for a finished quiz']
    case 'nothing-fits':
      if (answers.pressure !== 'no-back' || allowed.some((t) => !ON_BACK_TYPES.includes(t)))
        say('nothing fits, yet a type fits the wish')
      if (person.shareHash !== null || person.planTypes.length > 0 || card.picks?.types.length !== 0)
        say('a type is offered when nothing fits')
      return wrong
  }

  // A pick: the same first pick, outcome and pressure on every surface.
  const top = view.top.type
  const level = advice.level
  if (top !== advice.picks[0]?.type) say('the result leads with another type than the advice')
  if (view.outcome.level !== level || person.level !== level) say('the outcome differs')
  if (card.picks?.types[0] !== top) say('the card leads with another type')
  if (level === 'clear' || level === 'caution') {
    if (person.planTypes[0] !== top) say('the plan leads with another type')
  } else if (person.planTypes.length > 0) say('a plan before a doctor has agreed')
  if (!sameSet(checkIn.types, allowed)) say('the check-in offers other types than the safety state allows')
  const doctorFirst = level === 'doctor-first'
  if (doctorFirst !== view.booking.startsWith('If your doctor agrees'))
    say('the booking line jumps the doctor')
  if (doctorFirst !== /if my doctor agrees/.test(view.shareText)) say('the share text jumps the doctor')
  if (doctorFirst !== /if my doctor agrees/.test(card.picks?.heading ?? '')) say('the card jumps the doctor')
  if (!view.booking.includes(`, ${pressurePhrase(pressure)}.`))
    say('the booking line asks for another pressure')
  if (!view.booking.toLowerCase().includes(PLAIN_NAMES[top].toLowerCase()))
    say('the booking line names another type')
  const selfMassage = view.sections['self-massage']
  const roller = selfMassage?.some((tip) => tip.hasTimer) ?? false
  if (selfMassage && roller !== (pressure.pressure === 'medium' || pressure.pressure === 'firm'))
    say('self-massage puts firm pressure on the back against the pressure to ask for')
  // "Best match" and "my massage match" only for a match, and never before a doctor has agreed.
  const match = advice.basis.kind === 'match'
  if (/best match/i.test(view.eyebrow) !== (match && !doctorFirst)) say('"best match" for what is not one')
  if (/My massage match/.test(view.shareText) !== (match && !doctorFirst))
    say('"my massage match" overstated')
  // A reason that rests on the pressure liked says the limit, as the booking line does.
  const lowered = limited && pressure.pressure !== pressure.preferred
  if (
    lowered &&
    view.top.reasons.some((r) => /^You like (medium|firm) pressure:/.test(r) && !r.includes('(With '))
  )
    say('a reason asks for the pressure a caution lowered')

  // The link Share sends opens, on another phone, on the same first pick, with the same types out.
  if (!person.shareHash) return [...wrong, 'no link to share']
  const link = fromShareHash(person.shareHash)
  if (!link.ok) return [...wrong, 'the shared link does not open']
  if (!sameSet(link.avoid ?? [], avoided)) say('the link carries other ruled-out types')
  const shared = sharedResultView(link.answers, link.avoid)
  if (shared.top?.type !== top) say('the shared link opens on another pick')
  if (shared.adjusted !== avoided.length > 0) say('the shared link hides (or invents) an adjustment')
  const sharedTypes = [shared.top, ...shared.others.suited, ...shared.others.lessSuited].map((o) => o?.type)
  if (sharedTypes.some((t) => avoided.includes(t as MassageType)))
    say('the shared link shows a ruled-out type')
  if (/Best match/.test(shared.eyebrow) !== match) say('the shared link calls the pick what it is not')
  // The address of the own result carries nothing; an older own-result address opens as the own.
  if (paths.result() !== '/result') say('the own result address carries something')
  const old = fromShareHash(toShareHash(answers))
  if (!old.ok || !linkIsOwn(old, { answers, screening: [] }))
    say('an older own-result address opens as shared')
  return wrong
}

function check(cases: Iterable<{ answers: QuizAnswers; items: readonly ScreeningItem[]; noted?: boolean }>) {
  const problems: string[] = []
  for (const { answers, items, noted = false } of cases) {
    const person = noted
      ? personFrom({ answers, screening: [], noted: items.map((item) => ({ item, day: '2026-12-01' })) })
      : personFrom({ answers, screening: [...items], noted: [] })
    for (const what of disagreements(person)) {
      problems.push(`${what}: ${JSON.stringify(answers)} with [${items.join(', ')}]${noted ? ' noted' : ''}`)
    }
    if (problems.length > 20) break
  }
  return problems
}

// One test per screening item, so each stays well inside its time on a loaded machine.
const ONE_ITEM = [
  { name: 'no item', items: [] as ScreeningItem[] },
  ...SCREENING_ITEMS.map((item) => ({ name: item, items: [item] })),
]

test.each(ONE_ITEM)(
  'every surface agrees, for every answer set with no item and with each screening item alone: $name',
  ({ items }) => {
    expect(check(ALL.map((answers) => ({ answers, items })))).toEqual([])
  },
  60_000,
)

test.each(SCREENING_ITEMS)(
  'a sign noted at a check-in (%s) is the same as ticking it in the safety check, on every surface',
  (item) => {
    const problems: string[] = []
    for (const answers of ALL) {
      const ticked = personFrom({ answers, screening: [item], noted: [] })
      const noted = personFrom({ answers, screening: [], noted: [{ item, day: '2026-12-01' }] })
      const same = (p: Person) => {
        const card = cardView(p)
        return {
          ...p,
          signs: p.signs.map((s) => s.flag),
          view: ownResultView(p).kind,
          card: card.kind === 'card' ? (card as { picks: unknown }).picks : null,
        }
      }
      if (JSON.stringify(same(ticked)) !== JSON.stringify(same(noted))) problems.push(JSON.stringify(answers))
      if (problems.length > 10) break
    }
    expect(problems).toEqual([])
    expect(check(ALL.map((answers) => ({ answers, items: [item], noted: true })))).toEqual([])
  },
  60_000,
)

test('every surface agrees for a seeded sample of larger screenings', () => {
  const random = seeded(20261207)
  const subsets = screeningSubsets().filter((s) => s.length >= 2)
  const cases = Array.from({ length: Math.ceil(6000 / STRIDE) }, () => ({
    answers: ALL[Math.floor(random() * ALL.length)]!,
    items: subsets[Math.floor(random() * subsets.length)]!,
  }))
  expect(check(cases)).toEqual([])
}, 120_000)

test('without a safety check nothing is known: no advice, no link, no plan; a check-in offers every type', () => {
  const answers = ALL[0]!
  const person = personFrom({ answers, screening: null, noted: [] })
  expect([person.level, person.advice, person.shareHash, person.allowed]).toEqual([null, null, null, null])
  expect(person.planTypes).toEqual([])
  expect(checkInChoices(person, [], null)).toEqual({
    types: [...MASSAGE_TYPES],
    pressures: ['light', 'medium', 'firm'],
  })
  expect(ownResultView(person).kind).toBe('no-result')
})

test('a sign noted at a check-in before any safety check is known: an urgent one stops, another limits the check-in', () => {
  const answers = ALL[0]!
  const urgent = personFrom({ answers, screening: null, noted: [{ item: 'chest-pain', day: '2026-12-01' }] })
  expect(urgent.level).toBe('urgent')
  expect(ownResultView(urgent).kind).toBe('stop')
  expect(checkInChoices(urgent, [], null)).toEqual({ types: [], pressures: [] })
  const weightLoss = personFrom({
    answers,
    screening: null,
    noted: [{ item: 'weight-loss', day: '2026-12-01' }],
  })
  expect(weightLoss.level).toBe('doctor-first')
  expect(checkInChoices(weightLoss, [], null).types).not.toContain('deep-tissue')
  expect(checkInChoices(weightLoss, [], null).pressures).toEqual(['light'])
  expect(weightLoss.signs).toEqual([
    expect.objectContaining({ source: { from: 'check-in', day: '2026-12-01' } }),
  ])
})

test('changing an old check-in keeps what it records, even when the safety state now rules it out', () => {
  const person = personFrom({ answers: ALL[0]!, screening: ['osteoporosis'], noted: [] })
  const choices = checkInChoices(person, ['deep-tissue'], { type: 'deep-tissue', pressure: 'firm' })
  expect(choices.types.at(-1)).toBe('deep-tissue')
  expect(choices.pressures).toEqual(['light', 'firm'])
  // A new check-in offers neither.
  expect(checkInChoices(person, ['deep-tissue'], null)).toEqual({
    types: expect.not.arrayContaining(['deep-tissue']),
    pressures: ['light'],
  })
})

test('a shared link with other answers is not the own result, nor is any link before the safety check', () => {
  const [a, b] = [ALL[0]!, ALL.at(-1)!]
  const link = fromShareHash(toShareHash(a))
  if (!link.ok) throw new Error('the link should open')
  expect(linkIsOwn(link, { answers: a, screening: [] })).toBe(true)
  expect(linkIsOwn(link, { answers: b, screening: [] })).toBe(false)
  expect(linkIsOwn(link, { answers: a, screening: null })).toBe(false)
})
