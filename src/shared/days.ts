// Days as the app stores them (YYYY-MM-DD, the phone's own calendar) and as people read them.

/** Today on this phone, YYYY-MM-DD in its own time zone. */
export function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * One formatter per way of writing a day, made on first use: `toLocaleDateString` with options
 * builds a new `Intl.DateTimeFormat` on every call, about 2 ms each at 4x CPU, which a journal of
 * 500 check-ins pays per row and per point of its chart, in the tap that opens it.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let made = formatters.get(key)
  if (!made) {
    made = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' })
    formatters.set(key, made)
  }
  return made
}

function utc(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}

/** A day as people read it: "Mon, 1 June 2026". */
export function longDay(day: string): string {
  return formatter('long', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }).format(
    utc(day),
  )
}

/** A day in few letters, for a narrow column: "8 Jun", or "8 Jun 2026" with the year. */
export function shortDay(day: string, withYear: boolean): string {
  return (
    withYear
      ? formatter('short year', { day: 'numeric', month: 'short', year: 'numeric' })
      : formatter('short', { day: 'numeric', month: 'short' })
  ).format(utc(day))
}
