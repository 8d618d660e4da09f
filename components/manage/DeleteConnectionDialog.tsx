'use client'
/**
 * Delete behind a confirmation: a Radix Dialog with alertdialog semantics. Its content (the
 * question, the request and its outcome: ./DeleteDialogContent.tsx) is a chunk of its own, loaded
 * on intent (the trigger pointed at, pressed or focused) and when the dialog opens.
 */
import * as Dialog from '@radix-ui/react-dialog'
import type { ReactNode } from 'react'
import type { Connection } from '../../src/types'
import { LazyDialogContent } from '../LazyDialogContent'
import { usePanelT } from '../usePanelT'
import { useOpenState } from '../useOpenState'
import { deletePart } from './dialog-parts'

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
  const [open, setOpen] = useOpenState(
    { open: openProp, defaultOpen, onOpenChange },
    'DeleteConnectionDialog',
  )
  // Intent to open: the content's chunk is fetched before the press lands.
  const load = () => void deletePart.load().catch(() => {})
  return (
    <Dialog.Root open={open} onOpenChange={setOpen} modal={false}>
      {trigger === null ? null : (
        <Dialog.Trigger asChild onPointerEnter={load} onPointerDown={load} onFocus={load}>
          {trigger ?? (
            <button type="button" data-ik-slot="button" data-variant="danger">
              {t('manage.delete')}
            </button>
          )}
        </Dialog.Trigger>
      )}
      <Dialog.Portal container={container}>
        <LazyDialogContent
          part={deletePart}
          props={{
            header: (
              <Dialog.Title data-ik-slot="delete-title" className={classNames?.title}>
                {t('manage.deleteTitle', { name: connection.name })}
              </Dialog.Title>
            ),
            connection,
            onClose: () => setOpen(false),
            onDeleted,
            focusAfterDelete,
            className,
            classNames,
          }}
          // No onOverlayPress: an alert dialog is answered with a button (or Escape).
          layer={{ overlay: 'delete-overlay', overlayClassName: classNames?.overlay }}
          frame={{
            role: 'alertdialog',
            'data-ik-slot': 'delete-dialog',
            className: [classNames?.content, className].filter(Boolean).join(' ') || undefined,
            // The frame says what is lost only once the confirmation is in: no description yet.
            'aria-describedby': undefined,
          }}
          loading={t('details.loading', { name: connection.name })}
          failure={{
            place: 'deleteDialog',
            'data-ik-slot': 'manage-alert',
            className: classNames?.alert,
          }}
        >
          <div data-ik-slot="delete-actions" className={classNames?.actions}>
            <Dialog.Close asChild>
              <button type="button" data-ik-slot="button" className={classNames?.cancel}>
                {t('manage.deleteCancel')}
              </button>
            </Dialog.Close>
          </div>
        </LazyDialogContent>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
