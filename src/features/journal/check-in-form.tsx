// The check-in form: its draft, what stops it from saving, Save, Cancel and, for a check-in being
// changed, Delete. Its questions are in check-in-questions.tsx.
import { useRef, useState, type FormEvent, type RefObject } from 'react'
import { useNavigate } from 'react-router-dom'
import { MASSAGE_TYPES } from '../../engine'
import { checkInChoices } from '../../person/person'
import { usePerson } from '../../person/use-person'
import { paths } from '../../shared/paths'
import { useDraft } from '../../shared/use-draft'
import { newId, today } from './browser'
import {
  checkDraft,
  checkInDraftKey,
  draftOf,
  readCheckInDraft,
  type CheckInDraft,
  type CheckInProblem,
} from './check-in-draft'
import { NoteField, PegQuestions, SessionQuestions, WhenQuestions } from './check-in-questions'
import { PROBLEM_WORDS } from './check-in-words'
import { DeleteInTwoTaps, FormButtons } from './fields'
import type { CheckIn } from './journal-data'
import { useJournalStore } from './journal-store'

/** The form's problems, and `show`, which puts them in the box and moves focus there. */
function useProblems() {
  const box = useRef<HTMLDivElement>(null)
  const [problems, setProblems] = useState<CheckInProblem[]>([])
  function show(list: CheckInProblem[]) {
    setProblems(list)
    // After React has drawn the message: move focus there, so it is read and seen.
    queueMicrotask(() => box.current?.focus())
  }
  return { box, problems, show }
}

/** The box the problems are said in, there from the start so that a screen reader announces them. */
function ProblemBox({
  box,
  problems,
}: {
  box: RefObject<HTMLDivElement | null>
  problems: CheckInProblem[]
}) {
  return (
    <div ref={box} tabIndex={-1} role="alert" className={problems.length > 0 ? 'form-errors' : undefined}>
      {problems.length > 0 ? (
        <ul>
          {problems.map((p) => (
            <li key={p}>{PROBLEM_WORDS[p]}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

/** The form's draft, kept as it changes: the check-in being changed, or a new one. */
function useCheckInDraft(entry: CheckIn | null) {
  const person = usePerson()
  const plan = useJournalStore((s) => s.journal.plan)
  const hasEntries = useJournalStore((s) => s.journal.entries.length > 0)
  const [draft, setDraft, clearDraft] = useDraft<CheckInDraft>(
    checkInDraftKey(entry?.id),
    readCheckInDraft,
    () =>
      entry
        ? draftOf(entry)
        : {
            date: today(),
            kind: hasEntries ? 'session' : 'before',
            scores: { pain: null, enjoyment: null, activity: null },
            // The plan's type only while the safety state allows it.
            type: plan && (person.allowed ?? MASSAGE_TYPES).includes(plan.type) ? plan.type : null,
            pressure: null,
            feeling: null,
            note: '',
          },
  )
  const update = (part: Partial<CheckInDraft>) => setDraft((d) => ({ ...d, ...part }))
  return { draft, update, clearDraft }
}

interface CheckInFormProps {
  entry: CheckIn | null
  /** Focuses the heading when the form follows the warning signs on the same address. */
  arrive?: (heading: HTMLHeadingElement | null) => void
}

/** Delete, asked twice, under a check-in being changed. */
function DeleteThisCheckIn({ onConfirm }: { onConfirm: () => void }) {
  return (
    <div className="actions">
      <DeleteInTwoTaps
        label="Delete this check-in"
        question="Delete this check-in?"
        warning="Delete this check-in? It cannot be undone."
        confirmLabel="Yes, delete it"
        onConfirm={onConfirm}
      />
    </div>
  )
}

/** A new check-in (`entry` null), or a change to one. */
export function CheckInForm({ entry, arrive }: CheckInFormProps) {
  const navigate = useNavigate()
  const person = usePerson()
  const plan = useJournalStore((s) => s.journal.plan)
  const saveCheckIn = useJournalStore((s) => s.saveCheckIn)
  const deleteCheckIn = useJournalStore((s) => s.deleteCheckIn)
  const { box, problems, show } = useProblems()
  const { draft, update, clearDraft } = useCheckInDraft(entry)
  // A date before the plan's start, asked about once and then kept: Save again confirms it. A
  // check-in being changed keeps its own date without asking.
  const [confirmed, setConfirmed] = useState(entry?.date)
  const { types, pressures } = checkInChoices(person, plan ? [plan.type, ...plan.next] : [], entry)
  const leave = () => {
    clearDraft()
    navigate(paths.journal())
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    const checked = checkDraft(draft, today(), { planStart: plan?.start, confirmed })
    if (!checked.ok) {
      if (checked.problems.includes('before-plan')) setConfirmed(draft.date)
      return show(checked.problems)
    }
    const saved = saveCheckIn({
      id: entry?.id ?? newId(),
      created: entry?.created ?? Date.now(),
      ...checked.fields,
      // Signs noted at this check-in are a record of their own (NotedSigns); an older check-in keeps its own.
      signs: entry?.signs ?? [],
    })
    // The form stays, with what was entered, and says so.
    if (saved === 'not-saved') return show(['not-saved'])
    leave()
  }

  return (
    <form className="screen" onSubmit={handleSubmit} noValidate>
      <h1 ref={arrive} tabIndex={-1}>
        {entry ? 'Change a check-in' : 'Check-in'}
      </h1>
      <ProblemBox box={box} problems={problems} />
      <WhenQuestions draft={draft} update={update} />
      <PegQuestions draft={draft} update={update} />
      {draft.kind === 'session' ? (
        <SessionQuestions draft={draft} update={update} types={types} pressures={pressures} />
      ) : null}
      <NoteField draft={draft} update={update} />
      <FormButtons back="Cancel" onBack={leave} submit="Save" />
      {entry ? (
        <DeleteThisCheckIn
          onConfirm={() => (deleteCheckIn(entry.id) === 'not-saved' ? show(['not-deleted']) : leave())}
        />
      ) : null}
    </form>
  )
}
