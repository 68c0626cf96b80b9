import type { MassageType } from './types'

/** All five, in the guide's order. This order also breaks ties in rankings. */
export const MASSAGE_TYPES: readonly MassageType[] = /* @__PURE__ */ Object.freeze([
  'swedish',
  'deep-tissue',
  'trigger-point',
  'myofascial-release',
  'reflexology',
])

export const MASSAGE_NAMES: Readonly<Record<MassageType, string>> = /* @__PURE__ */ Object.freeze({
  swedish: 'Swedish Massage',
  'deep-tissue': 'Deep Tissue Massage',
  'trigger-point': 'Trigger Point Therapy',
  'myofascial-release': 'Myofascial Release',
  reflexology: 'Reflexology',
})
