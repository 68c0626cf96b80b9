import { useSyncExternalStore } from 'react'
import { Notice } from '../shared/components/notice'
import { applyUpdate, isUpdateOffered, onUpdateChange } from '../state/update-offer'

/**
 * "A new version is ready." with Reload, on any screen, once a new version is offered: never
 * while a form holds unsaved input (src/state/update-offer.ts), and never in the prerendered page.
 */
export function UpdateLine() {
  const hasUpdate = useSyncExternalStore(onUpdateChange, isUpdateOffered, () => false)
  return (
    <Notice message={hasUpdate ? 'A new version is ready.' : null} onDismiss={applyUpdate} action="Reload" />
  )
}
