// @vitest-environment node
import { expect, test } from 'vitest'
import { DEEP_PRESSURE_TYPES, ON_BACK_TYPES } from './catalog'
import { MASSAGE_NAMES, MASSAGE_PROFILES, MASSAGE_TYPES } from './index'

test('the five types are in the guide order', () => {
  expect(MASSAGE_TYPES).toEqual([
    'swedish',
    'deep-tissue',
    'trigger-point',
    'myofascial-release',
    'reflexology',
  ])
})

test('display names are exactly those of the contract', () => {
  expect(MASSAGE_NAMES).toEqual({
    swedish: 'Swedish Massage',
    'deep-tissue': 'Deep Tissue Massage',
    'trigger-point': 'Trigger Point Therapy',
    'myofascial-release': 'Myofascial Release',
    reflexology: 'Reflexology',
  })
})

test('the catalog cannot be changed by code that uses it', () => {
  expect(Object.isFrozen(MASSAGE_TYPES)).toBe(true)
  expect(Object.isFrozen(MASSAGE_NAMES)).toBe(true)
  expect(Object.isFrozen(MASSAGE_PROFILES)).toBe(true)
})

test.each([
  { type: 'swedish', words: 'Mild to moderate lower back pain and general relaxation' },
  { type: 'deep-tissue', words: 'Pain from muscle knots; the guide also names it for long-standing pain' },
  { type: 'trigger-point', words: 'Muscle knots (trigger points) that cause sharp pain' },
  { type: 'myofascial-release', words: 'Tightness and stiffness in the lower back muscles' },
  {
    type: 'reflexology',
    words:
      'If you would rather not have your back touched; the guide also calls it an alternative for pain relief',
  },
] as const)(
  'the $type profile carries the guide\'s "Best for" line and plain sentences',
  ({ type, words }) => {
    const profile = MASSAGE_PROFILES[type]
    expect(profile.bestFor).toBe(words)
    expect(profile.tagline).toMatch(/^[A-Z][a-z ]+$/)
    expect(profile.expect.length).toBeGreaterThanOrEqual(2)
    for (const sentence of profile.expect) expect(sentence).toMatch(/^[A-Z].+\.$/)
  },
)

test('no profile claims more than the evidence: aims, not proven effects; "can help" only as the guide says it', () => {
  for (const [type, profile] of Object.entries(MASSAGE_PROFILES)) {
    const words = [profile.tagline, profile.bestFor, ...profile.expect].join(' ')
    expect(words, type).not.toMatch(
      /break(s)? up|loosens|increases|effective|best for chronic|toxins|proven/i,
    )
    for (const sentence of profile.expect) {
      if (/can help/.test(sentence)) expect(sentence, type).toMatch(/^The guide says/)
    }
  }
})

test('every type but reflexology works on the back', () => {
  expect(ON_BACK_TYPES).toEqual(['swedish', 'deep-tissue', 'trigger-point', 'myofascial-release'])
})

test('deep tissue and trigger point work are the firm or focused pressure', () => {
  expect(DEEP_PRESSURE_TYPES).toEqual(['deep-tissue', 'trigger-point'])
})
