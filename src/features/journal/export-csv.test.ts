import { expect, test } from 'vitest'
import { csvCell, journalCsv } from './export-csv'
import { checkIn } from './test-entries'

test('one header row, then one row per check-in, oldest first', () => {
  const csv = journalCsv([
    checkIn('2026-06-08', 'session', 4, { pressure: 'medium', feeling: 'good', note: 'Felt, "looser"' }),
    checkIn('2026-06-01', 'before', 6, { enjoyment: 7, activity: 5, signs: ['fever'] }),
  ])
  expect(csv.split('\r\n')).toEqual([
    'date,when,pain,enjoyment,activity,average of the 3 answers (PEG),massage,pressure,feeling,warning signs,note',
    '2026-06-01,before,6,7,5,6,,,,fever,',
    '2026-06-08,session,4,4,4,4,Swedish Massage,medium,good,,"Felt, ""looser"""',
    '',
  ])
})

test.each([
  ['plain', 'plain'],
  ['a,b', '"a,b"'],
  ['two\nlines', '"two\nlines"'],
  ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
  ['+1', "'+1"],
  ['-2 after', "'-2 after"],
  ['@sum', "'@sum"],
])('the note %j is written as %s', (note, cell) => {
  expect(csvCell(note)).toBe(cell)
})

test('numbers are written as they are', () => {
  expect(csvCell(-1)).toBe('-1')
})
