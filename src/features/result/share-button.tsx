import { useState } from 'react'

interface ShareButtonProps {
  /** The full link to share. */
  url: string
  title: string
  text: string
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError'
}

/**
 * Opens the phone's share sheet where there is one; otherwise copies the link. When the
 * clipboard is refused, shows the link in a selected text field to copy by hand.
 */
export function ShareButton({ url, title, text }: ShareButtonProps) {
  const [message, setMessage] = useState('')
  const [showLink, setShowLink] = useState(false)

  async function copyLink() {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard')
      await navigator.clipboard.writeText(url)
      setShowLink(false)
      setMessage('Link copied')
    } catch {
      setShowLink(true)
      setMessage('Copy the link below to share it.')
    }
  }

  async function handleShare() {
    setMessage('')
    const data = { title, text, url }
    const canUseSheet =
      typeof navigator.share === 'function' &&
      (typeof navigator.canShare !== 'function' || navigator.canShare(data))
    if (canUseSheet) {
      try {
        await navigator.share(data)
        return
      } catch (error) {
        // The person closed the share sheet: nothing went wrong.
        if (isAbort(error)) return
      }
    }
    await copyLink()
  }

  return (
    <div className="share">
      <button type="button" className="button button-primary" onClick={() => void handleShare()}>
        Share
      </button>
      <p className="share-message" aria-live="polite">
        {message}
      </p>
      {showLink ? (
        <label className="share-manual">
          Link to this result
          <input
            className="text-box"
            type="text"
            readOnly
            value={url}
            ref={(input) => input?.select()}
            onFocus={(event) => event.currentTarget.select()}
          />
        </label>
      ) : null}
    </div>
  )
}
