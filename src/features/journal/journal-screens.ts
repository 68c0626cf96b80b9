// The journal's three screens in one module, so they load as one chunk (screens.ts).
export { CheckInScreen } from './check-in-screen'
export { JournalScreen } from './journal-screen'
export { PlanScreen } from './plan-screen'
