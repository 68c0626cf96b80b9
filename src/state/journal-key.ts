/**
 * The localStorage key of the journal. Its own module so the start screen (in the app's first
 * chunk) can tell that a journal exists without loading the journal's code.
 */
export const JOURNAL_KEY = 'massage-match-journal'

/**
 * Set on <html> while this phone holds a journal: by the first-paint script before the first
 * paint, then by the journal itself. styles.css shows the start page's "Open your journal" by it.
 */
export const JOURNAL_ATTRIBUTE = 'data-journal'
