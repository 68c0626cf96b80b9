// The safety outcomes with no massage, as the route table loads them: each its own chunk.
export const SAFETY_SCREENS = {
  stop: () => import('./stop-screen').then((m) => m.StopScreen),
  noMassage: () => import('./no-massage-screen').then((m) => m.NoMassageScreen),
}
