import { useMemo } from 'react'
import { useQuizStore } from '../state/quiz-store'
import { personFrom, type Person } from './person'

/** The person, from the store: what every screen about them renders from. */
export function usePerson(): Person {
  const answers = useQuizStore((s) => s.answers)
  const screening = useQuizStore((s) => s.screening)
  const noted = useQuizStore((s) => s.noted)
  return useMemo(() => personFrom({ answers, screening, noted }), [answers, screening, noted])
}
