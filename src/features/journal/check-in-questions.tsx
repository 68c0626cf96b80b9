// The check-in form's questions, each a part that shows the draft and changes it.
import { MASSAGE_NAMES, type MassageType } from '../../engine'
import { ChoiceGroup } from '../../shared/components/radio-group'
import { today } from './browser'
import type { CheckInDraft } from './check-in-draft'
import { FEELING_WORDS, KIND_WORDS, PEG_QUESTIONS, PRESSURE_WORDS, scale } from './check-in-words'
import { CHECK_IN_KINDS, FEELINGS, NOTE_MAX, type Pressure } from './journal-data'

export interface DraftPartProps {
  draft: CheckInDraft
  update: (part: Partial<CheckInDraft>) => void
}

/** The day of the check-in, and when it is: before the plan, after a session, or another day. */
export function WhenQuestions({ draft, update }: DraftPartProps) {
  return (
    <>
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
        onSelect={(value) => update({ kind: value as CheckInDraft['kind'] })}
      />
    </>
  )
}

/** The three PEG questions, each a 0 to 10 scale. */
export function PegQuestions({ draft, update }: DraftPartProps) {
  return PEG_QUESTIONS.map((q) => (
    <ChoiceGroup
      key={q.key}
      name={q.key}
      legend={q.prompt}
      options={scale(q.low, q.high)}
      selected={draft.scores[q.key] === null ? null : String(draft.scores[q.key])}
      variant="tiles"
      onSelect={(value) => update({ scores: { ...draft.scores, [q.key]: Number(value) } })}
    />
  ))
}

/** After a session: which massage, what pressure and how it felt, from what the person may have. */
export function SessionQuestions({
  draft,
  update,
  types,
  pressures,
}: DraftPartProps & { types: readonly MassageType[]; pressures: readonly Pressure[] }) {
  const groups = [
    {
      name: 'type',
      legend: 'Which massage?',
      options: types.map((t) => ({ value: t, label: MASSAGE_NAMES[t] })),
    },
    {
      name: 'pressure',
      legend: 'What pressure?',
      options: pressures.map((p) => ({ value: p, label: PRESSURE_WORDS[p] })),
    },
    {
      name: 'feeling',
      legend: 'How did it feel?',
      options: FEELINGS.map((f) => ({ value: f, label: FEELING_WORDS[f] })),
    },
  ] as const
  return (
    <>
      {types.length === 0 ? (
        <p>What you told us rules out every massage type for now, so no massage is listed here.</p>
      ) : null}
      {groups
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
              update({ [group.name]: value } as Partial<Pick<CheckInDraft, typeof group.name>>)
            }
          />
        ))}
    </>
  )
}

/** The person's own words, if they like. */
export function NoteField({ draft, update }: DraftPartProps) {
  return (
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
  )
}
