import { Fragment } from 'react'
import { EmergencyCall } from '../../shared/components/emergency-call'
import type { WatchFor } from './outcome'
import { ResultSection } from './result-section'
import { WATCH_FOR_WORDS } from './result-words'

/** The warning signs to watch for, each group with what to do, and the call button after the calls. */
export function WatchForSection({ watchFor }: { watchFor: WatchFor }) {
  return (
    <ResultSection title="When to stop and get help">
      {(Object.keys(WATCH_FOR_WORDS) as (keyof WatchFor)[]).map((group) => (
        <Fragment key={group}>
          <p>{WATCH_FOR_WORDS[group]}</p>
          <ul>
            {watchFor[group].map((sign) => (
              <li key={sign}>{sign}</li>
            ))}
          </ul>
          {group === 'callNow' ? <EmergencyCall /> : null}
        </Fragment>
      ))}
    </ResultSection>
  )
}
