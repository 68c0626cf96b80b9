// The plan's reminders as a calendar file (.ics, RFC 5545): one weekly event for the sessions,
// each with a reminder before and a "check in" in its description. A web app without a server
// cannot remind by itself reliably; the phone's calendar can. A few lines, so no library.
import type { Plan } from './journal-data'

/** Text escaped for an iCalendar TEXT value. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

/** Folds a line at 75 octets, as the format requires: later parts start with a space. */
export function foldLine(line: string): string {
  const bytes = new TextEncoder().encode(line)
  if (bytes.length <= 75) return line
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const charSize = new TextEncoder().encode(char).length
    const limit = parts.length === 0 ? 75 : 74
    if (size + charSize > limit) {
      parts.push(current)
      current = ''
      size = 0
    }
    current += char
    size += charSize
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const compactDay = (day: string) => day.replace(/-/g, '')
const compactTime = (time: string) => `${time.replace(':', '')}00`

/** A UTC timestamp in the format's basic form, 20261201T094500Z. */
function icsStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/**
 * The calendar file for a plan: `plan.weeks` weekly sessions from the start day at its time (the
 * phone's own time zone: a floating time), an hour long, with a reminder an hour before.
 * `now` stamps the file; `appUrl` goes in the description so the entry opens the check-in.
 */
export function planCalendar(plan: Plan, typeName: string, now: Date, appUrl: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Massage Match//Journal//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:plan-${compactDay(plan.start)}-${plan.type}@massage-match`,
    `DTSTAMP:${icsStamp(now)}`,
    `DTSTART:${compactDay(plan.start)}T${compactTime(plan.time)}`,
    'DURATION:PT1H',
    `RRULE:FREQ=WEEKLY;COUNT=${plan.weeks}`,
    `SUMMARY:${escapeText(`${typeName} session (Massage Match plan)`)}`,
    `DESCRIPTION:${escapeText(
      `Week by week for ${plan.weeks} weeks. After the session, check in: your pain and how it went.\n${appUrl}`,
    )}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT1H',
    `DESCRIPTION:${escapeText(`${typeName} session in an hour`)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
