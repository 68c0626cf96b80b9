// @vitest-environment node
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { ANSWER_FIELDS, MASSAGE_TYPES, allowedValues, type MassageType, type QuizAnswers } from '../engine'
import {
  LINK_VERSIONS,
  NEWEST_VERSION,
  SEND_VERSION,
  SHARE_ROUTE,
  checkChar,
  fromShareHash,
  toLinkHash,
  toShareHash,
  toShareHashAvoiding,
  type LinkVersionId,
} from './link'
import { allAnswerSets, answerSet, STRIDE, sample } from '../test/answer-sets'

/**
 * The answer sets a version's links can carry whole: a question added since reads as its first
 * value, so a set with anything else there cannot come back from that version unchanged.
 */
const carriable = (version: LinkVersionId) => (answers: QuizAnswers) =>
  ANSWER_FIELDS.every(
    (field) =>
      (LINK_VERSIONS[version].fields as readonly string[]).includes(field) ||
      answers[field] === allowedValues(field)[0],
  )
const EVERY = allAnswerSets()
/** Every answer set a version-1 link can carry (each of them while the quiz asks what version 1 did). */
const ALL = EVERY.filter(carriable('1'))
const LINKS = ALL.map(toShareHash)
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'
/** The answers version 1 carries. */
const carried = LINK_VERSIONS['1'].fields
/** A version digit one past the newest this code reads: a link from a newer app. */
const NEXT = String(Number(NEWEST_VERSION) + 1)
/** A version-2 link, as shipped: the answers it carries and the types ruled out. */
const v2 = (answers: QuizAnswers, avoid: readonly MassageType[]) => toLinkHash('2', answers, avoid)
const V2_ALL = EVERY.filter(carriable('2'))
const DAMAGED = /damaged or incomplete/
const NEWER = /newer version of Massage Match/

const answersArb = fc
  .record({
    severity: fc.integer({ min: 0, max: 10 }),
    duration: fc.constantFrom('acute', 'subacute', 'chronic'),
    radiation: fc.constantFrom('none', 'buttock-thigh', 'below-knee'),
    pressure: fc.constantFrom('light', 'medium', 'firm', 'no-back'),
    knots: fc.constantFrom('none', 'achy', 'sharp'),
    stiffness: fc.boolean(),
    stress: fc.boolean(),
  })
  .map(answerSet) satisfies fc.Arbitrary<QuizAnswers>

const person = answerSet({
  severity: 5,
  duration: 'chronic',
  radiation: 'buttock-thigh',
  pressure: 'firm',
  knots: 'achy',
  stiffness: true,
  stress: false,
})

/** The Luhn mod 36 check, written out separately: a valid code's weighted sum is a multiple of 36. */
function passesLuhn(code: string): boolean {
  let sum = 0
  for (let i = 0; i < code.length; i++) {
    const value = ALPHABET.indexOf(code.charAt(code.length - 1 - i))
    const weighted = i % 2 === 1 ? value * 2 : value
    sum += weighted >= 36 ? weighted - 35 : weighted
  }
  return sum % 36 === 0
}

test('the link for a person spells out each answer, as the format says', () => {
  const link = toShareHash(person)
  expect(link.slice(0, -1)).toBe('#/r/15ctfa10')
  expect(passesLuhn(link.slice(4))).toBe(true)
})

test.each([
  { answers: { severity: 10 }, code: '1a' },
  { answers: { severity: 0 }, code: '10' },
  { answers: { duration: 'acute' }, code: '15a' },
  { answers: { duration: 'subacute' }, code: '15s' },
  { answers: { radiation: 'none' }, code: '15cn' },
  { answers: { radiation: 'below-knee' }, code: '15ck' },
  { answers: { pressure: 'light' }, code: '15ctl' },
  { answers: { pressure: 'medium' }, code: '15ctm' },
  { answers: { pressure: 'no-back' }, code: '15ctn' },
  { answers: { knots: 'none' }, code: '15ctfn' },
  { answers: { knots: 'sharp' }, code: '15ctfs' },
  { answers: { stiffness: false, stress: true }, code: '15ctfa01' },
] satisfies { answers: Partial<QuizAnswers>; code: string }[])(
  '$answers is written as $code…',
  ({ answers, code }) => {
    const link = toShareHash({ ...person, ...answers })
    expect(link.startsWith(`#${SHARE_ROUTE}${code}`)).toBe(true)
    expect(fromShareHash(link)).toEqual({ ok: true, answers: { ...person, ...answers }, carried })
  },
)

test('every answer set (4,752) makes its own version-1 link and comes back unchanged', () => {
  const wrong = ALL.filter((answers, i) => {
    const back = fromShareHash(LINKS[i]!)
    return !back.ok || JSON.stringify(back.answers) !== JSON.stringify(answers)
  })
  expect(wrong).toEqual([])
  expect(new Set(LINKS).size).toBe(ALL.length)
}, 30_000)

test('every link starts with the route and version, passes the Luhn check and is at most 40 characters after #', () => {
  const wrong = LINKS.filter(
    (link) =>
      !link.startsWith(`#${SHARE_ROUTE}${'1'}`) ||
      !passesLuhn(link.slice(1 + SHARE_ROUTE.length)) ||
      link.length - 1 > 40 ||
      !/^#\/r\/[0-9a-z]{9}$/.test(link),
  )
  expect(wrong).toEqual([])
})

test('the round trip holds for generated answers', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      expect(fromShareHash(toShareHash(answers))).toEqual({ ok: true, answers, carried })
    }),
    { numRuns: Math.ceil(200 / STRIDE) },
  )
})

test('the link carries only the answers, never anything else on the object', () => {
  const withExtra = { ...person, screening: ['pregnancy'], name: 'Sam' } as QuizAnswers
  expect(toShareHash(withExtra)).toBe(toShareHash(person))
})

test.each([
  { severity: 11 },
  { severity: -1 },
  { severity: 2.5 },
  { pressure: 'hard' },
  { stress: 'yes' },
  { knots: undefined },
])('sharing invalid answers ($0) throws a RangeError', (change) => {
  expect(() => toShareHash({ ...person, ...change } as unknown as QuizAnswers)).toThrow(RangeError)
  expect(() => toShareHash({ ...person, ...change } as unknown as QuizAnswers)).toThrow(
    /Cannot share invalid answers/,
  )
})

test('changing any one character of any code to another letter or digit is always rejected', () => {
  const slipped: string[] = []
  for (const link of sample(LINKS)) {
    const code = link.slice(4)
    for (let i = 0; i < code.length; i++) {
      for (const c of ALPHABET) {
        if (c === code.charAt(i)) continue
        const changed = `#/r/${code.slice(0, i)}${c}${code.slice(i + 1)}`
        const result = fromShareHash(changed)
        if (result.ok || !/damaged|newer version/.test(result.reason)) slipped.push(changed)
      }
    }
  }
  expect(slipped).toEqual([])
}, 30_000)

test('changing a character to an upper-case letter or a symbol is rejected, or opens the same answers', () => {
  const others = `ABCDEFGHIJKLMNOPQRSTUVWXYZ!"$%'()*+,-.:;<=>@[]^_\`{|}~ #?&/`
  const wrong: string[] = []
  for (const [n, link] of LINKS.entries()) {
    if (n % (11 * STRIDE) !== 0) continue
    for (let i = 4; i < link.length; i++) {
      for (const c of others) {
        const changed = link.slice(0, i) + c + link.slice(i + 1)
        const result = fromShareHash(changed)
        if (result.ok && JSON.stringify(result.answers) !== JSON.stringify(ALL[n])) wrong.push(changed)
        if (!result.ok && c.toLowerCase() === link.charAt(i)) wrong.push(`${changed} should open`)
      }
    }
  }
  expect(wrong).toEqual([])
}, 30_000)

test('swapping two neighbouring characters is rejected unless Luhn mod 36 cannot see that swap', () => {
  // Luhn misses a swap of a and b exactly when doubling changes both by the same amount (mod 36).
  const doubled = (v: number) => (v * 2 >= 36 ? v * 2 - 35 : v * 2)
  const blind = (a: string, b: string) => {
    const x = ALPHABET.indexOf(a)
    const y = ALPHABET.indexOf(b)
    return (doubled(x) - x - (doubled(y) - y)) % 36 === 0
  }
  let rejected = 0
  const wrong: string[] = []
  for (const link of sample(LINKS)) {
    const code = link.slice(4)
    for (let i = 0; i + 1 < code.length; i++) {
      const [a, b] = [code.charAt(i), code.charAt(i + 1)]
      if (a === b) continue
      const swapped = `#/r/${code.slice(0, i)}${b}${a}${code.slice(i + 2)}`
      if (!fromShareHash(swapped).ok) rejected++
      else if (!blind(a, b)) wrong.push(swapped)
    }
  }
  expect(wrong).toEqual([])
  expect(rejected).toBeGreaterThan(sample(LINKS).length * 6)
}, 30_000)

test.each([
  { name: 'a trailing full stop', extra: '.' },
  { name: 'trailing punctuation', extra: '!),' },
  { name: 'a trailing slash', extra: '/' },
  { name: 'a tracking query', extra: '?fbclid=IwAR0abc123' },
  { name: 'an ampersand parameter', extra: '&utm_source=chat' },
  { name: 'a trailing space', extra: ' \n' },
])('a link with $name added by a messaging app still opens', ({ extra }) => {
  expect(fromShareHash(toShareHash(person) + extra)).toEqual({ ok: true, answers: person, carried })
})

test.each([
  { name: 'without the leading #', hash: toShareHash(person).slice(1) },
  { name: 'as only the code', hash: toShareHash(person).slice(4) },
  { name: 'with a code in capitals', hash: `#/r/${toShareHash(person).slice(4).toUpperCase()}` },
  { name: 'with spaces around it', hash: `  ${toShareHash(person)}  ` },
])('a link $name still opens', ({ hash }) => {
  expect(fromShareHash(hash)).toEqual({ ok: true, answers: person, carried })
})

test.each([
  { name: 'nothing at all', hash: '', reason: /no answers/ },
  { name: 'only a #', hash: '#', reason: /no answers/ },
  { name: 'only the route', hash: '#/r/', reason: /no answers/ },
  { name: 'only punctuation', hash: '#/r/...', reason: /no answers/ },
  { name: 'a cut-off link', hash: toShareHash(person).slice(0, -3), reason: DAMAGED },
  { name: 'a link one character short', hash: toShareHash(person).slice(0, -1), reason: DAMAGED },
  { name: 'a link with an extra character', hash: `${toShareHash(person)}0`, reason: DAMAGED },
  { name: 'a version-0 link', hash: '#/r/05ctfa10x', reason: DAMAGED },
  { name: 'a symbol where the version goes', hash: '#/r/-5ctfa10x', reason: DAMAGED },
  { name: 'some other page', hash: '#/check', reason: /no answers/ },
  { name: 'a word instead of a code', hash: '#/r/hello', reason: DAMAGED },
  { name: 'punctuation inside the code', hash: `#/r/15c.${toShareHash(person).slice(7)}`, reason: DAMAGED },
  {
    name: 'a query in the middle of the code',
    hash: `#/r/15ct?${toShareHash(person).slice(8)}`,
    reason: DAMAGED,
  },
  { name: 'a JSON blob', hash: '#{"severity":5}', reason: DAMAGED },
  { name: 'a newer version', hash: `#/r/${NEXT}5ctfa10xyz`, reason: NEWER },
  { name: 'a newer version, any length', hash: '#/r/9', reason: NEWER },
  { name: 'a code that starts with a letter', hash: '#/r/zabc', reason: DAMAGED },
  { name: 'a newer version with a symbol in it', hash: `#/r/${NEXT}ab-c`, reason: DAMAGED },
])('$name gives a clear reason', ({ hash, reason }) => {
  const result = fromShareHash(hash)
  expect(result.ok).toBe(false)
  if (!result.ok) expect(result.reason).toMatch(reason)
})

test('the newer-version message says how to move on', () => {
  const result = fromShareHash(`#/r/${NEXT}aaaaaaaa`)
  expect(result).toEqual({
    ok: false,
    reason:
      'This link was made by a newer version of Massage Match. Reload the page to update, or take the quiz yourself.',
  })
})

test('a link whose check character is wrong says it is damaged', () => {
  const link = toShareHash(person)
  const wrongCheck = link.slice(0, -1) + (link.endsWith('0') ? '1' : '0')
  expect(fromShareHash(wrongCheck)).toEqual({ ok: false, reason: expect.stringMatching(DAMAGED) })
})

test('sharing answers with several bad fields names them all, separated by semicolons', () => {
  const answers = { ...person, severity: 20, stress: 'no' } as unknown as QuizAnswers
  expect(() => toShareHash(answers)).toThrow(
    'Cannot share invalid answers: severity must be a whole number from 0 to 10 (got 20); stress must be true or false (got "no")',
  )
})

test('a damaged link says what probably happened', () => {
  expect(fromShareHash('#/r/1zzz')).toEqual({
    ok: false,
    reason:
      'This link looks damaged or incomplete, so it cannot show a result. It may have been cut off when it was copied.',
  })
})

// A forger can compute the check character, so the codec must also refuse answers that cannot exist.
test.each([
  { name: 'severity 11', body: '1bctfa10' },
  { name: 'severity as a symbol', body: '1zctfa10' },
  { name: 'an unknown duration', body: '15xtfa10' },
  { name: 'an unknown radiation', body: '15cxfa10' },
  { name: 'an unknown pressure', body: '15ctxa10' },
  { name: 'an unknown knots answer', body: '15ctfx10' },
  { name: 'stiffness as 2', body: '15ctfa20' },
  { name: 'stress as 2', body: '15ctfa12' },
  { name: 'a duration letter in the pressure place', body: '15ctaa10' },
])('a forged link with a correct check but $name is rejected', ({ body }) => {
  const result = fromShareHash(`#/r/${body}${checkChar(body)}`)
  expect(result.ok).toBe(false)
  if (!result.ok) expect(result.reason).toMatch(DAMAGED)
})

test('checkChar gives one character of the alphabet that makes the code pass Luhn mod 36', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[0-9a-z]{1,12}$/), (body) => {
      const check = checkChar(body)
      expect(check).toHaveLength(1)
      expect(ALPHABET).toContain(check)
      expect(passesLuhn(body + check)).toBe(true)
    }),
    { numRuns: Math.ceil(300 / STRIDE) },
  )
  expect(checkChar('')).toBe('0')
  expect(checkChar('z')).toBe('1')
})

test('fromShareHash never throws on any string', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 })),
      (hash) => {
        const result = fromShareHash(hash)
        expect(result.ok ? typeof result.answers : result.reason.length > 10).toBeTruthy()
      },
    ),
    { numRuns: Math.ceil(500 / STRIDE) },
  )
})

test('fromShareHash never throws on strings built from link characters', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^#?(\/r\/)?[0-9a-zA-Z./?&]{0,14}$/), (hash) => {
      const result = fromShareHash(hash)
      if (result.ok)
        expect(toShareHash(result.answers).slice(4)).toBe(
          hash
            .replace(/^#?(\/r\/)?/, '')
            .slice(0, 9)
            .toLowerCase(),
        )
    }),
    { numRuns: Math.ceil(500 / STRIDE) },
  )
})

test('fromShareHash never throws on anything at all, even what is not a string', () => {
  fc.assert(
    fc.property(fc.anything(), (input) => {
      expect(fromShareHash(input as string)).toMatchObject({ ok: false })
    }),
    { numRuns: Math.ceil(300 / STRIDE) },
  )
  expect(fromShareHash(null as unknown as string)).toEqual({
    ok: false,
    reason: expect.stringMatching(DAMAGED),
  })
})

// ---- Version 2: the answers and the types the sender's safety check ruled out ----

/** Every set of ruled-out types, from none to all five. */
const AVOID_SETS: MassageType[][] = Array.from({ length: 1 << MASSAGE_TYPES.length }, (_, mask) =>
  MASSAGE_TYPES.filter((_, i) => mask & (1 << i)),
)

test('a version-2 link spells out the answers, then the ruled-out types as one digit, then the check', () => {
  const link = v2(person, ['deep-tissue', 'trigger-point'])
  expect(link.slice(0, 12)).toBe(`#${SHARE_ROUTE}2${toShareHash(person).slice(5, 12)}`)
  // deep-tissue is bit 1 and trigger-point bit 2: 2 + 4 = 6.
  expect(link.charAt(12)).toBe('6')
  expect(link).toHaveLength(14)
})

test('every answer set with every set of ruled-out types comes back unchanged from a version-2 link', () => {
  let checked = 0
  for (const [n, answers] of V2_ALL.entries()) {
    // All 32 sets for a sample of answer sets, and a turning one for every other answer set.
    const sets = n % STRIDE === 0 ? AVOID_SETS : [AVOID_SETS[n % AVOID_SETS.length]!]
    for (const avoid of sets) {
      expect(fromShareHash(v2(answers, avoid))).toEqual({
        ok: true,
        answers,
        avoid,
        carried,
      })
      checked++
    }
  }
  expect(checked).toBeGreaterThan(ALL.length)
})

test('a version-2 link never names a health condition: only the types, and nothing when none are out', () => {
  expect(fromShareHash(v2(person, []))).toEqual({
    ok: true,
    answers: person,
    avoid: [],
    carried,
  })
  const link = v2(person, ['deep-tissue'])
  expect(link).toMatch(/^#\/r\/2[0-9a-z]{9}$/)
})

test('changing any one character of a version-2 code to another letter or digit is always rejected', () => {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz'
  for (const avoid of AVOID_SETS) {
    const code = v2(person, avoid).slice(1 + SHARE_ROUTE.length)
    for (let i = 0; i < code.length; i++) {
      for (const char of alphabet) {
        if (char === code[i]) continue
        const changed = code.slice(0, i) + char + code.slice(i + 1)
        const result = fromShareHash(changed)
        // A changed version digit may read as a newer or older version; never as a result.
        expect(result.ok, changed).toBe(false)
      }
    }
  }
})

test('a version-2 code whose ruled-out digit no link makes is damaged, even with a correct check', () => {
  const body = `2${toShareHash(person).slice(5, 12)}w`
  const result = fromShareHash(`#/r/${body}${checkChar(body)}`)
  expect(result.ok).toBe(false)
})

test('a version-1 link still opens as before, with nothing ruled out', () => {
  expect(fromShareHash(toShareHash(person))).toEqual({ ok: true, answers: person, carried })
  expect(toShareHash(person).charAt(4)).toBe('1')
})

test('the version Share sends carries every question the quiz asks and every massage type, from one table both halves read', () => {
  const sent = LINK_VERSIONS[SEND_VERSION]
  expect([...sent.fields].sort()).toEqual([...ANSWER_FIELDS].sort())
  expect([...(sent.types ?? [])].sort()).toEqual([...MASSAGE_TYPES].sort())
  expect(toShareHashAvoiding(person, []).charAt(4)).toBe(SEND_VERSION)
  // Each version's link is as long as its row says: the route, the version, a letter per field,
  // the ruled-out types, the check character.
  for (const [version, { fields, types }] of Object.entries(LINK_VERSIONS)) {
    const link = toLinkHash(version as LinkVersionId, person)
    expect(link.length, version).toBe(SHARE_ROUTE.length + 1 + 1 + fields.length + (types ? 1 : 0) + 1)
  }
})

test('every answer set, with a turning set of ruled-out types, comes back unchanged from the link Share sends', () => {
  const sent = LINK_VERSIONS[SEND_VERSION]
  const wrong = sample(EVERY).filter((answers, n) => {
    const avoid = MASSAGE_TYPES.filter((_, i) => n & (1 << i))
    return (
      JSON.stringify(fromShareHash(toShareHashAvoiding(answers, avoid))) !==
      JSON.stringify({ ok: true, answers, avoid, carried: sent.fields })
    )
  })
  expect(wrong).toEqual([])
})
