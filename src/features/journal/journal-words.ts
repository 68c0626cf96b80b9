// The journal's messages about keeping it: what went wrong and what to do, in the app's plain
// words. A module of their own, so the browser tests can read them without the screens.

export const UNREADABLE_NOTICE =
  "We couldn't read your journal, so it starts empty. We kept a copy of what was saved: download it below."
export const PARTLY_DAMAGED_NOTICE =
  "Part of your journal couldn't be read. We kept the rest, and a copy of what was saved: download it below."
export const NEWER_NOTICE =
  'Part of your journal was saved by a newer version of Massage Match, so this page cannot show it. It is kept: when “A new version is ready” shows, tap Reload to see all of it.'
export const CHECK_IN_NOT_SAVED =
  'This check-in was not saved: this browser has no room left for your journal, or is not letting it save. What you entered is still here. Try Save again; if it fails again, download a backup from your journal.'
export const CHECK_IN_NOT_DELETED =
  'This check-in was not deleted: this browser is not letting your journal change just now. Try again.'
export const PLAN_NOT_SAVED =
  'Your plan was not saved: this browser has no room left for your journal, or is not letting it save. Try again; if it fails again, download a backup from your journal.'
export const BROUGHT_BACK_NOTICE =
  'This check-in had been deleted in another tab or window. Saving your changes brought it back.'

export const NOT_A_BACKUP =
  "This file isn't a Massage Match journal backup, or it is damaged, so nothing was changed. Choose the .json file you downloaded with “Download a backup”."
export const NOTHING_TO_IMPORT =
  'This backup has no check-in or plan that could be read, so nothing was changed.'
export const IMPORT_NOT_SAVED =
  'This backup was not imported: it is too big for the room this browser gives the app, or the browser is not letting it save. Your journal on this phone is as it was. Keep the backup file.'
export const NOT_DELETED =
  'Your journal was not deleted: this browser is not letting it change just now. Try again.'
export const KEPT_WORDS = 'This browser has agreed to keep your journal.'
export const MAY_CLEAR_WORDS =
  'This browser may clear your journal if the phone runs short of space: download a backup now and then.'
