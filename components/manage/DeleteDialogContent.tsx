'use client'
/**
 * The delete confirmation's content (the alert dialog, the request, its outcome): a chunk of its
 * own, since deleting is rarely done. DeleteConnectionDialog renders it in its portal once loaded
 * (./dialog-parts.ts); loaded on intent, the dialog shows it in its first commit.
 *
 * It names the connector, says what is lost, focuses Cancel first (the safe answer), ignores clicks
 * outside (an alert dialog must be answered) and closes on Escape. A failed delete keeps the dialog
 * open with the reason, and the destructive button tries again. A DELETE in flight cannot be called
 * back: neither Escape nor Cancel closes the dialog then, it stays to tell how it ended.
 */
import * as Dialog from '@radix-ui/react-dialog'
import { useRef, type ReactNode } from 'react'
import { useConnectorName } from '../../hooks/query/useConnectorName'
import { useDeleteConnection } from '../../hooks/useDeleteConnection'
import { wasRetried } from '../../src/error-message'
import { refOf } from '../../src/connection-ref'
import type { Connection } from '../../src/types'
import { ErrorMessage } from '../ErrorMessage'
import { usePanelT } from '../usePanelT'
import { ModalLayer } from '../ModalLayer'
import { PortalRoot } from '../PortalRoot'
import type { DeleteConnectionDialogClassNames } from './DeleteConnectionDialog'

export interface DeleteDialogContentProps {
  /** The question's title, as the frame that stood in for this content shows it. */
  header: ReactNode
  connection: Connection
  /** Closes the dialog (after a successful delete). */
  onClose: () => void
  onDeleted?: (connection: Connection) => void
  focusAfterDelete?: () => HTMLElement | null
  className?: string
  classNames?: DeleteConnectionDialogClassNames
}

export function DeleteDialogContent({
  header,
  connection,
  onClose,
  onDeleted,
  focusAfterDelete,
  className,
  classNames,
}: DeleteDialogContentProps) {
  const t = usePanelT()
  // Mounted while the dialog is open: each opening asks afresh, with no outcome of the last one.
  const remove = useDeleteConnection()
  const cancelRef = useRef<HTMLButtonElement>(null)
  const deletedRef = useRef(false)
  const name = connection.name
  const ref = refOf(connection)
  const connectorName = useConnectorName(connection)

  function confirm() {
    if (remove.isPending) {
      return
    }
    remove.mutate(
      { ref },
      {
        onSuccess: () => {
          deletedRef.current = true
          onClose()
          // A deleted instance is gone; a Vault connector stays, as available.
          onDeleted?.(
            ref.connectionId === undefined
              ? { ...connection, state: 'available', enabled: false }
              : connection,
          )
        },
      },
    )
  }

  return (
    <PortalRoot>
      {/* No onOverlayPress: an alert dialog is answered with a button (or Escape), never
          dismissed by a stray click. */}
      <ModalLayer
        overlay="delete-overlay"
        initialFocus={cancelRef}
        overlayClassName={classNames?.overlay}
      >
        <Dialog.Content
          role="alertdialog"
          data-ik-slot="delete-dialog"
          data-pending={remove.isPending || undefined}
          className={[classNames?.content, className].filter(Boolean).join(' ') || undefined}
          onEscapeKeyDown={(event) => {
            if (remove.isPending) {
              event.preventDefault()
            }
          }}
          onCloseAutoFocus={(event) => {
            if (!deletedRef.current) {
              return
            }
            const target = focusAfterDelete?.()
            if (target) {
              event.preventDefault()
              target.focus()
            }
          }}
        >
          {header}
          <Dialog.Description data-ik-slot="delete-description" className={classNames?.description}>
            {ref.connectionId === undefined
              ? t('manage.deleteDescription', { name })
              : t('manage.deleteDescriptionInstance', { name, connector: connectorName })}
          </Dialog.Description>
          {remove.error ? (
            // No retry button of its own: the destructive button below tries again.
            <ErrorMessage
              data-ik-slot="manage-alert"
              className={classNames?.alert}
              error={remove.error}
              place="delete"
              name={name}
              retried={wasRetried(remove.failureCount)}
            />
          ) : null}
          <div data-ik-slot="delete-actions" className={classNames?.actions}>
            <Dialog.Close asChild>
              <button
                ref={cancelRef}
                type="button"
                data-ik-slot="button"
                className={classNames?.cancel}
                onClick={(event) => {
                  // Prevented: Dialog.Close does not close while the DELETE is in flight.
                  if (remove.isPending) {
                    event.preventDefault()
                  }
                }}
              >
                {t('manage.deleteCancel')}
              </button>
            </Dialog.Close>
            <button
              type="button"
              data-ik-slot="button"
              data-variant="danger"
              data-pending={remove.isPending || undefined}
              aria-disabled={remove.isPending || undefined}
              className={classNames?.confirm}
              onClick={confirm}
            >
              {remove.isPending
                ? t('manage.deleting', { name })
                : t('manage.deleteConfirm', { name })}
            </button>
          </div>
        </Dialog.Content>
      </ModalLayer>
    </PortalRoot>
  )
}
