import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { WhyWeAsk } from './why-we-ask'

test('"Why we ask" starts closed and opens on a tap to show the reason', async () => {
  const user = userEvent.setup()
  render(<WhyWeAsk why="So we know how hard to press." />)
  const reason = screen.getByText('So we know how hard to press.')
  expect(reason).not.toBeVisible()
  await user.click(screen.getByText('Why we ask'))
  expect(reason).toBeVisible()
  await user.click(screen.getByText('Why we ask'))
  expect(reason).not.toBeVisible()
})

// How it looks (the "+"/"−" marker, the 44 px summary) is checked in a real browser: e2e/layout.spec.ts.
