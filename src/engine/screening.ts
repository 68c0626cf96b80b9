import { DEEP_PRESSURE_TYPES, MASSAGE_TYPES, ON_BACK_TYPES } from './catalog'
import { isScreeningItem, type ScreeningItem, type UrgentItem } from './screening-items'
import type { Flag, Level, MassageType, ScreeningResult } from './types'

/** Mildest first: the index is the seriousness. */
export const LEVELS: readonly Level[] = ['clear', 'caution', 'doctor-first', 'urgent']

interface ScreeningRow {
  item: string
  level: Exclude<Level, 'clear'>
  /** Where the safety check asks it: the warning signs first, then other conditions. */
  group: 'warning-sign' | 'condition'
  /** The question as the person reads it in the safety check. */
  prompt: string
  /** Extra words under the prompt, or ''. */
  detail: string
  /** Short name for summaries ("Pregnancy"). */
  short: string
  /** Plain words for the person. */
  advice: string
  /** Types this item rules out for now. */
  avoid: MassageType[]
  /** Why it rules them out, as the end of "because of <item>: ...". */
  why: string
  /** A warning sign that means "get medical help" if it starts later (told with a clear screening). */
  watchFor: boolean
  /**
   * How soon to get help, for a heading that matches the most serious sign: 'now' (an emergency
   * department or the emergency number), 'today', 'urgent-gp' (an urgent appointment, today or
   * tomorrow: the NHS's "see a GP urgently or call 111"), 'days' (within a day or two),
   * 'before-massage' (ask first, no hurry); null for a caution, which needs no doctor.
   */
  soon: 'now' | 'today' | 'urgent-gp' | 'days' | 'before-massage' | null
  /**
   * Whether the advice tells the person to call the emergency number: 'first' when calling is
   * the first thing to do (chest pain), 'in-advice' when it is one of the ways or for a case it
   * names; a call button goes beside it. null when it does not.
   */
  call: 'first' | 'in-advice' | null
  /**
   * Asked again before each journal check-in: the warning signs, and the conditions that can start
   * during a plan and stop massage (a clot, a small fall with fragile bones, a pregnancy).
   */
  atCheckIn: boolean
}

// Read from the catalog, so a new type falls under each rule by its properties.
const ALL: MassageType[] = /* @__PURE__ */ MASSAGE_TYPES.slice()
const ON_THE_BACK: MassageType[] = /* @__PURE__ */ ON_BACK_TYPES.slice()
const DEEP_PRESSURE: MassageType[] = /* @__PURE__ */ DEEP_PRESSURE_TYPES.slice()
// The types worked off the back: reflexology, on the feet.
const OFF_THE_BACK: MassageType[] = /* @__PURE__ */ MASSAGE_TYPES.filter((t) => !ON_BACK_TYPES.includes(t))

// "New" (the check's first page says) means started in the last 2 weeks or not yet checked by a
// doctor, as clinicians ask about nerve compression: a long-standing, already-checked numbness or
// weakness is not a reason to go to an emergency department today.

// Urgent wording is the same everywhere: now, an emergency department or the emergency number.
const NERVE_ADVICE =
  'Get medical help now: go to an emergency department or call your local emergency number. Do not wait for it to pass, and do not book a massage. With back pain, this can be a sign of pressure on the nerves at the base of the spine, which needs checking straight away.'
const NERVE_WHY = 'with back pain, this can be a sign of pressure on the nerves at the base of the spine.'

/** What the four signs of pressure on the nerves share: each is urgent, stops every massage, and is asked again at a check-in. */
const NERVE_SIGN = {
  group: 'warning-sign',
  level: 'urgent',
  advice: NERVE_ADVICE,
  avoid: ALL,
  why: NERVE_WHY,
  watchFor: true,
  soon: 'now',
  call: 'in-advice',
  atCheckIn: true,
} as const

// The NHS's "call 999 or go to A&E" signs for back pain come first (urgent, or A&E today for an
// accident not yet checked), then its "see a GP urgently or call 111" signs (a doctor in days),
// then the health conditions: those clinicians ask about, a clot, and the guide's four cautions.
// The one place a screening item is added: its id, level, texts, what it rules out and why.
// ScreeningItem, SCREENING_ITEMS, URGENT_ITEMS and RULED_OUT_WHY all come from here.
const TABLE = [
  {
    item: 'bladder-bowel-change',
    ...NERVE_SIGN,
    short: 'New bladder or bowel trouble',
    prompt: 'New trouble peeing, or new leaking of pee or poo that you did not have before',
    detail: 'Or you do not feel when you need to go.',
  },
  {
    item: 'saddle-numbness',
    ...NERVE_SIGN,
    short: 'Numbness around the bottom or genitals',
    prompt: 'New numbness or tingling around your genitals or bottom',
    detail: 'For example, it feels different when you wipe.',
  },
  {
    item: 'leg-weakness',
    ...NERVE_SIGN,
    short: 'Numbness, weakness or pain in both legs, or a leg getting weaker',
    prompt: 'New numbness, weakness or pain in both legs, or a leg getting weaker',
    detail: 'Pain down one leg only is asked about later.',
  },
  {
    item: 'sexual-function',
    ...NERVE_SIGN,
    short: 'A new change in sexual function',
    prompt: 'A new change in how sex feels or works',
    detail: 'For example, you cannot get or keep an erection, or you feel less than usual during sex.',
  },
  {
    item: 'chest-pain',
    group: 'warning-sign',
    level: 'urgent',
    short: 'Chest pain or sudden shortness of breath',
    prompt: 'Chest pain that is new or different from your usual, or sudden shortness of breath',
    detail: '',
    advice:
      'Call your local emergency number now. Do not wait for it to pass, and do not book a massage. With back pain, chest pain or sudden shortness of breath needs checking straight away, because it can come from the heart, the lungs or a large blood vessel.',
    avoid: ALL,
    why: 'chest pain with back pain can come from the heart, the lungs or a large blood vessel.',
    watchFor: true,
    soon: 'now',
    call: 'first',
    atCheckIn: true,
  },
  {
    item: 'recent-trauma',
    group: 'warning-sign',
    level: 'doctor-first',
    short: 'Pain since a serious accident, not yet checked',
    prompt: 'Pain that started after a serious accident or fall, not yet checked by a doctor',
    detail: '',
    advice:
      'Go to an emergency department now, to be checked for a broken bone. If your legs feel weak or numb, or you have trouble peeing, call your local emergency number. No massage until a doctor has checked you.',
    // The NHS says A&E for pain after a serious accident: no massage at all until it is checked.
    avoid: ALL,
    why: 'pain after a serious accident needs checking for a broken bone before any massage.',
    watchFor: false,
    soon: 'now',
    call: 'in-advice',
    atCheckIn: true,
  },
  {
    item: 'fever',
    group: 'warning-sign',
    level: 'doctor-first',
    short: 'Fever or feeling very unwell',
    prompt: 'A high temperature, or feeling very unwell',
    detail: '',
    advice:
      'See a doctor today, before any massage: a high temperature or feeling very unwell, with back pain, needs checking for an infection, and massage is not advised while you are unwell.',
    avoid: ALL,
    why: 'massage is not advised while you have a fever, and the fever needs checking first.',
    watchFor: true,
    soon: 'today',
    call: null,
    atCheckIn: true,
  },
  {
    item: 'weight-loss',
    group: 'warning-sign',
    level: 'doctor-first',
    short: 'Weight loss without trying',
    prompt: 'Losing weight without trying',
    detail: '',
    advice:
      'Ask for an urgent appointment with a doctor, today or tomorrow, before booking a massage: weight loss you cannot explain, with back pain, should be checked soon. If they agree, choose gentle work.',
    // A warning sign for cancer: no deep pressure until a doctor has checked, as with cancer history.
    avoid: DEEP_PRESSURE,
    why: 'deep pressure is not advised until a doctor has checked weight loss you cannot explain.',
    watchFor: false,
    soon: 'urgent-gp',
    call: null,
    atCheckIn: true,
  },
  {
    item: 'night-pain',
    group: 'warning-sign',
    level: 'doctor-first',
    short: 'Pain worse at night or not eased by rest',
    prompt: 'Pain that is worse at night, or not eased by rest',
    detail: '',
    advice:
      'Ask for an urgent appointment with a doctor, today or tomorrow, before booking a massage: back pain that is worse at night or that rest does not ease should be checked soon. If they agree, choose gentle work.',
    // Pain that rest does not ease can come from something other than sore muscles: gentle work
    // only until it is checked, as with weight loss.
    avoid: DEEP_PRESSURE,
    why: 'deep pressure is not advised until a doctor has checked pain that rest does not ease.',
    watchFor: false,
    soon: 'urgent-gp',
    call: null,
    atCheckIn: true,
  },
  {
    item: 'cough-or-upper-pain',
    group: 'warning-sign',
    level: 'doctor-first',
    short: 'Pain worse when you cough, or between the shoulders',
    prompt: 'Pain that is worse when you sneeze, cough or poo, or is between your shoulder blades',
    detail: '',
    advice:
      'Ask for an urgent appointment with a doctor, today or tomorrow, before booking a massage: this kind of back pain should be checked soon. If they agree, choose gentle work.',
    avoid: DEEP_PRESSURE,
    why: 'deep pressure is not advised until a doctor has checked this kind of pain.',
    watchFor: false,
    soon: 'urgent-gp',
    call: null,
    atCheckIn: true,
  },
  {
    item: 'back-lump',
    group: 'warning-sign',
    level: 'doctor-first',
    short: 'A lump or a change in the back’s shape',
    prompt: 'A new lump or swelling on your back, or a change in its shape',
    detail: '',
    advice:
      'Ask for an urgent appointment with a doctor, today or tomorrow, before booking a massage: a new lump or a change in shape should be checked soon. No massage on your back until then.',
    avoid: ON_THE_BACK,
    why: 'a new lump or change in shape needs checking before anyone works on the back.',
    watchFor: false,
    soon: 'urgent-gp',
    call: null,
    atCheckIn: true,
  },

  {
    item: 'cancer-history',
    group: 'condition',
    level: 'doctor-first',
    short: 'Cancer now or in the past',
    prompt: 'Cancer, now or in the past',
    detail: '',
    advice:
      'If this back pain is new, or has changed since a doctor last checked it, contact your cancer team or your doctor within 24 hours and tell them about it. Otherwise, see your doctor before booking a massage: they can say what pressure is safe for you. If they agree, choose gentle work, with no pressure over a tumour, and a therapist who has worked with people who have or have had cancer.',
    // Asked of anyone with cancer now or in the past, also when the back pain has been checked
    // already: bones can be weakened by cancer or its treatment, so the doctor says first.
    avoid: DEEP_PRESSURE,
    why: 'deep pressure is not advised until a doctor has said it is safe.',
    watchFor: false,
    soon: 'urgent-gp',
    call: null,
    atCheckIn: false,
  },
  {
    item: 'weak-immune-system',
    group: 'condition',
    level: 'doctor-first',
    short: 'A weakened immune system',
    prompt: 'A weakened immune system',
    detail: 'For example, from chemotherapy, an organ transplant, HIV, or steroid tablets taken for months.',
    advice:
      'Ask for an urgent appointment with a doctor, today or tomorrow, before booking a massage: new back pain with a weak immune system should be checked for an infection. With a fever too, see a doctor today. If they agree, choose gentle work.',
    // An infection of the spine can start without a fever when the immune system is weak; some of
    // the treatments also weaken bones or make bruising easy.
    avoid: DEEP_PRESSURE,
    why: 'deep pressure is not advised until a doctor has checked new back pain with a weak immune system.',
    watchFor: false,
    soon: 'urgent-gp',
    call: null,
    atCheckIn: false,
  },
  {
    item: 'recent-surgery',
    group: 'condition',
    level: 'doctor-first',
    short: 'Recent back surgery or broken bone',
    prompt: 'Surgery, or a broken bone, in your back in the last few months',
    detail: '',
    advice: 'Ask your surgeon or doctor before any massage on your back: the area needs to heal first.',
    avoid: ON_THE_BACK,
    why: 'the back needs to heal before anyone works on it.',
    watchFor: false,
    soon: 'before-massage',
    call: null,
    atCheckIn: false,
  },
  {
    item: 'minor-fall',
    group: 'condition',
    level: 'doctor-first',
    short: 'New pain after a small fall, with fragile bones or steroids',
    prompt: 'New pain after a small fall, lift or cough, and you have fragile bones or take steroid tablets',
    detail: 'Steroid tablets such as prednisolone or prednisone, taken for 3 months or more.',
    advice:
      'See a doctor within a day or two: with fragile bones, even a small fall or a cough can break a bone in the spine. No massage on your back until a doctor has checked it.',
    avoid: ON_THE_BACK,
    why: 'the back needs checking for a broken bone before anyone works on it.',
    watchFor: false,
    soon: 'days',
    call: null,
    atCheckIn: true,
  },
  {
    item: 'pregnancy',
    group: 'condition',
    level: 'doctor-first',
    short: 'Pregnancy',
    prompt: 'You are pregnant',
    detail: '',
    advice:
      'Talk to your doctor or midwife before any massage, as the guide advises. If they agree, choose a therapist trained in pregnancy massage; deep pressure is usually avoided.',
    avoid: DEEP_PRESSURE,
    // The guide says to consult a doctor; avoiding deep pressure is common practice, not its words.
    why: 'deep pressure is usually avoided in pregnancy, unless a doctor or midwife says otherwise.',
    watchFor: false,
    soon: 'before-massage',
    call: null,
    atCheckIn: true,
  },
  {
    item: 'heart-disease',
    group: 'condition',
    level: 'doctor-first',
    short: 'Heart disease',
    prompt: 'Heart disease, such as heart failure, or a heart attack in the last few months',
    detail: '',
    advice:
      'Ask your doctor or heart nurse before booking a massage. If they agree, tell your therapist and choose gentle work.',
    avoid: DEEP_PRESSURE,
    // Clinical notes: heart disease is "ask a doctor first"; firm pressure waits for that answer.
    why: 'firm pressure should wait until a doctor has said massage is safe for the heart.',
    watchFor: false,
    soon: 'before-massage',
    call: null,
    atCheckIn: false,
  },
  {
    item: 'diabetes-numb-feet',
    group: 'condition',
    // The risk is in the numb feet: no foot work until a doctor says so; the back is as safe as ever.
    level: 'caution',
    short: 'Diabetes with numb feet',
    prompt: 'Diabetes with numbness in your feet',
    detail: '',
    advice:
      'No foot massage or reflexology until your doctor or foot clinic says it is safe: numb feet cannot feel when pressure is too much, and small injuries can go unnoticed. Massage on your back is fine; tell your therapist. Never put heat on numb skin.',
    avoid: OFF_THE_BACK,
    why: 'numb feet cannot feel when pressure on them is too much.',
    watchFor: false,
    soon: null,
    call: null,
    atCheckIn: false,
  },
  {
    item: 'blood-clot',
    group: 'condition',
    level: 'doctor-first',
    short: 'A blood clot',
    prompt: 'A blood clot you know of or suspect, for example in a leg',
    detail: 'For example, a swollen, warm, painful calf.',
    advice:
      'Do not have a massage until a doctor says it is safe: rubbing can move a clot. If a leg is swollen, warm and painful now, see a doctor today. If you are short of breath or have chest pain, get medical help now: call your local emergency number.',
    avoid: ALL,
    why: 'rubbing can move a clot.',
    watchFor: false,
    soon: 'before-massage',
    call: 'in-advice',
    atCheckIn: true,
  },
  {
    item: 'osteoporosis',
    group: 'condition',
    level: 'caution',
    short: 'Fragile bones',
    prompt: 'Osteoporosis or fragile bones',
    detail: '',
    advice:
      'Ask for light pressure only: as the guide warns, weak bones can be damaged by deep pressure. Tell your therapist about your bones before you start. If you have broken a bone in a small fall, see a doctor within a day or two, before any massage.',
    avoid: DEEP_PRESSURE,
    why: 'deep pressure can damage weak bones.',
    watchFor: false,
    soon: null,
    call: null,
    atCheckIn: false,
  },
  {
    item: 'bleeding-disorder',
    group: 'condition',
    level: 'caution',
    // "Clotting disorder" can be read as clotting too much (the blind back-translation): bleeding says which.
    short: 'Bleeding disorder or blood thinners',
    prompt: 'A blood clotting disorder or low platelets, or you take blood-thinning medicine',
    detail: 'For example warfarin, apixaban or rivaroxaban.',
    advice:
      'Ask for gentle pressure and tell your therapist about it: the guide warns that massage can cause complications when blood does not clot normally, and firm pressure can cause bruising. If you are unsure, ask your doctor.',
    avoid: DEEP_PRESSURE,
    why: 'firm pressure can cause bruising when blood does not clot normally.',
    watchFor: false,
    soon: null,
    call: null,
    atCheckIn: false,
  },
  {
    item: 'skin-condition',
    group: 'condition',
    level: 'caution',
    short: 'Skin problem on the back',
    prompt: 'A skin infection, rash, burn or open wound on your back',
    detail: '',
    advice:
      'No massage on your back until the skin has healed. Reflexology, which works on the feet, is still possible if the skin there is healthy.',
    avoid: ON_THE_BACK,
    why: 'the skin on the back needs to heal before it is massaged.',
    watchFor: false,
    soon: null,
    call: null,
    atCheckIn: false,
  },
  {
    item: 'foot-skin-condition',
    group: 'condition',
    level: 'caution',
    short: 'Skin problem on the feet',
    prompt: 'A skin infection, rash, burn or open wound on your feet',
    detail: '',
    advice: 'No massage on your feet until the skin has healed. This rules out reflexology for now.',
    avoid: OFF_THE_BACK,
    why: 'the skin on the feet needs to heal before it is massaged.',
    watchFor: false,
    soon: null,
    call: null,
    atCheckIn: false,
  },
] as const satisfies readonly ScreeningRow[]

/** One row of the table, with its literal id and level (screening-items.ts checks its ids against these). */
export type ScreeningTableRow = (typeof TABLE)[number]

export type { ScreeningItem }

/** True when A and B are the same union. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Holds<T extends true> = T
/** Type errors here when the table and screening-items.ts's lists of ids (all, and the urgent) differ. */
export type ScreeningListsMatchTable = [
  Holds<Same<ScreeningTableRow['item'], ScreeningItem>>,
  Holds<Same<Extract<ScreeningTableRow, { level: 'urgent' }>['item'], UrgentItem>>,
]

export interface ScreeningEntry extends ScreeningRow, Flag {
  item: ScreeningItem
}

/**
 * The safety screening table: the red flags of low back pain first, then the guide's
 * cautions ("Who should avoid massage therapy?") and other well-known cautions.
 */
export const SCREENING_TABLE: readonly ScreeningEntry[] = TABLE

const SHORT = new Map(SCREENING_TABLE.map((e) => [e.item, e.short]))

/** The short name of an item for summaries ("Fragile bones"). */
export function screeningShort(item: ScreeningItem): string {
  return SHORT.get(item) ?? item
}

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level)
}

/**
 * The screening alone: one flag per item, most serious first (ties in table order).
 * Duplicates count once. Throws a RangeError on an item it does not know.
 */
export function screen(items: readonly ScreeningItem[]): ScreeningResult {
  if (!Array.isArray(items)) throw new RangeError('Screening items must be a list')
  const unknown = items.filter((i) => !isScreeningItem(i))
  if (unknown.length > 0) throw new RangeError(`Unknown screening item: ${unknown.map(String).join(', ')}`)
  const chosen = new Set(items)
  const flags: Flag[] = SCREENING_TABLE.filter((e) => chosen.has(e.item))
    .map(({ item, level, advice, avoid }) => ({ item, level, advice, avoid: [...avoid] }))
    .sort((a, b) => levelRank(b.level) - levelRank(a.level))
  return { level: flags[0]?.level ?? 'clear', flags }
}
