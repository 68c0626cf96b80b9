// @vitest-environment node
import { expect, test } from 'vitest'
import { ANSWER_FIELDS, QUESTIONS, allowedValues, answerLabel, checkAnswer, type QuizAnswers } from './index'

test('the quiz asks one question per answer field, in field order', () => {
  expect(QUESTIONS.map((q) => q.id)).toEqual([...ANSWER_FIELDS])
})

test.each(QUESTIONS.map((q) => ({ id: q.id, q })))('question $id reads plainly', ({ q }) => {
  expect(q.prompt).toMatch(/^[A-Z].+\?$/)
  expect(q.why).toMatch(/^[A-Z].+\.$/)
  expect(q.short).toMatch(/^[A-Z][a-z ]+$/)
})

test('the pain question is a 0 to 10 scale with words at none, moderate and worst', () => {
  const q = QUESTIONS[0]!
  expect(q.kind).toBe('scale')
  if (q.kind !== 'scale') return
  expect([q.min, q.max]).toEqual([0, 10])
  expect(q.anchors).toEqual([
    { value: 0, label: 'No pain' },
    { value: 5, label: 'Moderate' },
    { value: 10, label: 'Worst imaginable' },
  ])
})

test.each(QUESTIONS.filter((q) => q.kind === 'choice').map((q) => ({ id: q.id, q })))(
  'question $id offers every valid answer once, each with a label',
  ({ id, q }) => {
    if (q.kind !== 'choice') return
    const values = q.options.map((o) => o.value as unknown)
    expect([...values].sort()).toEqual([...allowedValues(id)].sort())
    for (const option of q.options) {
      expect(checkAnswer(id, option.value)).toBeNull()
      expect(option.label).toMatch(/^[A-Z0-9]/)
      if (option.hint !== undefined) expect(option.hint).toMatch(/^[a-z]/)
    }
    expect(new Set(q.options.map((o) => o.label)).size).toBe(q.options.length)
  },
)

test.each([
  { id: 'severity', value: 7, label: '7 out of 10' },
  { id: 'severity', value: 0, label: '0 out of 10' },
  { id: 'duration', value: 'acute', label: 'Less than 6 weeks' },
  { id: 'duration', value: 'chronic', label: 'More than 12 weeks' },
  { id: 'radiation', value: 'below-knee', label: 'Down my leg, below the knee' },
  { id: 'pressure', value: 'no-back', label: 'I would rather not have my back touched' },
  { id: 'knots', value: 'sharp', label: 'Yes, spots that hurt sharply when pressed' },
  { id: 'stiffness', value: true, label: 'Yes, it feels tight or stiff' },
  { id: 'stress', value: false, label: 'No, not really' },
] as const)('answerLabel($id, $value) is "$label"', ({ id, value, label }) => {
  expect(answerLabel(id, value)).toBe(label)
})

test('answerLabel falls back to the value itself for a value with no option', () => {
  expect(answerLabel('duration', 'forever' as QuizAnswers['duration'])).toBe('forever')
  expect(answerLabel('nope' as keyof QuizAnswers, 3 as never)).toBe('3 out of 10')
})
