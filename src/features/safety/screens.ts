// The safety outcomes with no massage, as the route table loads them: each only when reached,
// since most people never see them.
export const SAFETY_SCREENS = {
  stop: () => import('./stop-screen').then((m) => m.StopScreen),
  noMassage: () => import('./no-massage-screen').then((m) => m.NoMassageScreen),
}
