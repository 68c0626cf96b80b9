/** The journal's "Keep your journal safe" heading in the next version that e2e/next-version.mjs builds. */
export declare const NEXT_VERSION_HEADING: string
