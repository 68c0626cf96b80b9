import { expect, test } from 'vitest'
import { escapeText, foldLine, planCalendar } from './ics'
import type { Plan } from './journal-data'

const plan: Plan = { type: 'swedish', next: [], start: '2026-06-01', time: '18:30', weeks: 6 }

/** Unfolds and splits an iCalendar file into [name with parameters, value] pairs. */
function contentLines(text: string): [string, string][] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '')
    .map((l) => {
      const at = l.indexOf(':')
      return [l.slice(0, at), l.slice(at + 1)]
    })
}

test('the plan is one weekly event for six weeks at its time, with a reminder an hour before', () => {
  const text = planCalendar(
    plan,
    'Swedish Massage',
    new Date('2026-05-30T09:15:00Z'),
    'https://x.test/#/journal',
  )
  const lines = contentLines(text)
  const value = (name: string) => lines.find(([n]) => n === name)?.[1]
  expect(lines[0]).toEqual(['BEGIN', 'VCALENDAR'])
  expect(lines.at(-1)).toEqual(['END', 'VCALENDAR'])
  expect(value('DTSTART')).toBe('20260601T183000')
  expect(value('RRULE')).toBe('FREQ=WEEKLY;COUNT=6')
  expect(value('DTSTAMP')).toBe('20260530T091500Z')
  expect(value('TRIGGER')).toBe('-PT1H')
  expect(value('SUMMARY')).toBe('Swedish Massage session (Massage Match plan)')
  expect(value('UID')).toBe('plan-20260601-swedish@massage-match')
  expect(value('DESCRIPTION')).toContain('https://x.test/#/journal')
  // Every line ends CRLF and none is longer than 75 octets.
  expect(text.endsWith('\r\n')).toBe(true)
  for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
})

test('text values escape the characters the format reserves', () => {
  expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
})

test('long lines fold at 75 octets without splitting a character', () => {
  const line = `DESCRIPTION:${'é'.repeat(100)}`
  const folded = foldLine(line)
  const parts = folded.split('\r\n')
  expect(parts.length).toBeGreaterThan(1)
  for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75)
  expect(folded.replace(/\r\n /g, '')).toBe(line)
})
