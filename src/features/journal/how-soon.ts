// How soon to get help, by the most serious sign noted: the check-in's advice heading and the
// journal's own line say the same, as the signs' own advice does.
import { SCREENING_TABLE, type ScreeningItem } from '../../engine'

type Soon = NonNullable<(typeof SCREENING_TABLE)[number]['soon']>

/** Most urgent first. */
const ORDER: readonly Soon[] = ['now', 'today', 'urgent-gp', 'days', 'before-massage']

const HEADINGS: Readonly<Record<Soon, string>> = {
  now: 'Get help now: go to an emergency department (A&E) or call the emergency number. No massage until a doctor has seen you',
  today: 'See a doctor today, before any massage',
  'urgent-gp': 'Ask for an urgent appointment with a doctor today or tomorrow, before any more massage',
  days: 'See a doctor within a day or two, before your next massage',
  'before-massage': 'Talk to your doctor before your next massage',
}

/** The heading for these signs, by the most urgent of them; null when none needs a doctor. */
export function howSoonHeading(items: readonly ScreeningItem[]): string | null {
  const soon = SCREENING_TABLE.filter((e) => items.includes(e.item)).map((e) => e.soon)
  const first = ORDER.find((s) => soon.includes(s))
  return first ? HEADINGS[first] : null
}
