// @vitest-environment node
import { expect, test } from 'vitest'
import { importStep } from './import-backup'
import { EMPTY_JOURNAL, type BackupRead } from './journal-data'
import { checkIn } from './test-entries'

const read = (part: Partial<BackupRead>): BackupRead => ({
  journal: EMPTY_JOURNAL,
  dropped: 0,
  unreadable: false,
  outOfRange: 0,
  ...part,
})
const oneCheckIn = { ...EMPTY_JOURNAL, entries: [checkIn('2026-06-01', 'before', 6)] }

test.each([
  {
    name: 'a file that is not a backup is refused',
    file: read({ unreadable: true }),
    hasJournal: true,
    step: 'not-a-backup',
  },
  {
    name: 'a backup with nothing readable is refused, over nothing too',
    file: read({ dropped: 3 }),
    hasJournal: false,
    step: 'nothing-to-import',
  },
  {
    name: 'a backup over a journal asks first',
    file: read({ journal: oneCheckIn }),
    hasJournal: true,
    step: 'ask',
  },
  {
    name: 'a backup over nothing replaces it at once',
    file: read({ journal: oneCheckIn }),
    hasJournal: false,
    step: 'replace',
  },
] as const)('$name', ({ file, hasJournal, step }) => {
  expect(importStep(file, hasJournal)).toBe(step)
})
