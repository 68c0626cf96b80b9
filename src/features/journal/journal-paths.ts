// The journal's own pages. Beside the journal, not in routes/paths.ts, so the app's first chunk
// carries only `paths.journal()`; the route table's one journal row matches them all.
import { paths } from '../../routes/paths'

export const journalPaths = {
  plan: () => `${paths.journal()}/plan`,
  /** A new check-in, or with an id the one to change. */
  checkIn: (id?: string) =>
    `${paths.journal()}/check-in${id === undefined ? '' : `/${encodeURIComponent(id)}`}`,
}
