// @vitest-environment node
import { expect, test } from 'vitest'
import { EVIDENCE, EVIDENCE_LAST_REVIEWED, EVIDENCE_SUMMARY } from './evidence'

test('the summary says the types have not been shown to differ, and that the order follows the answers and the guide', () => {
  const summary = EVIDENCE_SUMMARY.join(' ')
  // Said as far as the evidence goes: one trial compared two kinds, and found them about equal.
  expect(summary).toMatch(
    /The one large trial that compared two kinds of massage for back pain .* found them about equal/,
  )
  expect(summary).toMatch(/No type has been shown to work better than another/)
  expect(summary).not.toMatch(/much better/)
  expect(summary).toMatch(/follows your answers and what our guide says/)
  expect(summary).toMatch(/weakest of all for reflexology/)
})

test.each([
  {
    id: 'cherkin-2011',
    words: /about equally/,
    url: 'https://doi.org/10.7326/0003-4819-155-1-201107050-00002',
  },
  {
    id: 'cochrane-2015',
    words: /low to very low quality/,
    url: 'https://doi.org/10.1002/14651858.CD001929.pub3',
  },
  { id: 'acp-2017', words: /does not list massage/, url: 'https://doi.org/10.7326/M16-2367' },
  { id: 'nhs-back-pain', words: /warning signs/, url: 'https://www.nhs.uk/conditions/back-pain/' },
  { id: 'guide', words: /go further than the research/, url: null },
])('$id is listed with its real strength and its link', ({ id, words, url }) => {
  const entry = EVIDENCE.find((e) => e.id === id)
  expect(entry).toBeDefined()
  expect(`${entry?.finding} ${entry?.strength}`).toMatch(words)
  expect(entry?.url).toBe(url)
})

test('every entry is plain sentences, ids are unique, and the review date is a real ISO date', () => {
  expect(new Set(EVIDENCE.map((e) => e.id)).size).toBe(EVIDENCE.length)
  for (const e of EVIDENCE) {
    expect(e.finding, e.id).toMatch(/^[A-Z0-9"].+\.$/)
    expect(e.strength, e.id).toMatch(/^[A-Z].+\.$/)
    if (e.url !== null) expect(new URL(e.url).protocol, e.id).toBe('https:')
  }
  expect(EVIDENCE_LAST_REVIEWED).toBe('2026-12-01')
  expect(new Date(`${EVIDENCE_LAST_REVIEWED}T00:00:00Z`).toISOString().slice(0, 10)).toBe(
    EVIDENCE_LAST_REVIEWED,
  )
})

test('no claim is stronger than the evidence: no "proven", "effective" or "best for chronic"', () => {
  const words = [...EVIDENCE_SUMMARY, ...EVIDENCE.flatMap((e) => [e.finding, e.strength])].join(' ')
  expect(words).not.toMatch(/proven|effective|best for chronic|toxins/i)
})
