// Which emergency number a call button offers, from the phone's language settings alone (no
// location is asked for or sent). Only a region written in a language tag counts ('en-GB', not
// 'en'): a guess from the language would send some people to the wrong number.

export type EmergencyNumber = {
  number: string
  /** False when no region could be told: 112, which works from mobile phones in many countries. */
  known: boolean
}

const BY_REGION: Readonly<Record<string, string>> = {
  GB: '999',
  US: '911',
  CA: '911',
  MX: '911',
  PR: '911',
  AU: '000',
  NZ: '111',
  ZA: '112',
  IN: '112',
  HK: '999',
  SG: '995',
  JP: '119',
  KR: '119',
  CN: '120',
  TW: '119',
  BR: '192',
  AR: '107',
}

// Every EU and EEA country, Switzerland, Ireland and the UK's neighbours answer 112.
const EUROPE_112 =
  'AT BE BG CH CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK'.split(' ')

function region(tag: string): string | null {
  try {
    return new Intl.Locale(tag).region ?? null
  } catch {
    return null
  }
}

/** The number for the first language tag that names a region; 112 when none does. */
export function emergencyNumber(languages: readonly string[]): EmergencyNumber {
  for (const tag of languages) {
    const where = region(tag)
    if (!where) continue
    const number = BY_REGION[where] ?? (EUROPE_112.includes(where) ? '112' : null)
    if (number) return { number, known: true }
  }
  return { number: '112', known: false }
}
