import './why-we-ask.css'

/** A closed disclosure with one line on why a question is asked. */
export function WhyWeAsk({ why }: { why: string }) {
  return (
    <details className="why">
      <summary>Why we ask</summary>
      <p>{why}</p>
    </details>
  )
}
