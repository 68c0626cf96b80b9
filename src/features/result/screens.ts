// The result's screens, as the route table loads them: the own and the shared result together
// (they share most of their parts), the therapist card apart (it is opened far less often).
export const RESULT_SCREENS = {
  result: () => import('./result-screen').then((m) => m.OwnResultScreen),
  shared: () => import('./result-screen').then((m) => m.SharedResultScreen),
  card: () => import('./card-screen').then((m) => m.CardScreen),
}
