import { emergencyNumber } from './emergency-number'
import './emergency-call.css'

/**
 * The button that calls the emergency number of the phone's region, beside every text that says
 * to call it; 112, with a word on it, when the region cannot be told from the phone's languages.
 */
export function EmergencyCall() {
  const call = emergencyNumber(navigator.languages ?? [navigator.language])
  return (
    <>
      <a href={`tel:${call.number}`} className="button button-primary button-call">
        Call {call.number}
      </a>
      {call.known ? null : (
        <p className="call-note">
          112 works from mobile phones in many countries. If it does not where you are, call your local
          emergency number.
        </p>
      )}
    </>
  )
}
