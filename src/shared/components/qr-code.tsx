import { useEffect, useState } from 'react'

type QrLibrary = typeof import('lean-qr/nano')

/** Modules of blank margin around the code: the QR standard's quiet zone, so a camera finds its edge. */
export const QUIET_ZONE = 4

let library: Promise<QrLibrary | null> | undefined

/**
 * lean-qr's smallest build, fetched the first time a code is drawn, so only someone who opens the
 * card waits for it; null when it cannot be fetched (offline before the app was cached), so the
 * link shows as text.
 */
function loadLibrary(): Promise<QrLibrary | null> {
  library ??= import('lean-qr/nano').catch(() => null)
  return library
}

/**
 * The dark modules as one SVG path, a rectangle per run of dark modules in a row, shifted by the
 * quiet zone; null when the text does not fit in a QR code.
 */
function qrPath(qr: QrLibrary, text: string): { d: string; size: number } | null {
  let code: ReturnType<QrLibrary['generate']>
  try {
    // M: still reads with about 15% of the code smudged or creased, as on a printed card.
    code = qr.generate(text, { minCorrectionLevel: qr.correction.M })
  } catch {
    return null
  }
  let d = ''
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue
      let run = 1
      while (code.get(x + run, y)) run++
      d += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`
      x += run
    }
  }
  return { d, size: code.size + 2 * QUIET_ZONE }
}

interface QrCodeProps {
  /** What the code holds (a link). */
  text: string
  /** What a screen reader says for the picture. */
  label: string
}

function LinkAsText({ text }: { text: string }) {
  return (
    <p className="qr-fallback">
      The QR code could not be drawn. The link: <span className="qr-fallback-link">{text}</span>
    </p>
  )
}

/** A QR code as SVG, drawn once its small library has loaded; the text itself when it cannot be drawn. */
export function QrCode({ text, label }: QrCodeProps) {
  // undefined while the library loads: an empty square keeps the page from jumping.
  const [qr, setQr] = useState<QrLibrary | null | undefined>(undefined)
  useEffect(() => {
    let current = true
    void loadLibrary().then((loaded) => {
      if (current) setQr(loaded)
    })
    return () => {
      current = false
    }
  }, [])
  if (qr === undefined) return <div className="qr-code qr-loading" />
  const path = qr ? qrPath(qr, text) : null
  if (!path) return <LinkAsText text={text} />
  // Black on white whatever the colour scheme: cameras read dark modules on a light ground.
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${path.size} ${path.size}`}
      shapeRendering="crispEdges"
    >
      <rect width={path.size} height={path.size} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  )
}
