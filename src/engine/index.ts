/**
 * The engine's public API (see shared/spec/engine-contract.md). Pure TypeScript:
 * no React, no DOM, no storage, no clock, no randomness.
 */
export type {
  Advice,
  Flag,
  Ground,
  Level,
  MassageType,
  ParseResult,
  PickBasis,
  QuizAnswers,
  RankedType,
  Recommendation,
  ScreeningItem,
  ScreeningResult,
} from './types'

/** All the types in the guide's order, which also breaks ties; their display names; what the guide says of each. */
export { MASSAGE_NAMES, MASSAGE_TYPES } from './catalog'
/** The catalog they come from, one entry per type, and the types with each property (on the back, deep pressure). */
export { DEEP_PRESSURE_TYPES, MASSAGE_CATALOG, ON_BACK_TYPES } from './catalog'
/** Each type's words and drawing, loaded with the result (one entry per type), and the guide's profile of each, taken from them. */
export {
  MASSAGE_PROFILES,
  TYPE_DETAILS,
  type MassageProfile,
  type Shape,
  type TypeDetails,
} from './type-details'

/** The answers table (one entry per question: kind, values, words, share-link letters), the fields in order, each field's values. */
export {
  ANSWER_FIELDS,
  ANSWER_SCHEMA,
  allowedValues,
  type AnswerField,
  type AnswerSpec,
  type ChoiceSpec,
  type ScaleSpec,
  type YesNoSpec,
} from './answer-schema'

/** The quiz's questions in order, and the words for a chosen answer. */
export {
  QUESTIONS,
  answerLabel,
  type ChoiceOption,
  type ChoiceQuestion,
  type Question,
  type QuestionId,
  type ScaleQuestion,
} from './questions'

/** Reads unknown input into answers; never throws, names each bad field. The partial form reads saved progress. */
export { checkAnswer, parseAnswers, parsePartialAnswers, type PartialParse } from './parse-answers'

/** The rules table and the rules engine: ranks every type with reasons; throws RangeError on invalid answers. */
export {
  BEST_FOR_RULES,
  PLAIN_NAMES,
  RULES,
  SEVERE_PAIN,
  answerWords,
  ruleReason,
  type Rule,
  type RuleEffect,
  type RuleKind,
} from './rules'
export { recommend } from './rank-massages'

/** The screening table and the screening step: flags, level, and what each item rules out. */
export { LEVELS, SCREENING_TABLE, levelRank, screen, screeningShort, type ScreeningEntry } from './screening'
/** The screening items' ids alone, in table order, and the urgent ones: light enough for the first screen. */
export {
  NO_MASSAGE_ITEMS,
  SCREENING_ITEMS,
  URGENT_ITEMS,
  isScreeningItem,
  noMassageItems,
} from './screening-items'

/** Ranking and screening together: the picks a person may be offered, the types ruled out, and why the first pick is first. */
export { advise, pickBasis } from './advise'

/** The pressure to ask a therapist for, reconciled with every caution; the word on pain relief for severe pain. */
export {
  PAIN_RELIEF_ADVICE,
  PRESSURE_WORDS,
  limitName,
  painReliefAdvice,
  pressurePhrase,
  pressureToAsk,
  setAsideForPain,
  type PressureAdvice,
  type PressureLimit,
  type PressureToAsk,
} from './pressure'

/** What the research says, plainly, with sources, links and the date it was last checked. */
export { EVIDENCE, EVIDENCE_LAST_REVIEWED, EVIDENCE_SUMMARY, type EvidenceSource } from './evidence'

/** The guide's tips, self-massage techniques and studies for the result screen; which self-massage is safe to show; why a flag rules types out. */
export {
  GUIDE_STUDIES,
  NOT_A_DIAGNOSIS,
  RULED_OUT_WHY,
  SELF_MASSAGE_TIPS,
  THERAPIST_TIPS,
  selfMassagePlan,
  type Finding,
  type SelfMassagePlan,
  type Tip,
} from './guide-tips'

/** Writing sentences from table words: lists ("A, B and C") and first-letter case. */
export { listInWords, lowerFirst, upperFirst } from './words'
