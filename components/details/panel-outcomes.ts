'use client'
/**
 * What the details panel says about outcomes whose own controls are gone by the time they end:
 * - Deleted: the Manage section unmounts as the cache says "available" (before the request's
 *   callbacks run), so the panel closes itself, and "Xero is deleted" is said in a live region
 *   outside the panel once it has closed (the modal hides the page from assistive technology).
 * - Disconnected, enabled, disabled: said in a live region inside the panel that outlives the
 *   Manage controls (Disconnect disappears with the credentials it removed).
 * Both listen to the hooks' callbacks (`onConnectionDelete`, `onEvent`) for the panel's connection.
 */
import { useRef, useState } from 'react'
import type { IntegrationsCallbacks } from '../../src/events'
import { isConnection, isSameRef, refOf } from '../../src/connection-ref'
import type { Connection, ConnectionRef } from '../../src/types'
import type { MessageKey } from '../i18n'
import { usePanelT } from '../usePanelT'

export interface PanelOutcomes {
  /** For an IntegrationsCallbacksProvider around the panel. */
  callbacks: Pick<IntegrationsCallbacks, 'onConnectionDelete' | 'onEvent'>
  /** Said inside the open panel (Disconnected, enabled, disabled). */
  inPanel: string
  /** Said after the panel has closed (deleted). */
  afterClose: string
  /**
   * Whether to render the after-close live region: from the moment a delete closes the panel on,
   * so the region exists (empty) before its text arrives, and the page has no second live region
   * until there is something to say in it.
   */
  afterCloseRegion: boolean
  /** Call when the panel has closed (Radix's onCloseAutoFocus). */
  closed: () => void
  /**
   * Call when the panel's create form made `connection`: once the panel shows it, "{name} is
   * created" is said in the panel and `arrivedFromCreate` is true.
   */
  created: (connection: Connection) => void
  /** The panel shows the connection its create form just made (until it shows another). */
  arrivedFromCreate: boolean
}

const eventMessages: Partial<Record<string, MessageKey>> = {
  connection_revoked: 'oauth.revoked',
  connection_enabled: 'manage.enabledNow',
  connection_disabled: 'manage.disabledNow',
}

export function usePanelOutcomes({
  shownRef,
  name,
  isOpen,
  onOpenChange,
}: {
  shownRef: ConnectionRef | null
  name: string
  isOpen: boolean
  onOpenChange: ((open: boolean) => void) | undefined
}): PanelOutcomes {
  const t = usePanelT()
  const [inPanel, setInPanel] = useState('')
  const [afterClose, setAfterClose] = useState('')
  const [afterCloseRegion, setAfterCloseRegion] = useState(false)
  const pending = useRef('')
  const [created, setCreated] = useState<{ ref: ConnectionRef; text: string } | null>(null)
  const [arrivedFromCreate, setArrivedFromCreate] = useState(false)
  // Opening a panel (again, or for another connector) starts with nothing said, so the same
  // words are announced again next time.
  const [seen, setSeen] = useState({ isOpen, shownRef })
  if (seen.isOpen !== isOpen || seen.shownRef !== shownRef) {
    setSeen({ isOpen, shownRef })
    // Switched to the connection the create form just made: say so there, and only once.
    const arrived = created !== null && isOpen && isSameRef(created.ref, shownRef)
    setArrivedFromCreate(arrived)
    if (arrived) {
      setCreated(null)
    }
    if (isOpen) {
      setAfterClose('')
      setInPanel(arrived ? created.text : '')
    }
  }

  const callbacks: PanelOutcomes['callbacks'] = {
    onConnectionDelete: (deleted: Connection) => {
      if (!isOpen || !shownRef || !isConnection(deleted, shownRef)) {
        return
      }
      const text = t('manage.deleted', { name: deleted.name })
      if (onOpenChange) {
        pending.current = text
        setAfterCloseRegion(true)
        onOpenChange(false)
      } else {
        // Not ours to close: say it now, in the panel.
        setInPanel(text)
      }
    },
    onEvent: (event) => {
      const key = eventMessages[event.type]
      if (!key || !shownRef || !('serviceId' in event) || !isSameRef(event, shownRef)) {
        return
      }
      setInPanel(t(key, { name }))
    },
  }

  return {
    callbacks,
    inPanel,
    afterClose,
    afterCloseRegion,
    arrivedFromCreate,
    created: (connection) => {
      const text = t('details.created', { name: connection.name })
      if (shownRef && isConnection(connection, shownRef)) {
        // Already shown (a host that switched before this call): say it now.
        setInPanel(text)
        return
      }
      setCreated({ ref: refOf(connection), text })
    },
    closed: () => {
      if (pending.current) {
        setAfterClose(pending.current)
        pending.current = ''
      }
    },
  }
}
