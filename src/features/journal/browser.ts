// The journal's few touches of the browser: today's date and saving a file.

export { longDay, shortDay, today } from '../../shared/days'

/** A chosen file's text (FileReader: older Safari has no Blob.text). */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'))
    reader.readAsText(file)
  })
}

/** Saves text as a file in the phone's downloads (or its share sheet): nothing leaves the phone. */
export function downloadFile(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Some browsers read the file after the click returns: free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** A new check-in id: unique enough within one person's journal. */
export function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
}
