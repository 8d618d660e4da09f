'use client'
/**
 * Delete behind a confirmation: a Radix Dialog with alertdialog semantics. Its content (the
 * question, the request and its outcome: ./DeleteDialogContent.tsx) is a chunk of its own, loaded
 * on intent (the trigger pointed at, pressed or focused) and when the dialog opens.
 */
import * as Dialog from '@radix-ui/react-dialog'
import type { ReactNode } from 'react'
import type { Connection } from '../../src/types'
import { ErrorMessage } from '../ErrorMessage'
import { useLazyPart } from '../lazy-part'
import { usePanelT } from '../usePanelT'
import { useOpenState } from '../useOpenState'
import { ModalLayer } from '../ModalLayer'
import { PortalRoot } from '../PortalRoot'
import type { DeleteDialogContentProps } from './DeleteDialogContent'
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
  const loadContent = () => void deletePart.load().catch(() => {})

  return (
    <Dialog.Root open={open} onOpenChange={setOpen} modal={false}>
      {trigger === null ? null : (
        <Dialog.Trigger
          asChild
          onPointerEnter={loadContent}
          onPointerDown={loadContent}
          onFocus={loadContent}
        >
          {trigger ?? (
            <button type="button" data-ik-slot="button" data-variant="danger">
              {t('manage.delete')}
            </button>
          )}
        </Dialog.Trigger>
      )}
      <Dialog.Portal container={container}>
        <DeleteDialogPart
          connection={connection}
          onClose={() => setOpen(false)}
          onDeleted={onDeleted}
          focusAfterDelete={focusAfterDelete}
          className={className}
          classNames={classNames}
        />
      </Dialog.Portal>
    </Dialog.Root>
  )
}

/**
 * The content once its chunk is in (in the dialog's first commit when it was loaded ahead); until
 * then the alert dialog's frame saying "Loading…", and where the chunk could not be fetched, the
 * error with Try again. The content replaces the frame and focuses its Cancel, as opening does.
 */
function DeleteDialogPart(props: DeleteDialogContentProps) {
  const t = usePanelT()
  const { component: Content, error, retry } = useLazyPart(deletePart)
  const { connection, classNames } = props
  if (Content) {
    return <Content {...props} />
  }
  return (
    <PortalRoot>
      <ModalLayer overlay="delete-overlay" overlayClassName={classNames?.overlay}>
        <Dialog.Content
          role="alertdialog"
          data-ik-slot="delete-dialog"
          className={[classNames?.content, props.className].filter(Boolean).join(' ') || undefined}
          aria-describedby={undefined}
          onCloseAutoFocus={(event) => {
            // Replaced by the content (the dialog still open): the content places focus, not the
            // trigger. Closed while loading: focus goes back to the trigger.
            if (deletePart.current) {
              event.preventDefault()
            }
          }}
        >
          <Dialog.Title data-ik-slot="delete-title" className={classNames?.title}>
            {t('manage.deleteTitle', { name: connection.name })}
          </Dialog.Title>
          {error ? (
            <ErrorMessage
              data-ik-slot="manage-alert"
              className={classNames?.alert}
              error={error}
              place="details"
              name={connection.name}
              onRetry={retry}
              alwaysRetry
            />
          ) : (
            <p role="status">{t('details.loading', { name: connection.name })}</p>
          )}
          <div data-ik-slot="delete-actions" className={classNames?.actions}>
            <Dialog.Close asChild>
              <button type="button" data-ik-slot="button" className={classNames?.cancel}>
                {t('manage.deleteCancel')}
              </button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </ModalLayer>
    </PortalRoot>
  )
}
