// Placeholder: replaced by the screen's real implementation.
export function ResultScreen() {
  return <h1>ResultScreen</h1>
}
