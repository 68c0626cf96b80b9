// The quiz's screens as the route table loads them: each its own chunk, fetched beside the app or
// once it is up (the start page is in the app's chunk: it is the prerendered first view).
export const QUIZ_SCREENS = {
  check: () => import('./check-screen').then((m) => m.CheckScreen),
  question: () => import('./question-screen').then((m) => m.QuestionScreen),
}
