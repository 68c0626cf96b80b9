/**
 * The journal's localStorage keys that tell the start page a journal exists. Their own module so
 * the first-paint script (set up at build time) can tell without loading the journal's code.
 *
 * - JOURNAL_META_KEY: `{ version, plan }`, there while the journal is, beside one key per record
 *   (src/features/journal/journal-storage.ts, docs/decisions/0020-journal-records.md).
 * - JOURNAL_KEY: the whole journal as one record, as it was saved before; read once and moved
 *   to the keys above, then removed.
 */
export const JOURNAL_META_KEY = 'massage-match-journal-meta'
export const JOURNAL_KEY = 'massage-match-journal'

/** Either key: a journal is on this phone (the old one until the journal is next opened). */
export const JOURNAL_MARKER_KEYS = [JOURNAL_META_KEY, JOURNAL_KEY] as const

/**
 * Set on <html> while this phone holds a journal: by the first-paint script before the first
 * paint, then by the journal itself. styles.css shows the start page's "Open your journal" by it.
 */
export const JOURNAL_ATTRIBUTE = 'data-journal'
