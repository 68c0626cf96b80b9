import { MASSAGE_TYPES } from './catalog'
import { assertAnswers } from './parse-answers'
import { RULES, ruleReason, type Rule } from './rules'
import type { Ground, MassageType, QuizAnswers, RankedType, Recommendation } from './types'

/** Scores every type with the given rules; ties keep catalog order. */
export function rankWith(rules: readonly Rule[], answers: QuizAnswers): Recommendation {
  const byType = new Map(MASSAGE_TYPES.map((type) => [type, { score: 0, grounds: [] as Ground[] }]))
  for (const rule of rules) {
    if (!rule.when(answers)) continue
    for (const type of Object.keys(rule.effect) as MassageType[]) {
      const entry = byType.get(type)
      const points = rule.effect[type]?.points ?? 0
      if (!entry || points === 0) continue
      entry.score += points
      entry.grounds.push({ rule: rule.id, kind: rule.kind, points, text: ruleReason(rule, type, answers) })
    }
  }
  // Strongest first, so the first reasons shown are the ones that count most (sort is stable: ties
  // keep the rules' order). A reason that lowers a type is said apart, never as "why".
  const ranked: RankedType[] = MASSAGE_TYPES.map((type) => {
    const { score, grounds } = byType.get(type)!
    const strongest = grounds.sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
    return {
      type,
      score,
      reasons: strongest.filter((g) => g.points > 0).map((g) => g.text),
      against: strongest.filter((g) => g.points < 0).map((g) => g.text),
      grounds: strongest,
    }
  })
  // Equal scores stay in MASSAGE_TYPES order.
  return { ranked: ranked.sort((a, b) => b.score - a.score) }
}

/** The rules engine alone: every type ranked, each with its reasons. */
export function recommend(answers: QuizAnswers): Recommendation {
  return rankWith(RULES, assertAnswers(answers))
}
