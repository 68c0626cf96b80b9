import { paths } from '../paths'
import { MessageScreen } from './message-screen'

export function NotFoundScreen() {
  return (
    <MessageScreen heading="Page not found" to={paths.start()} action="Go to the start">
      <p className="lead">There is nothing at this address. The link may be old or mistyped.</p>
    </MessageScreen>
  )
}
