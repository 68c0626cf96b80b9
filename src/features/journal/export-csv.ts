// The journal as a spreadsheet (CSV): one row per check-in, oldest first.
import { MASSAGE_NAMES } from '../../engine'
import { pegScore, sortCheckIns, type CheckIn } from './journal-data'

const CSV_COLUMNS = [
  'date',
  'when',
  'pain',
  'enjoyment',
  'activity',
  // The average of the three before it, in the screen's words; "PEG" for a doctor who knows the scale.
  'average of the 3 answers (PEG)',
  'massage',
  'pressure',
  'feeling',
  'warning signs',
  'note',
] as const

/**
 * One cell, quoted when it holds a comma, quote or line break. A cell that a spreadsheet would
 * run as a formula (starting =, +, -, @) gets a leading apostrophe: a note is the person's own
 * words, and opening the file must never run them.
 */
export function csvCell(value: string | number): string {
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function journalCsv(entries: readonly CheckIn[]): string {
  const rows = sortCheckIns(entries).map((e) =>
    [
      e.date,
      e.kind,
      e.pain,
      e.enjoyment,
      e.activity,
      pegScore(e),
      e.type ? MASSAGE_NAMES[e.type] : '',
      e.pressure ?? '',
      e.feeling ?? '',
      e.signs.join(' '),
      e.note,
    ]
      .map(csvCell)
      .join(','),
  )
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n'
}
