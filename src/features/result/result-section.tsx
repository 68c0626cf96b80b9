import { useId, useState, type ReactNode } from 'react'

/** The sections open when the result was last left: back from the card, they are open again. */
const opened = new Set<string>()

/** As a result opens: unless it is a return from the card, every section starts closed. */
export function openSectionsAgain(isReturn: boolean) {
  if (!isReturn) opened.clear()
  return isReturn
}

/**
 * A section that opens on demand: a heading whose button shows or hides what is under it, so the
 * headings stay in the page's outline (a `<summary>` would hide them from heading navigation).
 */
export function ResultSection({ title, children }: { title: string; children: ReactNode }) {
  const [open, setOpen] = useState(() => opened.has(title))
  function toggle() {
    if (open) opened.delete(title)
    else opened.add(title)
    setOpen(!open)
  }
  const id = useId()
  return (
    <section className="result-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        <button type="button" aria-expanded={open} aria-controls={id} onClick={toggle}>
          {title}
        </button>
      </h2>
      <div id={id} hidden={!open}>
        {children}
      </div>
    </section>
  )
}
