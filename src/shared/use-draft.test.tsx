import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import { holdUpdate } from '../state/update-offer'
import { useDraft } from './use-draft'

const release = vi.fn()
vi.mock('../state/update-offer', () => ({ holdUpdate: vi.fn(() => release) }))

const KEY = 'test-draft'

type Draft = { note: string }
const readDraft = (kept: unknown): Draft | null =>
  typeof kept === 'object' && kept !== null && typeof (kept as Draft).note === 'string'
    ? { note: (kept as Draft).note }
    : null

/** A form with one field, Save and Cancel, as the check-in has. */
function NoteForm({ onSave = () => true }: { onSave?: (draft: Draft) => boolean }) {
  const [draft, setDraft, clear] = useDraft<Draft>(KEY, readDraft, () => ({ note: '' }))
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        if (onSave(draft)) clear()
      }}
    >
      <label>
        Note
        <textarea value={draft.note} onChange={(e) => setDraft((d) => ({ ...d, note: e.target.value }))} />
      </label>
      <button type="submit">Save</button>
      <button type="button" onClick={clear}>
        Cancel
      </button>
    </form>
  )
}

const note = () => screen.getByRole('textbox', { name: 'Note' })

test('what is typed is kept as it is typed, and the form opened again starts from it', async () => {
  const user = userEvent.setup()
  const { unmount } = render(<NoteForm />)
  await user.type(note(), 'Stiff today')
  expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ note: 'Stiff today' })
  // A reload, a closed tab, a phone that ended the tab: the page is gone, the draft is not.
  unmount()
  render(<NoteForm />)
  expect(note()).toHaveValue('Stiff today')
})

test('saving or cancelling clears the draft; a save that did not land keeps it', async () => {
  const user = userEvent.setup()
  let lands = false
  const { unmount } = render(<NoteForm onSave={() => lands} />)
  await user.type(note(), 'Looser')
  await user.click(screen.getByRole('button', { name: 'Save' }))
  expect(localStorage.getItem(KEY)).not.toBeNull()
  lands = true
  await user.click(screen.getByRole('button', { name: 'Save' }))
  expect(localStorage.getItem(KEY)).toBeNull()
  await user.type(note(), ' again')
  await user.click(screen.getByRole('button', { name: 'Cancel' }))
  expect(localStorage.getItem(KEY)).toBeNull()
  unmount()
})

test.each([
  ['damaged', '{"note":'],
  ['of another shape', '{"text":"old"}'],
])('a kept draft that is %s is not used: the form starts afresh', (_, kept) => {
  localStorage.setItem(KEY, kept)
  render(<NoteForm />)
  expect(note()).toHaveValue('')
})

test('with no room to keep it, the draft lives in the page and typing still works', async () => {
  const user = userEvent.setup()
  const setItem = Storage.prototype.setItem
  Storage.prototype.setItem = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  }
  try {
    render(<NoteForm />)
    await user.type(note(), 'Still here')
    expect(note()).toHaveValue('Still here')
  } finally {
    Storage.prototype.setItem = setItem
  }
})

test('while the form holds input not yet saved, the app holds back its offer of a new version', async () => {
  const user = userEvent.setup()
  const held = () => vi.mocked(holdUpdate).mock.calls.length - release.mock.calls.length
  const { unmount } = render(<NoteForm />)
  expect(held()).toBe(0)
  await user.type(note(), 'ab')
  expect(held()).toBe(1)
  await user.click(screen.getByRole('button', { name: 'Cancel' }))
  expect(held()).toBe(0)
  await user.type(note(), 'c')
  expect(held()).toBe(1)
  unmount()
  expect(held()).toBe(0)
  // A kept draft, restored, is input not yet saved too.
  render(<NoteForm />)
  expect(held()).toBe(1)
})
