import { useRef, useState, type FormEvent } from 'react'
import { Link, useNavigate, useParams } from 'react-router-dom'
import {
  MASSAGE_NAMES,
  MASSAGE_TYPES,
  type MassageType,
  SCREENING_TABLE,
  type ScreeningItem,
} from '../../engine'
import { ScreeningGroup } from '../../shared/components/check-row'
import { EmergencyCall } from '../../shared/components/emergency-call'
import { ChoiceGroup } from '../../shared/components/radio-group'
import { checkInChoices } from '../../person/person'
import { usePerson } from '../../person/use-person'
import { paths } from '../../shared/paths'
import { useQuizStore } from '../../state/quiz-store'
import { useDraft } from '../../shared/use-draft'
import { newId, today } from './browser'
import {
  SIGNS_DRAFT_KEY,
  checkInDraftKey,
  deletedWithDraft,
  readCheckInDraft,
  readSignsDraft,
} from './check-in-draft'
import { KIND_WORDS } from './check-in-table'
import { howSoonHeading } from './how-soon'
import {
  CHECK_IN_KINDS,
  NOTE_MAX,
  isDay,
  type CheckIn,
  type CheckInKind,
  type Feeling,
  type Pressure,
} from './journal-data'
import { DeleteInTwoTaps, FormButtons } from './fields'
import { useJournalStore } from './journal-store'
import { CHECK_IN_NOT_DELETED, CHECK_IN_NOT_SAVED } from './journal-words'
import './journal.css'

// The safety check's words under a sign, except where they point to a quiz question the check-in
// does not ask.
const SIGN_DETAILS: Partial<Record<ScreeningItem, string>> = {
  'leg-weakness': 'Pain down one leg on its own does not count. A leg that is getting weaker does.',
}

// Read from the safety check's table (the warning signs, and the conditions that can start during
// a plan), so a sign added or reworded there is asked here too.
const WARNING_SIGNS = SCREENING_TABLE.filter((e) => e.atCheckIn).map((e) => ({
  ...e,
  detail: SIGN_DETAILS[e.item] ?? e.detail,
}))

/** The PEG-3 questions, in plain words (0 to 10 each). */
const PEG_QUESTIONS = [
  {
    key: 'pain',
    prompt: 'How bad has your pain been, on average, in the past week?',
    low: 'No pain',
    high: 'As bad as you can imagine',
  },
  {
    key: 'enjoyment',
    prompt: 'How much has pain got in the way of enjoying life, in the past week?',
    low: 'Not at all',
    high: 'Completely',
  },
  {
    key: 'activity',
    prompt: 'How much has pain got in the way of your daily activities, in the past week?',
    low: 'Not at all',
    high: 'Completely',
  },
] as const

type PegKey = (typeof PEG_QUESTIONS)[number]['key']

const PRESSURE_LABELS: Readonly<Record<Pressure, string>> = { light: 'Light', medium: 'Medium', firm: 'Firm' }

const FEELING_OPTIONS: { value: Feeling; label: string }[] = [
  { value: 'good', label: 'Good: relaxing, or it eased the pain' },
  { value: 'ok', label: 'Okay' },
  { value: 'sore', label: 'Sore afterwards' },
  { value: 'too-much', label: 'Too painful' },
]

const scale = (low: string, high: string) =>
  Array.from({ length: 11 }, (_, n) => ({
    value: String(n),
    label: String(n),
    hint: n === 0 ? low : n === 10 ? high : undefined,
  }))

/** A new check-in (the warning signs first), or a change to one: `#/journal/check-in/:id`. */
export function CheckInScreen() {
  const { id } = useParams()
  const entries = useJournalStore((s) => s.journal.entries)
  // The check-in as the form opened it: deleted in another tab meanwhile, it stays on screen with
  // what was typed, and Save brings it back (the later action wins, with a notice); so does a
  // change kept as a draft, if the form opens again after the delete.
  const [opened] = useState(() => entries.find((e) => e.id === id) ?? deletedWithDraft(id))
  if (id === undefined) return <NewCheckIn />
  const entry = entries.find((e) => e.id === id) ?? (opened?.id === id ? opened : undefined)
  if (!entry) {
    return (
      <div className="screen">
        <h1>This check-in can't be found</h1>
        <p>It may have been deleted, or the journal was replaced by a backup.</p>
        <p>
          <Link to={paths.journal()} className="button button-primary">
            Back to your journal
          </Link>
        </p>
      </div>
    )
  }
  return <CheckInForm entry={entry} />
}

/** Asks about new warning signs, as the safety check does, before the check-in itself. */
function NewCheckIn() {
  const navigate = useNavigate()
  const noteSigns = useQuizStore((s) => s.noteSigns)
  const saveNoted = useJournalStore((s) => s.saveNoted)
  const isFirst = useJournalStore((s) => s.journal.entries.length === 0)
  // Kept as they are made, like the form's input: an update or a closed tab does not lose them.
  const [ticked, setTicked, clearTicked] = useDraft<ScreeningItem[]>(
    SIGNS_DRAFT_KEY,
    readSignsDraft,
    () => [],
  )
  const [step, setStep] = useState<'signs' | 'advice' | 'form'>('signs')
  // The steps share one address, so the layout does not see a new screen: each step's heading
  // takes focus and names the tab itself once the person has moved on.
  const [moved, setMoved] = useState(false)
  // Once per step: the ref runs again on every render (a tick, a keystroke).
  const focused = useRef<string | null>(null)
  const arrive = (heading: HTMLHeadingElement | null) => {
    if (!heading || !moved || focused.current === step) return
    focused.current = step
    heading.focus()
    document.title = `${heading.textContent ?? ''} – Massage Match`
  }
  const goTo = (next: typeof step) => {
    setMoved(true)
    setStep(next)
  }

  function handleSigns(event: FormEvent) {
    event.preventDefault()
    clearTicked()
    if (ticked.length === 0) return goTo('form')
    // A sign noted here joins the person's safety state, exactly as if ticked in the safety check
    // (the result, the card and this journal then say the same), and the journal keeps a dated
    // record of it, before anything else: an urgent one goes straight to the stop screen.
    const signs = SCREENING_TABLE.map((e) => e.item).filter((item) => ticked.includes(item))
    const day = today()
    noteSigns(signs, day)
    saveNoted({ id: newId(), date: day, created: Date.now(), signs })
    if (WARNING_SIGNS.some((e) => e.level === 'urgent' && ticked.includes(e.item))) {
      navigate(paths.stop())
      return
    }
    goTo('advice')
  }

  if (step === 'form') return <CheckInForm entry={null} arrive={arrive} />
  if (step === 'advice') {
    const chosen = WARNING_SIGNS.filter((e) => ticked.includes(e.item))
    return (
      <div className="screen">
        <h1 ref={arrive} tabIndex={-1}>
          {howSoonHeading(ticked) ?? 'Tell your therapist before your next massage'}
        </h1>
        <ul className="advice-list">
          {chosen.map((e) => (
            <li key={e.item}>
              <strong>{e.short}.</strong> {e.advice}
            </li>
          ))}
        </ul>
        {chosen.some((e) => e.call !== null) ? <EmergencyCall /> : null}
        <p>We have noted this in your journal, and your result follows it.</p>
        <p>You can still write down how you are: it helps the doctor to see it.</p>
        <div className="actions actions-row">
          <button type="button" className="button button-secondary" onClick={() => goTo('signs')}>
            Back
          </button>
          <button type="button" className="button button-primary" onClick={() => goTo('form')}>
            Go on to the check-in
          </button>
        </div>
      </div>
    )
  }
  return (
    <form className="screen" onSubmit={handleSigns} noValidate>
      <h1 ref={arrive} tabIndex={-1}>
        Any new warning signs?
      </h1>
      <p className="lead">
        {/* The first check-in has no last one: "new" as the safety check says it. */}
        {isFirst
          ? 'Do you have any of these? New means it started in the last 2 weeks, or a doctor has not checked it yet.'
          : 'Before each check-in: has any of these started since your last one?'}
      </p>
      <ScreeningGroup
        legend="Warning signs and changes"
        entries={WARNING_SIGNS}
        ticked={ticked}
        onTick={(item, on) => setTicked((list) => (on ? [...list, item] : list.filter((i) => i !== item)))}
      />
      <FormButtons
        back="Back"
        onBack={() => {
          clearTicked()
          navigate(paths.journal())
        }}
        submit={ticked.length === 0 ? 'None of these' : 'Continue'}
      />
    </form>
  )
}

type Draft = {
  date: string
  kind: CheckInKind
  scores: Record<PegKey, number | null>
  type: MassageType | null
  pressure: Pressure | null
  feeling: Feeling | null
  note: string
}

interface CheckInFormProps {
  entry: CheckIn | null
  /** Focuses the heading when the form follows the warning signs on the same address. */
  arrive?: (heading: HTMLHeadingElement | null) => void
}

function CheckInForm({ entry, arrive }: CheckInFormProps) {
  const navigate = useNavigate()
  const person = usePerson()
  const plan = useJournalStore((s) => s.journal.plan)
  const hasEntries = useJournalStore((s) => s.journal.entries.length > 0)
  const saveCheckIn = useJournalStore((s) => s.saveCheckIn)
  const deleteCheckIn = useJournalStore((s) => s.deleteCheckIn)
  const errorBox = useRef<HTMLDivElement>(null)
  const [errors, setErrors] = useState<string[]>([])
  const draftKey = checkInDraftKey(entry?.id)
  const [draft, setDraft, clearDraft] = useDraft<Draft>(draftKey, readCheckInDraft, () =>
    entry
      ? {
          date: entry.date,
          kind: entry.kind,
          scores: { pain: entry.pain, enjoyment: entry.enjoyment, activity: entry.activity },
          type: entry.type,
          pressure: entry.pressure,
          feeling: entry.feeling,
          note: entry.note,
        }
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
  const update = (part: Partial<Draft>) => setDraft((d) => ({ ...d, ...part }))
  const { types, pressures } = checkInChoices(person, plan ? [plan.type, ...plan.next] : [], entry)

  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    const problems: string[] = []
    if (!isDay(draft.date) || draft.date > today())
      problems.push('Choose the date of the check-in: today or an earlier day.')
    const { pain, enjoyment, activity } = draft.scores
    if (pain === null || enjoyment === null || activity === null)
      problems.push('Choose a number from 0 to 10 for each of the three questions.')
    if (problems.length > 0 || pain === null || enjoyment === null || activity === null) {
      setErrors(problems)
      // After React has drawn the message: move focus there, so it is read and seen.
      queueMicrotask(() => errorBox.current?.focus())
      return
    }
    const isSession = draft.kind === 'session'
    const saved = saveCheckIn({
      id: entry?.id ?? newId(),
      created: entry?.created ?? Date.now(),
      date: draft.date,
      kind: draft.kind,
      pain,
      enjoyment,
      activity,
      type: isSession ? draft.type : null,
      pressure: isSession ? draft.pressure : null,
      feeling: isSession ? draft.feeling : null,
      note: draft.note.trim().slice(0, NOTE_MAX),
      // Signs noted at this check-in are a record of their own (NotedSigns); an older check-in keeps its own.
      signs: entry?.signs ?? [],
    })
    if (saved === 'not-saved') {
      // The form stays, with what was entered, and says so.
      setErrors([CHECK_IN_NOT_SAVED])
      queueMicrotask(() => errorBox.current?.focus())
      return
    }
    clearDraft()
    navigate(paths.journal())
  }

  return (
    <form className="screen" onSubmit={handleSubmit} noValidate>
      <h1 ref={arrive} tabIndex={-1}>
        {entry ? 'Change a check-in' : 'Check-in'}
      </h1>
      <div
        ref={errorBox}
        tabIndex={-1}
        role="alert"
        className={errors.length > 0 ? 'form-errors' : undefined}
      >
        {errors.length > 0 ? (
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <label className="field">
        <span className="field-label">Date</span>
        <input
          className="text-box"
          type="date"
          value={draft.date}
          max={today()}
          onChange={(e) => update({ date: e.target.value })}
        />
      </label>
      <ChoiceGroup
        name="kind"
        legend="When is this?"
        options={CHECK_IN_KINDS.map((k) => ({ value: k, label: KIND_WORDS[k] }))}
        selected={draft.kind}
        variant="rows"
        onSelect={(value) => update({ kind: value as CheckInKind })}
      />
      {PEG_QUESTIONS.map((q) => (
        <ChoiceGroup
          key={q.key}
          name={q.key}
          legend={q.prompt}
          options={scale(q.low, q.high)}
          selected={draft.scores[q.key] === null ? null : String(draft.scores[q.key])}
          variant="tiles"
          onSelect={(value) => update({ scores: { ...draft.scores, [q.key]: Number(value) } })}
        />
      ))}
      {draft.kind === 'session' ? (
        <>
          {types.length === 0 ? (
            <p>What you told us rules out every massage type for now, so no massage is listed here.</p>
          ) : null}
          {(
            [
              {
                name: 'type',
                legend: 'Which massage?',
                options: types.map((t) => ({ value: t, label: MASSAGE_NAMES[t] })),
              },
              {
                name: 'pressure',
                legend: 'What pressure?',
                options: pressures.map((p) => ({ value: p, label: PRESSURE_LABELS[p] })),
              },
              { name: 'feeling', legend: 'How did it feel?', options: FEELING_OPTIONS },
            ] as const
          )
            // A group with nothing to offer (the safety state rules out every type) is not asked.
            .filter((group) => group.options.length > 0)
            .map((group) => (
              <ChoiceGroup
                key={group.name}
                name={group.name}
                legend={group.legend}
                options={group.options}
                selected={draft[group.name]}
                variant="rows"
                // Each group offers only its own field's values, so the value fits the field.
                onSelect={(value) =>
                  update({ [group.name]: value } as Partial<Pick<typeof draft, typeof group.name>>)
                }
              />
            ))}
        </>
      ) : null}
      <label className="field">
        <span className="field-label">Note (if you like)</span>
        <textarea
          className="text-box"
          value={draft.note}
          maxLength={NOTE_MAX}
          rows={3}
          onChange={(e) => update({ note: e.target.value })}
        />
      </label>
      <FormButtons
        back="Cancel"
        onBack={() => {
          clearDraft()
          navigate(paths.journal())
        }}
        submit="Save"
      />
      {entry ? (
        <div className="actions">
          <DeleteInTwoTaps
            label="Delete this check-in"
            question="Delete this check-in?"
            warning="Delete this check-in? It cannot be undone."
            confirmLabel="Yes, delete it"
            onConfirm={() => {
              if (deleteCheckIn(entry.id) === 'not-saved') {
                setErrors([CHECK_IN_NOT_DELETED])
                queueMicrotask(() => errorBox.current?.focus())
                return
              }
              clearDraft()
              navigate(paths.journal())
            }}
          />
        </div>
      ) : null}
    </form>
  )
}
