// How fast is the engine? Runs advise() over every possible answer set (4,752) with no screening
// and with each single screening item (13), several timed rounds after a warm-up. Prints figures.
import { performance } from 'node:perf_hooks'
import { SCREENING_ITEMS, advise, type ScreeningItem } from '../src/engine'
import { allAnswerSets } from '../src/test/answer-sets'

const answerSets = allAnswerSets()
const screenings: ScreeningItem[][] = [[], ...SCREENING_ITEMS.map((item) => [item])]
const callsPerRound = answerSets.length * screenings.length

/** One pass over every answer set and screening; returns a checksum so the work cannot be skipped. */
function round(): number {
  let picks = 0
  for (const answers of answerSets) {
    for (const items of screenings) picks += advise(answers, items).picks.length
  }
  return picks
}

const WARM_UP_ROUNDS = 2
const ROUNDS = 5

let checksum = 0
for (let i = 0; i < WARM_UP_ROUNDS; i++) checksum += round()

const perRound: number[] = []
for (let i = 0; i < ROUNDS; i++) {
  const start = performance.now()
  checksum += round()
  perRound.push(performance.now() - start)
}

const totalMs = perRound.reduce((sum, ms) => sum + ms, 0)
const bestMs = Math.min(...perRound)
const format = (n: number) => Math.round(n).toLocaleString('en-US')

console.log(
  `advise(): ${format(answerSets.length)} answer sets x ${screenings.length} screenings (none + each item)`,
)
console.log(
  `= ${format(callsPerRound)} calls per round, ${WARM_UP_ROUNDS} warm-up rounds, ${ROUNDS} timed rounds`,
)
console.log(`rounds (ms): ${perRound.map((ms) => ms.toFixed(1)).join(', ')}`)
console.log(
  `mean: ${format((callsPerRound * ROUNDS) / (totalMs / 1000))} calls/s, ${((totalMs * 1000) / (callsPerRound * ROUNDS)).toFixed(2)} µs per call`,
)
console.log(
  `best round: ${format(callsPerRound / (bestMs / 1000))} calls/s, ${((bestMs * 1000) / callsPerRound).toFixed(2)} µs per call`,
)
console.log(`(checksum ${checksum}: total picks offered, so no call is optimised away)`)
