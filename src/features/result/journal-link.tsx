import { Link } from 'react-router-dom'
import { paths } from '../../shared/paths'

/**
 * On the person's own result: the way to a plan. The plan page reads the same person, so it offers
 * the same picks (best first, what the safety state rules out left out).
 */
export function JournalLink() {
  return (
    <Link to={paths.plan()} className="button button-secondary">
      Try it for 6 weeks
    </Link>
  )
}
