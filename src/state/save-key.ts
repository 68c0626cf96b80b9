/**
 * The localStorage key of saved progress. Its own module so the inline first-paint script
 * (src/boot/first-paint.ts) can check for saved progress without the store (zustand and the engine).
 */
export const SAVE_KEY = 'massage-match'
