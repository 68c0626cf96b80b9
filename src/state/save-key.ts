/**
 * The localStorage key of saved progress. Its own module so the page's first script can check
 * for saved progress without loading the store (zustand and the engine). public/boot.js repeats
 * it (src/boot/boot-script.test.ts keeps the two the same).
 */
export const SAVE_KEY = 'massage-match'
