import { render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { darkModules, readQrCode } from '../../test/read-qr-code'
import { QUIET_ZONE, QrCode } from './qr-code'

const LABEL = 'QR code: opens this result on another phone'
const LINK = 'https://example.org/massage-match/#/r/25ctfa103x'

test('the QR code is a labelled picture that a QR reader decodes to the link, with a quiet zone', async () => {
  render(<QrCode text={LINK} label={LABEL} />)
  const svg = await screen.findByRole('img', { name: LABEL })
  expect(readQrCode(svg)).toBe(LINK)
  // Nothing dark within the quiet zone on any side.
  const { size, dark } = darkModules(svg)
  for (const [x, y] of dark) {
    expect(Math.min(x, y)).toBeGreaterThanOrEqual(QUIET_ZONE)
    expect(Math.max(x, y)).toBeLessThan(size - QUIET_ZONE)
  }
})

test('a text too long for a QR code is shown as text instead', async () => {
  const long = `${LINK}?${'x'.repeat(3000)}`
  render(<QrCode text={long} label={LABEL} />)
  expect(await screen.findByText(/The QR code could not be drawn/)).toHaveTextContent(long)
  expect(screen.queryByRole('img')).not.toBeInTheDocument()
})
