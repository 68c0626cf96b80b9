import { expect, test } from 'vitest'
import { MASSAGE_TYPES, recommend } from './index'

test('recommend ranks all five types once', () => {
  const { ranked } = recommend({
    severity: 4,
    duration: 'acute',
    radiation: 'none',
    pressure: 'light',
    knots: 'none',
    stiffness: false,
    stress: true,
  })
  expect(ranked.map((r) => r.type).sort()).toEqual([...MASSAGE_TYPES].sort())
  expect(ranked[0]?.type).toBe('swedish')
})
