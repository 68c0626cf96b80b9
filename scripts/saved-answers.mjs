// Answers and saved progress for the scripts that open screens straight away (screenshots.mjs,
// measure-result.mjs): plain objects in the store's saved format (docs/ui-contract.md).

export const SAVE_KEY = 'massage-match'

/** localStorage entries as the store saves its progress (version 1). */
export function saved(answers, screening) {
  return { [SAVE_KEY]: JSON.stringify({ state: { answers, screening }, version: 1 }) }
}

/** 4/10, over 12 weeks, stays in the back, firm, achy knots, stiff, not stress. */
export const CHRONIC_FIRM = {
  severity: 4,
  duration: 'chronic',
  radiation: 'none',
  pressure: 'firm',
  knots: 'achy',
  stiffness: true,
  stress: false,
}
