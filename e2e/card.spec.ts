import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { MASSAGE_NAMES, advise, type ScreeningItem } from '../src/engine'
import { paths } from '../src/shared/paths'
import { toShareHashAvoiding } from '../src/share/link'
import { copyInsteadOfShare, test, expect } from './fixtures'
import { ANSWER_SETS, TITLES, button, h1, press } from './flow'
import { openWithSaved } from './tour'

const QR_LABEL = 'QR code: opens this result on another phone'

/** Pages in a PDF: each page is one `/Type /Page` object (`/Pages` is the tree above them). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0
}

test("the card's QR code decodes to the result link Share sends, which opens the sender's first pick on another phone @phones", async ({
  page,
  context,
  newContext,
  baseURL,
}) => {
  await copyInsteadOfShare(context)
  const answers = ANSWER_SETS[2]!
  const screening: ScreeningItem[] = ['osteoporosis']
  const sender = advise(answers, screening)
  const top = sender.picks[0]!.type
  // Fragile bones rule out the type these answers alone put first: the code must carry that.
  expect(advise(answers, []).picks[0]!.type).not.toBe(top)

  await openWithSaved(page, paths.result(), answers, screening)
  await expect(h1(page)).toContainText(MASSAGE_NAMES[top])
  await press(button(page, 'Share'))
  await expect(page.getByText('Link copied')).toBeVisible()
  const shared = await page.evaluate(() => navigator.clipboard.readText())
  expect(shared).toBe(
    baseURL +
      toShareHashAvoiding(
        answers,
        sender.avoided.map((a) => a.type),
      ),
  )

  await press(page.getByRole('link', { name: 'Show this to your therapist' }))
  await expect(h1(page)).toHaveText(TITLES.card)
  const code = page.getByRole('img', { name: QR_LABEL })
  await expect(code).toBeVisible()
  // Large enough to read across a desk, and within the screen.
  const box = (await code.boundingBox())!
  expect(box.width).toBeGreaterThanOrEqual(200)
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width)

  // What a camera sees: the drawn pixels, decoded by a QR reader.
  const png = PNG.sync.read(await code.screenshot())
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
  expect(decoded).toBe(shared)

  const therapist = await (await newContext()).newPage()
  await therapist.goto(decoded!)
  await expect(h1(therapist)).toContainText(MASSAGE_NAMES[top])
  await expect(therapist.getByText('This is a shared result')).toBeVisible()
})

test('the card prints on one page, A4 or Letter, dated, with the cautions and the QR code, without the header or buttons', async ({
  page,
}) => {
  const answers = ANSWER_SETS[1]!
  // Many cautions at once: the longest card there is short of an urgent sign.
  const screening: ScreeningItem[] = [
    'osteoporosis',
    'bleeding-disorder',
    'skin-condition',
    'recent-surgery',
    'pregnancy',
    'cancer-history',
  ]
  await openWithSaved(page, paths.card(), answers, screening)
  await expect(h1(page)).toHaveText(TITLES.card)
  await expect(page.getByRole('img', { name: QR_LABEL })).toBeVisible()

  await page.emulateMedia({ media: 'print' })
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })
  await expect(page.getByText(`Made on ${today}`)).toBeVisible()
  await expect(page.getByRole('region', { name: 'Cautions from the safety check' })).toBeVisible()
  await expect(page.getByRole('img', { name: QR_LABEL })).toBeVisible()
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(page.getByRole('button')).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Back to the result' })).toBeHidden()

  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: true })
    expect(pdfPages(pdf), `pages on ${format}`).toBe(1)
  }
})
