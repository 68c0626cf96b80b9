import type { QuizAnswers } from '../engine'

/** Every possible answer set (4,752), spelled out from the contract rather than read from the engine. */
export function allAnswerSets(): QuizAnswers[] {
  const sets: QuizAnswers[] = []
  for (let severity = 0; severity <= 10; severity++)
    for (const duration of ['acute', 'subacute', 'chronic'] as const)
      for (const radiation of ['none', 'buttock-thigh', 'below-knee'] as const)
        for (const pressure of ['light', 'medium', 'firm', 'no-back'] as const)
          for (const knots of ['none', 'achy', 'sharp'] as const)
            for (const stiffness of [false, true])
              for (const stress of [false, true])
                sets.push({ severity, duration, radiation, pressure, knots, stiffness, stress })
  return sets
}

/**
 * Every answer set is checked in the normal run. Under mutation testing (MUTATION_STRIDE, set by
 * vitest.stryker.config.ts) only every n-th one is, so each mutant runs in reasonable time.
 */
export const STRIDE = Number(process.env.MUTATION_STRIDE ?? '1')
export const sample = <T>(list: readonly T[]): T[] => list.filter((_, i) => i % STRIDE === 0)
