import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Navigate, useNavigate, useParams } from 'react-router-dom'
import { Progress } from '../../shared/components/progress'
import { RadioGroup, type ChoiceHow, type RadioOption } from '../../shared/components/radio-group'
import { WhyWeAsk } from '../../shared/components/why-we-ask'
import { QUESTIONS, type Question, type QuizAnswers } from '../../engine'
import { nextStep } from '../../state/quiz-flow'
import { useQuizStore } from '../../state/quiz-store'
import { NotFoundScreen } from '../../shared/components/not-found-screen'
import { paths } from '../../shared/paths'
import { QUESTION_COUNT, stepPath } from '../../shared/step-path'
import './quiz.css'

/** The short beat between a tap and the next question, so the person sees their choice land. */
export const ADVANCE_MS = 250

/** "3" → 2 (the question's index); anything that is not a question number → null. */
function questionIndex(param: string | undefined): number | null {
  if (!param || !/^[1-9][0-9]*$/.test(param)) return null
  const n = Number(param)
  return n <= QUESTION_COUNT ? n - 1 : null
}

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  )
}

/** The question's options as radio values: severity's numbers, or each option's position. */
function radioOptions(question: Question): RadioOption[] {
  if (question.kind === 'scale') {
    const hints = new Map(question.anchors.map((a) => [a.value, a.label]))
    const values = Array.from({ length: question.max - question.min + 1 }, (_, i) => question.min + i)
    return values.map((v) => ({ value: String(v), label: String(v), hint: hints.get(v) }))
  }
  return question.options.map((o, i) => ({ value: String(i), label: o.label, hint: o.hint }))
}

function answerOf(question: Question, radioValue: string): QuizAnswers[Question['id']] {
  if (question.kind === 'scale') return Number(radioValue)
  const option = question.options[Number(radioValue)]
  if (!option) throw new RangeError(`No option ${radioValue} in ${question.id}`)
  return option.value
}

function radioValueOf(question: Question, answer: unknown): string | null {
  if (answer === undefined) return null
  if (question.kind === 'scale') return String(answer)
  const i = (question.options as readonly { value: unknown }[]).findIndex((o) => o.value === answer)
  return i >= 0 ? String(i) : null
}

/** Where Next goes from question `index`: the next question, or the result after the last. */
function nextPath(index: number): string {
  if (index + 1 < QUESTION_COUNT) return paths.question(index + 2)
  return stepPath(nextStep(useQuizStore.getState()))
}

/**
 * The ways on from question `index`, each cancelling a move still pending: `soon` after a beat, so
 * the person sees their choice land (at once with reduced motion), `now`, and `back`.
 */
function useMoves(index: number) {
  const navigate = useNavigate()
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  // A pending move must not fire after the person has left this question.
  useEffect(() => () => clearTimeout(timer.current), [])

  // Once there, stay: a tap on Next just as the beat ends (before the next question is drawn)
  // must not add the same question to the history twice, or Back would seem to do nothing.
  const arrive = (path: string) => {
    if (window.location.hash.slice(1) !== path) navigate(path)
  }

  function go(path: string, after: number | null = null) {
    clearTimeout(timer.current)
    if (after === null) arrive(path)
    else timer.current = setTimeout(() => arrive(path), after)
  }

  return {
    soon: () => go(nextPath(index), prefersReducedMotion() ? 0 : ADVANCE_MS),
    now: () => go(nextPath(index)),
    back: () => go(index === 0 ? paths.check() : paths.question(index)),
  }
}

function QuestionStep({ index, question }: { index: number; question: Question }) {
  const answer = useQuizStore((s) => s.answers[question.id])
  const setAnswer = useQuizStore((s) => s.setAnswer)
  const [showMissing, setShowMissing] = useState(false)
  const moves = useMoves(index)
  const selected = radioValueOf(question, answer)
  const headingId = `question-${question.id}`
  const errorId = `question-${question.id}-error`

  function handleSelect(value: string, how: ChoiceHow) {
    setAnswer(question.id, answerOf(question, value))
    setShowMissing(false)
    if (how !== 'arrow') moves.soon()
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    if (selected === null) setShowMissing(true)
    else moves.now()
  }

  return (
    <form className="screen" onSubmit={handleSubmit} noValidate>
      <Progress current={index + 1} total={QUESTION_COUNT} />
      <RadioGroup
        name={question.id}
        heading={
          <h1 id={headingId} tabIndex={-1}>
            {question.prompt}
          </h1>
        }
        headingId={headingId}
        options={radioOptions(question)}
        selected={selected}
        variant={question.kind === 'scale' ? 'tiles' : 'rows'}
        describedBy={showMissing ? errorId : undefined}
        onSelect={handleSelect}
      />
      <p id={errorId} className="field-error" role="alert">
        {showMissing ? 'Choose an answer to go on' : null}
      </p>
      <WhyWeAsk why={question.why} />
      <div className="actions actions-row">
        <button type="button" className="button button-secondary" onClick={moves.back}>
          Back
        </button>
        <button
          type="submit"
          className="button button-primary"
          aria-describedby={showMissing ? errorId : undefined}
        >
          {index === QUESTION_COUNT - 1 ? 'See my result' : 'Next'}
        </button>
      </div>
    </form>
  )
}

export function QuestionScreen() {
  const { n } = useParams()
  const answers = useQuizStore((s) => s.answers)
  const screening = useQuizStore((s) => s.screening)
  const noted = useQuizStore((s) => s.noted)
  const index = questionIndex(n)
  const question = index === null ? undefined : QUESTIONS[index]
  if (index === null || !question) return <NotFoundScreen />

  // The URL is the truth, but only for a step the person can be at: the safety check comes first,
  // an urgent sign stops the quiz, and no question is asked before the ones it follows.
  const step = nextStep({ answers, screening, noted })
  const reachable = step.kind === 'result' || (step.kind === 'question' && step.index >= index)
  if (!reachable) return <Navigate to={stepPath(step)} replace />

  return <QuestionStep key={index} index={index} question={question} />
}
