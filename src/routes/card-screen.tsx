// Placeholder: replaced by the screen's real implementation.
export function CardScreen() {
  return <h1>CardScreen</h1>
}
