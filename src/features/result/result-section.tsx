import { useId, useState, type ReactNode } from 'react'

/**
 * A section that opens on demand: a heading whose button shows or hides what is under it, so the
 * headings stay in the page's outline (a `<summary>` would hide them from heading navigation).
 */
export function ResultSection({ title, children }: { title: string; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const id = useId()
  return (
    <section className="result-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {title}
        </button>
      </h2>
      <div id={id} hidden={!open}>
        {children}
      </div>
    </section>
  )
}
