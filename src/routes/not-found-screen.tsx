// Placeholder: replaced by the screen's real implementation.
export function NotFoundScreen() {
  return <h1>NotFoundScreen</h1>
}
