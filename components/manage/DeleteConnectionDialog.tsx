'use client'
/**
 * Delete behind a confirmation: a Radix Dialog with alertdialog semantics. It names the connector,
 * says what is lost, focuses Cancel first (the safe answer), ignores clicks outside (an alert dialog
 * must be answered) and closes on Escape. A failed delete keeps the dialog open with the reason, and
 * the destructive button tries again.
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
import { useOpenState } from '../useOpenState'
import { ModalLayer } from '../ModalLayer'
import { PortalRoot } from '../PortalRoot'

export interface DeleteConnectionDialogClassNames {
  overlay?: string
  content?: string
  title?: string
  description?: string
  alert?: string
  actions?: string
  cancel?: string
  confirm?: string
}

export interface DeleteConnectionDialogProps {
  connection: Connection
  open?: boolean
  defaultOpen?: boolean
  onOpenChange?: (open: boolean) => void
  /** The element that opens the dialog (default: a "Delete connection" button); `null` for none. */
  trigger?: ReactNode
  /** After the server deleted it; receives the connection as it is now: available, not enabled. */
  onDeleted?: (connection: Connection) => void
  /**
   * Where focus goes after a successful delete. Radix returns focus to the trigger, but a deleted
   * connection usually no longer shows one.
   */
  focusAfterDelete?: () => HTMLElement | null
  /** Portal container. Default document.body. */
  container?: HTMLElement | null
  /** Class of the dialog content. */
  className?: string
  classNames?: DeleteConnectionDialogClassNames
}

export function DeleteConnectionDialog({
  connection,
  open: openProp,
  defaultOpen,
  onOpenChange,
  trigger,
  onDeleted,
  focusAfterDelete,
  container,
  className,
  classNames,
}: DeleteConnectionDialogProps) {
  const t = usePanelT()
  const remove = useDeleteConnection()
  const [open, setOpenState] = useOpenState(
    { open: openProp, defaultOpen, onOpenChange },
    'DeleteConnectionDialog',
  )
  const cancelRef = useRef<HTMLButtonElement>(null)
  const deletedRef = useRef(false)
  const name = connection.name
  const ref = refOf(connection)
  const connectorName = useConnectorName(connection)

  function setOpen(next: boolean) {
    // A DELETE in flight cannot be called back; the dialog stays to tell how it ended.
    if (!next && remove.isPending) {
      return
    }
    if (next) {
      // A new question: forget the outcome of the last one.
      deletedRef.current = false
      remove.reset()
    }
    setOpenState(next)
  }

  function confirm() {
    if (remove.isPending) {
      return
    }
    remove.mutate(
      { ref },
      {
        onSuccess: () => {
          deletedRef.current = true
          setOpenState(false)
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
    <Dialog.Root open={open} onOpenChange={setOpen} modal={false}>
      {trigger === null ? null : (
        <Dialog.Trigger asChild>
          {trigger ?? (
            <button type="button" data-ik-slot="button" data-variant="danger">
              {t('manage.delete')}
            </button>
          )}
        </Dialog.Trigger>
      )}
      <Dialog.Portal container={container}>
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
              <Dialog.Title data-ik-slot="delete-title" className={classNames?.title}>
                {t('manage.deleteTitle', { name })}
              </Dialog.Title>
              <Dialog.Description
                data-ik-slot="delete-description"
                className={classNames?.description}
              >
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
      </Dialog.Portal>
    </Dialog.Root>
  )
}
