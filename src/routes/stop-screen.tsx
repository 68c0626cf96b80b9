// Placeholder: replaced by the screen's real implementation.
export function StopScreen() {
  return <h1>StopScreen</h1>
}
