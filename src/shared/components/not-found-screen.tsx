import { Link } from 'react-router-dom'
import { paths } from '../paths'

export function NotFoundScreen() {
  return (
    <div className="screen">
      <h1 tabIndex={-1}>Page not found</h1>
      <p className="lead">There is nothing at this address. The link may be old or mistyped.</p>
      <div className="actions">
        <Link to={paths.start()} className="button button-primary">
          Go to the start
        </Link>
      </div>
    </div>
  )
}
