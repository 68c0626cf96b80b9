import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'

interface MessageScreenProps {
  heading: string
  /** What the person should know here, as paragraphs. */
  children: ReactNode
  /** The one way on: where it goes, and its words. */
  to: string
  action: string
  /** The page's layout: a quiz-like screen, or the result's wider page. */
  layout?: 'screen' | 'result-page'
}

/** A screen that only says where the person is and offers one way on (not found, nothing here yet). */
export function MessageScreen({ heading, children, to, action, layout = 'screen' }: MessageScreenProps) {
  return (
    <div className={layout}>
      <h1 tabIndex={-1}>{heading}</h1>
      {children}
      <div className="actions">
        <Link to={to} className="button button-primary">
          {action}
        </Link>
      </div>
    </div>
  )
}
