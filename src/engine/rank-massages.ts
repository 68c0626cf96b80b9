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
  const byType = new Map<MassageType, RankedType>(entries.map((e) => [e.type, e]))
  for (const rule of rules) {
    if (!rule.when(answers)) continue
    for (const type of Object.keys(rule.effect) as MassageType[]) {
      const entry = byType.get(type)
      const points = rule.effect[type]?.points ?? 0
      if (!entry || points === 0) continue
      entry.score += points
      // A reason for a type is why it suits; a reason that lowers it is said apart, never as "why".
      if (points > 0) entry.reasons.push(ruleReason(rule, type))
      else entry.against.push(ruleReason(rule, type))
    }
  }
  // Array.prototype.sort is stable, so equal scores stay in MASSAGE_TYPES order.
  return { ranked: entries.sort((a, b) => b.score - a.score) }
}

/** The rules engine alone: every type ranked, each with its reasons. */
export function recommend(answers: QuizAnswers): Recommendation {
  return rankWith(RULES, assertAnswers(answers))
}
