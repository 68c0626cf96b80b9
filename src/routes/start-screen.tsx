// Placeholder: replaced by the screen's real implementation.
export function StartScreen() {
  return <h1>StartScreen</h1>
}
