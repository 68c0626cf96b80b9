// The journal's screens, as the route table loads them: one chunk for the three, loaded only when
// the journal is opened.
const journal = () => import('./journal-screens')

export const JOURNAL_SCREENS = {
  journal: () => journal().then((m) => m.JournalScreen),
  plan: () => journal().then((m) => m.PlanScreen),
  checkIn: () => journal().then((m) => m.CheckInScreen),
}
