import { Link } from 'react-router-dom'
import { MASSAGE_NAMES } from '../../engine'
import { MessageScreen } from '../../shared/components/message-screen'
import { QrCode } from '../../shared/components/qr-code'
import { cardView, type CardView } from './card-view'
import { longDay } from '../../shared/days'
import { usePerson } from '../../person/use-person'
import { paths } from '../../shared/paths'
import './result.css'

/** One printable screen for the therapist: the answers, the cautions and the top picks, from the person. */
export function CardScreen() {
  const view = cardView(usePerson())

  if (view.kind === 'no-answers') {
    return (
      <MessageScreen
        heading="For your therapist"
        to={paths.start()}
        action="Take the quiz"
        layout="result-page"
      >
        <p>There are no complete quiz answers to show yet. Take the quiz, then come back to this card.</p>
      </MessageScreen>
    )
  }

  return (
    <div className="result-page therapist-card">
      <h1>For your therapist</h1>
      <p>From Massage Match, a short quiz about lower back pain. It is not a diagnosis.</p>
      <p className="card-date">Made on {TODAY()}</p>
      <section aria-labelledby="card-answers-heading">
        <h2 id="card-answers-heading">About my back pain</h2>
        <dl className="card-answers">
          {view.answers.map((row) => (
            <div key={row.id}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="card-cautions-heading">
        <h2 id="card-cautions-heading">Cautions from the safety check</h2>
        <Cautions view={view} />
      </section>
      {view.picks ? <Picks picks={view.picks} /> : null}
      {view.shareHash ? (
        <section aria-labelledby="card-link-heading" className="card-link">
          <h2 id="card-link-heading">My full result</h2>
          <p>Scan this with a phone camera to open my result.</p>
          {/* The link Share sends: the answers and the types ruled out, never the conditions. */}
          <QrCode
            text={window.location.href.split('#')[0] + view.shareHash}
            label="QR code: opens this result on another phone"
          />
        </section>
      ) : null}
      <div className="actions no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          Print
        </button>
        <Link to={paths.result()} className="button button-secondary">
          Back to the result
        </Link>
      </div>
    </div>
  )
}

/** The card's date, as a person writes it ("1 December 2026"): a printed card is read later. */
const TODAY = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })

type Card = Extract<CardView, { kind: 'card' }>

function Cautions({ view }: { view: Card }) {
  return (
    <>
      {view.cautions.length > 0 ? (
        // Written to the therapist: what the client reports, and what it means for the massage.
        <ul>
          {view.cautions.map((c) => (
            <li key={c.item}>
              <strong>{c.text}</strong> {c.why}
              {c.source.from === 'check-in' ? ` (Noted on ${longDay(c.source.day)}.)` : null}
            </li>
          ))}
        </ul>
      ) : view.checked ? (
        <p>None of the listed conditions or warning signs.</p>
      ) : null}
      {view.checked ? null : (
        <>
          <p>The safety check has not been done yet.</p>
          <Link to={paths.check()} className="button button-secondary no-print">
            Take the safety check
          </Link>
        </>
      )}
    </>
  )
}

function Picks({ picks }: { picks: NonNullable<Card['picks']> }) {
  return (
    <section aria-labelledby="card-picks-heading">
      <h2 id="card-picks-heading">{picks.heading}</h2>
      {picks.types.length > 0 ? (
        <ol>
          {picks.types.map((type) => (
            <li key={type}>{MASSAGE_NAMES[type]}</li>
          ))}
        </ol>
      ) : (
        <p>None for now: {picks.none}</p>
      )}
      {picks.ruledOut.length > 0 ? (
        <p>
          <strong>Ruled out for now:</strong> {picks.ruledOut.map((type) => MASSAGE_NAMES[type]).join(', ')}.
        </p>
      ) : null}
    </section>
  )
}
