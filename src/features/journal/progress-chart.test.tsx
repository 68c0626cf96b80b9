import { render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { ProgressChart } from './progress-chart'
import { checkIn, weekly } from './test-entries'

/** The chart's two lines in drawing order (later is on top); an SVG's lines have no role to query by. */
function lines(container: HTMLElement) {
  return [...container.querySelectorAll('polyline')].map((line) => ({
    kind: line.getAttribute('class'),
    points: line.getAttribute('points'),
  }))
}

test('when pain and the 3-question score are equal, the dashed score is drawn over the solid pain line, so both show', () => {
  // Enjoyment and activity as pain: the score is the pain, check-in after check-in.
  const entries = [checkIn('2026-06-01', 'before', 6), checkIn('2026-06-08', 'session', 4)]
  const { container } = render(<ProgressChart entries={entries} />)
  const [under, over] = lines(container)
  expect(under?.kind).toBe('chart-pain')
  expect(over?.kind).toBe('chart-peg')
  expect(over?.points).toBe(under?.points)
  expect(screen.getByRole('img')).toHaveAccessibleName(
    'Chart: Pain from 6 to 4, and your 3-question score from 6 to 4, over 2 check-ins. The values are in the table below.',
  )
})

test('the x axis names the days: the first, the middle and the last check-in', () => {
  const { container } = render(
    <ProgressChart
      entries={weekly([
        ['before', 6],
        ['session', 5],
        ['session', 4],
        ['session', 3],
        ['session', 3],
      ])}
    />,
  )
  const labels = [...container.querySelectorAll('text')].map((t) => t.textContent)
  expect(labels).toEqual(['0', '5', '10', '1 Jun', '15 Jun', '29 Jun'])
})

test('across a new year the days carry their years', () => {
  const entries = [checkIn('2026-12-28', 'before', 6), checkIn('2027-01-04', 'session', 5)]
  const { container } = render(<ProgressChart entries={entries} />)
  const labels = [...container.querySelectorAll('text')].map((t) => t.textContent).slice(3)
  expect(labels).toEqual(['28 Dec 2026', '4 Jan 2027'])
})
