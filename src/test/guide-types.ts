import type { MassageType } from '../engine'

/**
 * The guide's five types, which hand-written test cases are about. A type added to the catalog
 * later is checked where tests derive from the catalog and the rules, not in those cases.
 */
export const GUIDE_TYPES: readonly MassageType[] = [
  'swedish',
  'deep-tissue',
  'trigger-point',
  'myofascial-release',
  'reflexology',
]
