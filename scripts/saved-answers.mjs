// The named answer sets that the Node scripts (screenshots.mjs, measure-result.mjs), the
// cross-engine scenarios and the unit tests (src/test/people.ts) share, written once as plain
// objects so plain node can read them too; and saved progress in the store's format
// (docs/ui-contract.md) for the scripts that open screens straight away.

export const SAVE_KEY = 'massage-match'

/** localStorage entries as the store saves its progress (version 1). */
export function saved(answers, screening) {
  return { [SAVE_KEY]: JSON.stringify({ state: { answers, screening }, version: 1 }) }
}

/** 4/10, over 12 weeks, stays in the back, firm, achy knots, stiff, not stress: deep tissue first. */
export const CHRONIC_FIRM = {
  severity: 4,
  duration: 'chronic',
  radiation: 'none',
  pressure: 'firm',
  knots: 'achy',
  stiffness: true,
  stress: false,
}

/** 6/10, over 12 weeks, medium, achy knots, stiff, stress: a result that opens every kind of section (the benchmarks' person). */
export const EVERY_SECTION = {
  severity: 6,
  duration: 'chronic',
  radiation: 'none',
  pressure: 'medium',
  knots: 'achy',
  stiffness: true,
  stress: true,
}

/** 3/10, under 6 weeks, light pressure, stress makes it worse: Swedish first. */
export const ACUTE_LIGHT = {
  severity: 3,
  duration: 'acute',
  radiation: 'none',
  pressure: 'light',
  knots: 'none',
  stiffness: false,
  stress: true,
}
