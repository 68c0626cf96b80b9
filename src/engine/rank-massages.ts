import { MASSAGE_TYPES } from './catalog'
import { assertAnswers } from './parse-answers'
import { RULES, ruleReason, type Rule } from './rules'
import type { MassageType, QuizAnswers, RankedType, Recommendation } from './types'

/** Scores every type with the given rules; ties keep catalog order. */
export function rankWith(rules: readonly Rule[], answers: QuizAnswers): Recommendation {
  const entries = MASSAGE_TYPES.map((type) => ({
    type,
    score: 0,
    reasons: [] as string[],
    against: [] as string[],
  }))
  const byType = new Map(entries.map((e) => [e.type, { ...e, weighed: [] as [number, string][] }]))
  for (const rule of rules) {
    if (!rule.when(answers)) continue
    for (const type of Object.keys(rule.effect) as MassageType[]) {
      const entry = byType.get(type)
      const points = rule.effect[type]?.points ?? 0
      if (!entry || points === 0) continue
      entry.score += points
      entry.weighed.push([points, ruleReason(rule, type)])
    }
  }
  // Strongest first, so the first reasons shown are the ones that count most (sort is stable: ties
  // keep the rules' order). A reason that lowers a type is said apart, never as "why".
  const ranked: RankedType[] = [...byType.values()].map(({ weighed, ...entry }) => {
    const strongest = weighed.sort((a, b) => Math.abs(b[0]) - Math.abs(a[0]))
    return {
      ...entry,
      reasons: strongest.filter(([points]) => points > 0).map(([, reason]) => reason),
      against: strongest.filter(([points]) => points < 0).map(([, reason]) => reason),
    }
  })
  // Equal scores stay in MASSAGE_TYPES order.
  return { ranked: ranked.sort((a, b) => b.score - a.score) }
}

/** The rules engine alone: every type ranked, each with its reasons. */
export function recommend(answers: QuizAnswers): Recommendation {
  return rankWith(RULES, assertAnswers(answers))
}
