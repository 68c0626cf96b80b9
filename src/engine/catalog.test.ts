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
  { type: 'deep-tissue', words: 'Chronic lower back pain, or pain from muscle knots' },
  { type: 'trigger-point', words: 'Muscle knots (trigger points) that cause sharp pain' },
  { type: 'myofascial-release', words: 'Tightness and stiffness in the lower back muscles' },
  { type: 'reflexology', words: 'An alternative therapy for overall pain relief' },
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

test('every type but reflexology works on the back', () => {
  expect(ON_BACK_TYPES).toEqual(['swedish', 'deep-tissue', 'trigger-point', 'myofascial-release'])
})

test('deep tissue and trigger point work are the firm or focused pressure', () => {
  expect(DEEP_PRESSURE_TYPES).toEqual(['deep-tissue', 'trigger-point'])
})
