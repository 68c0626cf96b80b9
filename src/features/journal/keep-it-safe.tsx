// Keeping the journal safe: it is only on this phone, so backup, export, import, print and delete.
import { useState, type ChangeEvent } from 'react'
import { downloadFile, readFileText, today } from './browser'
import { journalCsv } from './export-csv'
import { DeleteInTwoTaps } from './fields'
import { importStep } from './import-backup'
import { isEmptyJournal, parseBackup, serializeJournal, type BackupRead, type Journal } from './journal-data'
import { useJournalStore } from './journal-store'
import { IMPORT_NOTICES, KEPT_WORDS, MAY_CLEAR_WORDS, NOT_DELETED, replaceWords } from './journal-words'

/** Downloads the journal as a backup file, which "Import a backup" reads back. */
export function BackupButton({ journal }: { journal: Journal }) {
  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={() =>
        downloadFile(`massage-journal-${today()}.json`, 'application/json', serializeJournal(journal))
      }
    >
      Download a backup
    </button>
  )
}

/**
 * Importing a backup file: `choose` reads the chosen file; over a journal, it waits as `pending`
 * until `replace` (or `cancel`). How it ended is the journal's notice.
 */
function useImport(hasJournal: boolean) {
  const replaceJournal = useJournalStore((s) => s.replace)
  const setNotice = useJournalStore((s) => s.setNotice)
  const [pending, setPending] = useState<BackupRead | null>(null)

  function replace(read: BackupRead) {
    setPending(null)
    const end = replaceJournal(read.journal) === 'not-saved' ? 'not-saved' : 'imported'
    setNotice(IMPORT_NOTICES[end](read))
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setPending(null)
    const read = parseBackup(await readFileText(file).catch(() => ''), today())
    const step = importStep(read, hasJournal)
    if (step === 'ask') setPending(read)
    else if (step === 'replace') replace(read)
    else setNotice(IMPORT_NOTICES[step](read))
  }

  return { pending, choose, replace, cancel: () => setPending(null) }
}

/** The question before an import replaces the journal, with what will be left out. */
function ReplaceQuestion({
  count,
  read,
  onReplace,
  onCancel,
}: {
  count: number
  read: BackupRead
  onReplace: () => void
  onCancel: () => void
}) {
  return (
    <div className="confirm" role="group" aria-label="Replace your journal?">
      <p>{replaceWords(count, read)}</p>
      <div className="actions actions-row">
        <button type="button" className="button button-primary" onClick={onReplace}>
          Replace it
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  )
}

/** The journal's copies: a backup, a spreadsheet, a printed summary. */
function Copies({ journal }: { journal: Journal }) {
  const csv = () =>
    downloadFile(`massage-journal-${today()}.csv`, 'text/csv', journalCsv(journal.entries, journal.noted))
  return (
    <>
      <BackupButton journal={journal} />
      <button type="button" className="button button-secondary" onClick={csv}>
        Download as a spreadsheet (CSV)
      </button>
      <button type="button" className="button button-secondary" onClick={() => window.print()}>
        Print a summary
      </button>
    </>
  )
}

/** Deletes the plan, every record, the drafts and any damaged copy, in two taps. */
function DeleteEverything() {
  const deleteAll = useJournalStore((s) => s.deleteAll)
  const setNotice = useJournalStore((s) => s.setNotice)
  return (
    <div className="actions">
      <DeleteInTwoTaps
        label="Delete everything"
        question="Delete everything?"
        warning="This deletes your plan and every check-in from this phone. It cannot be undone."
        confirmLabel="Yes, delete everything"
        onConfirm={() => {
          if (deleteAll() === 'not-saved') setNotice(NOT_DELETED)
        }}
      />
    </div>
  )
}

/** Backup, export, import, print and delete: the journal is only on this phone. */
export function KeepItSafe({ journal, damaged }: { journal: Journal; damaged: string | null }) {
  const kept = useJournalStore((s) => s.kept)
  const hasAny = !isEmptyJournal(journal)
  const { pending, choose, replace, cancel } = useImport(hasAny)
  const downloadDamaged = () =>
    downloadFile(`massage-journal-damaged-${today()}.txt`, 'text/plain', damaged ?? '')
  return (
    <section aria-labelledby="safe-heading" className="no-print">
      <h2 id="safe-heading">Keep your journal safe</h2>
      <p>
        Your journal is only on this phone: nothing is sent anywhere, and a shared link never includes it.
      </p>
      <p>{kept ? KEPT_WORDS : MAY_CLEAR_WORDS}</p>
      <div className="actions">
        {hasAny ? <Copies journal={journal} /> : null}
        {damaged !== null ? (
          <button type="button" className="button button-secondary" onClick={downloadDamaged}>
            Download the damaged copy
          </button>
        ) : null}
        <label className="button button-secondary file-button">
          Import a backup
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={choose} />
        </label>
      </div>
      {pending ? (
        <ReplaceQuestion
          count={journal.entries.length}
          read={pending}
          onReplace={() => replace(pending)}
          onCancel={cancel}
        />
      ) : null}
      {hasAny || damaged !== null ? <DeleteEverything /> : null}
    </section>
  )
}
