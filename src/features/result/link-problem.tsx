/** A shared link that does not open: what went wrong, and a way forward. */
export function LinkProblem({ reason, onTakeQuiz }: { reason: string; onTakeQuiz: () => void }) {
  return (
    <div className="result-page">
      <h1>This link can&apos;t be opened</h1>
      <p>{reason}</p>
      <p>You can take the quiz yourself: it takes a few minutes.</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onTakeQuiz}>
          Take the quiz
        </button>
      </div>
    </div>
  )
}
