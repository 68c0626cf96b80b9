// Placeholder: replaced by the screen's real implementation.
export function CheckScreen() {
  return <h1>CheckScreen</h1>
}
