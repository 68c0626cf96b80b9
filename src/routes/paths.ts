import type { QuizAnswers } from '../engine'
import { QUESTIONS } from '../engine'
import { SHARE_ROUTE, toShareHash } from '../share/link'

/** The only place URLs are built. Router paths, without the '#'. */
export const paths = {
  start: () => '/',
  check: () => '/check',
  stop: () => '/stop',
  /** n counts from 1. */
  question: (n: number) => `/q/${n}`,
  result: (answers: QuizAnswers) => toShareHash(answers).slice(1),
  card: () => '/card',
}

/** Route patterns for router.tsx. */
export const patterns = {
  start: '/',
  check: '/check',
  stop: '/stop',
  question: '/q/:n',
  result: `${SHARE_ROUTE}:code`,
  card: '/card',
}

export const QUESTION_COUNT = QUESTIONS.length
