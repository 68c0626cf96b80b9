// @vitest-environment node
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
  ['  spaces, then words', '"  spaces, then words"'],
  ['1+1=2', '1+1=2'],
  ['a note - with a dash', 'a note - with a dash'],
  ['me@home', 'me@home'],
  // What a spreadsheet could run as a formula gets an apostrophe first.
  ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
  ['+1', "'+1"],
  ['-2 after', "'-2 after"],
  ['@sum', "'@sum"],
  ['\t=1', "'\t=1"],
  ['\r=1', `"'\r=1"`],
  ['\n=1', `"'\n=1"`],
  ['\tplain', "'\tplain"],
  [' =1', "' =1"],
  ['   +1', "'   +1"],
  [' \n=1', `"' \n=1"`],
  ['\u3000=1', "'\u3000=1"],
  ['\u00a0@x', "'\u00a0@x"],
  ['＝1+1', "'＝1+1"],
  ['＋1', "'＋1"],
  ['－1', "'－1"],
  ['＠sum', "'＠sum"],
  [' ＝1', "' ＝1"],
  ['﹦1', "'﹦1"],
])('the note %j is written as %s', (note, cell) => {
  expect(csvCell(note)).toBe(cell)
})

test('noted warning signs are rows of their own, in date order with the check-ins', () => {
  const csv = journalCsv(
    [checkIn('2026-06-08', 'session', 4), checkIn('2026-06-01', 'before', 6)],
    [{ id: 'n1', date: '2026-06-05', created: 1, signs: ['fever', 'night-pain'] }],
  )
  expect(csv.split('\r\n').slice(1, -1)).toEqual([
    '2026-06-01,before,6,6,6,6,,,,,',
    '2026-06-05,warning signs,,,,,,,,fever night-pain,',
    '2026-06-08,session,4,4,4,4,Swedish Massage,,,,',
  ])
})

test('numbers are written as they are', () => {
  expect(csvCell(-1)).toBe('-1')
})
