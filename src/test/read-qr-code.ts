import jsQR from 'jsqr'

/** The dark modules of a QR code drawn as an SVG path (x, y), read back from the path alone. */
export function darkModules(svg: Element): { size: number; dark: [number, number][] } {
  const size = Number(svg.getAttribute('viewBox')?.split(' ')[2])
  const d = svg.querySelector('path')?.getAttribute('d') ?? ''
  const dark: [number, number][] = []
  for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(run); i++) dark.push([Number(x) + i, Number(y)])
  }
  return { size, dark }
}

/** What a QR reader (jsQR) decodes from the SVG, drawn as pixels (`scale` a module); null if nothing. */
export function readQrCode(svg: Element, scale = 4): string | null {
  const { size, dark } = darkModules(svg)
  const width = size * scale
  const data = new Uint8ClampedArray(width * width * 4).fill(255)
  for (const [x, y] of dark) {
    for (let py = y * scale; py < (y + 1) * scale; py++) {
      data.fill(0, (py * width + x * scale) * 4, (py * width + (x + 1) * scale) * 4)
    }
  }
  // Alpha stays 255: the fill above also blacks it out, so restore it.
  for (let i = 3; i < data.length; i += 4) data[i] = 255
  return jsQR(data, width, width)?.data ?? null
}
