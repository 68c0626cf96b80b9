import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import { LinkProblem } from './link-problem'

test('a broken link gives the reason, the same time as the start screen, and a way into the quiz', async () => {
  const user = userEvent.setup()
  const onTakeQuiz = vi.fn()
  render(<LinkProblem reason="The link is cut short." onTakeQuiz={onTakeQuiz} />)
  expect(screen.getByRole('heading', { level: 1, name: "This link can't be opened" })).toBeInTheDocument()
  expect(screen.getByText('The link is cut short.')).toBeInTheDocument()
  expect(screen.getByText(/takes a few minutes\./)).toBeInTheDocument()
  expect(screen.queryByText(/minute or two/)).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Take the quiz' }))
  expect(onTakeQuiz).toHaveBeenCalledOnce()
})
