// Placeholder: replaced by the screen's real implementation.
export function QuestionScreen() {
  return <h1>QuestionScreen</h1>
}
