// The quiz's screens as the route table loads them: each when it is first needed, or ahead once
// the app is up, so the app never waits for a screen not yet shown. The start page is not here:
// it is prerendered and drawn at once, so it comes with the app.
export const QUIZ_SCREENS = {
  check: () => import('./check-screen').then((m) => m.CheckScreen),
  question: () => import('./question-screen').then((m) => m.QuestionScreen),
}
