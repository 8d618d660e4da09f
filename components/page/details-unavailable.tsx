'use client'
/**
 * What opening a connector shows when the details' chunk could not be downloaded (a dropped
 * network, a tab older than the host's last deploy): the connector's name, why, and "Reload page".
 * A rejected React.lazy would throw while rendering and, without an error boundary, unmount the
 * host's whole root; the lazy importers resolve to this instead. Reloading is the way on that works
 * everywhere: Chromium keeps a failed dynamic import for the page's life, so importing again fails
 * at once. Nothing shows until a connector is opened (the chunk is also fetched ahead, when idle).
 *
 * The panel's form is a native modal <dialog> (focus moved in, Escape, the page behind inert), not
 * the panel's Radix dialog: that is in the chunk that failed, and the catalog's first paint stays
 * without it. The inline form (a master-detail layout) is the message in the page.
 */
import type { ComponentType, ReactNode } from 'react'
import type { Connection, ConnectionRef } from '../../src/types'
import { ErrorMessage } from '../ErrorMessage'
import { useT } from '../i18n'
import { Icon } from '../icons'
import { chunkError } from '../lazy-part'

interface DetailsUnavailableProps {
  connectionRef?: ConnectionRef | null
  connection?: Connection | null
  onOpenChange?: (open: boolean) => void
  returnFocusTo?: () => HTMLElement | null | undefined
  placeholder?: ReactNode
}

/**
 * Opens the dialog as a modal once, when it mounts: one function for every render, so a render
 * between a close and its (queued) close event does not open it again.
 */
const showModal = (dialog: HTMLDialogElement | null) => {
  if (dialog && !dialog.open) {
    dialog.showModal()
  }
}

/**
 * A lazy importer's rejection handler, `import(…).then(pick, detailsUnavailable<Props>(modal))`:
 * the part it stands in for takes the same props.
 */
export const detailsUnavailable =
  <P extends DetailsUnavailableProps>(modal: boolean) =>
  (error: unknown): { default: ComponentType<P> } => ({
    default: function DetailsUnavailable({
      connectionRef,
      connection,
      onOpenChange,
      returnFocusTo,
      placeholder = null,
    }: P) {
      const t = useT()
      if (!connectionRef) {
        return placeholder
      }
      const name = connection?.name ?? connectionRef.serviceId
      const message = (
        <ErrorMessage
          data-ik-slot="details-error"
          error={chunkError(error)}
          place="details"
          name={name}
          alwaysRetry
          onRetry={() => window.location.reload()}
          retryLabel={t('errors.reload')}
        />
      )
      if (!modal) {
        return message
      }
      return (
        <dialog
          ref={showModal}
          data-ik-slot="details"
          aria-label={name}
          // However it closed (Close, Escape, the browser's own close request), the page follows:
          // the selection cleared, focus back on the card (it could not take focus while modal).
          onClose={() => {
            onOpenChange?.(false)
            returnFocusTo?.()?.focus()
          }}
        >
          <header data-ik-slot="details-header">
            <div data-ik-slot="details-heading">
              <h2 data-ik-slot="details-title">{name}</h2>
            </div>
            <button
              type="button"
              data-ik-slot="details-close"
              aria-label={t('details.close')}
              onClick={(event) => event.currentTarget.closest('dialog')?.close()}
            >
              <Icon name="close" />
            </button>
          </header>
          <div data-ik-slot="details-body">{message}</div>
        </dialog>
      )
    },
  })
