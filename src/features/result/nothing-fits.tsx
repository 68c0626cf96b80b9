import { Link } from 'react-router-dom'
import { ANSWER_FIELDS } from '../../engine'
import { paths } from '../../shared/paths'

/** The pressure question's number, counted from 1, as the question's address takes it. */
const PRESSURE_QUESTION = ANSWER_FIELDS.indexOf('pressure') + 1

interface NothingFitsProps {
  note: string
  instead: readonly string[]
  isPageHeading: boolean
}

/**
 * The person would rather not have the back touched, and the safety check leaves only types on
 * the back: say so, and what to do instead, never a type they said they did not want.
 */
export function NothingFits({ note, instead, isPageHeading }: NothingFitsProps) {
  const Heading = isPageHeading ? 'h1' : 'h2'
  return (
    <>
      <Heading>No massage type fits for now</Heading>
      <p>{note}</p>
      <h2 className="nothing-fits-heading">What you can do</h2>
      <ul>
        {instead.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        <Link to={paths.question(PRESSURE_QUESTION)}>Change your answer about pressure</Link>
      </p>
    </>
  )
}
