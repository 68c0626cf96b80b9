// The journal as a spreadsheet (CSV): one row per check-in and per note of warning signs, oldest first.
import { MASSAGE_NAMES } from '../../engine'
import { pegScore, sortByDay, type CheckIn, type NotedSigns } from './journal-data'

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
 * What a spreadsheet may read as a formula: a cell starting with = + - @, a tab, a carriage return
 * or a line feed, after any spaces (a spreadsheet may trim them; full-width ones too), or with the
 * full-width or small forms of those signs, which some spreadsheets read as the signs themselves.
 */
const FORMULA_START = /^\s*[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/

/**
 * One cell, quoted when it holds a comma, quote or line break. A text cell a spreadsheet could
 * run as a formula gets a leading apostrophe: a note is the person's own words, and opening the
 * file must never run them.
 */
export function csvCell(value: string | number): string {
  let text = String(value)
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The "when" of a row of noted warning signs (the signs in their own column, the answers' cells empty). */
const NOTED_WHEN = 'warning signs'

export function journalCsv(entries: readonly CheckIn[], noted: readonly NotedSigns[] = []): string {
  const checkIns = entries.map((e) => ({
    date: e.date,
    created: e.created,
    cells: [
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
    ],
  }))
  const signs = noted.map((r) => ({
    date: r.date,
    created: r.created,
    cells: [r.date, NOTED_WHEN, '', '', '', '', '', '', '', r.signs.join(' '), ''],
  }))
  const rows = sortByDay([...checkIns, ...signs]).map((row) => row.cells.map(csvCell).join(','))
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n'
}
