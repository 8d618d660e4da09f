'use client'
import * as Dialog from '@radix-ui/react-dialog'
import type { ReactNode } from 'react'
import { useConnection } from '../../hooks/useConnection'
import type { Connection, ConnectionRef } from '../../src/types'
import { ErrorMessage } from '../ErrorMessage'
import { useLazyPart } from '../lazy-part'
import type { ImportDialogContentProps } from './ImportDialogContent'
import { importPart } from '../manage/dialog-parts'
import type { FieldRegistryOverrides } from './fields/types'
import { usePanelT } from '../usePanelT'
import { useOpenState } from '../useOpenState'
import { Icon } from '../icons'
import { ModalLayer } from '../ModalLayer'
import { PortalRoot } from '../PortalRoot'

export interface ImportConnectionDialogProps {
  /** The connector to import into; or give `connectionRef` to have it loaded. */
  connection?: Connection
  connectionRef?: ConnectionRef
  open?: boolean
  defaultOpen?: boolean
  onOpenChange?: (open: boolean) => void
  /** The element that opens the dialog (default: an "Import connection" button); `null` for none. */
  trigger?: ReactNode
  /** After a successful import, with the connection as the server returned it. */
  onImported?: (connection: Connection) => void
  /** Field component overrides for the connector's settings. */
  fields?: FieldRegistryOverrides
  className?: string
}

/**
 * Imports existing OAuth credentials (access/refresh token, issue time, lifetime) plus settings and
 * metadata into a connection. The dialog's content is a chunk of its own (./ImportDialogContent.tsx,
 * loaded on intent: the trigger pointed at, pressed or focused). Secrets live only in the mounted
 * form: closing the dialog unmounts it and resets the mutation, so no token stays in the DOM, the
 * form state or the MutationCache.
 */
export function ImportConnectionDialog({
  connection,
  connectionRef,
  open: openProp,
  defaultOpen,
  onOpenChange,
  trigger,
  onImported,
  fields,
  className,
}: ImportConnectionDialogProps) {
  const t = usePanelT()
  const [open, setOpen] = useOpenState(
    { open: openProp, defaultOpen, onOpenChange },
    'ImportConnectionDialog',
  )
  // Fetched while the dialog is closed, so it opens on the connection (the content reads the cache).
  useConnection(connection ? undefined : connectionRef)
  // Intent to open: the content's chunk is fetched before the press lands.
  const loadContent = () => void importPart.load().catch(() => {})

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
            <button type="button" data-ik-slot="button">
              {t('forms.import.trigger')}
            </button>
          )}
        </Dialog.Trigger>
      )}
      <Dialog.Portal>
        <ImportDialogPart
          connection={connection}
          connectionRef={connectionRef}
          fields={fields}
          className={className}
          onClose={() => setOpen(false)}
          onImported={(imported) => {
            onImported?.(imported)
            setOpen(false)
          }}
        />
      </Dialog.Portal>
    </Dialog.Root>
  )
}

/**
 * The content once its chunk is in (in the dialog's first commit when it was loaded ahead); until
 * then the dialog's frame saying "Loading…", and where the chunk could not be fetched, the error
 * with Try again. The content replaces the frame and places focus as opening does.
 */
function ImportDialogPart(props: ImportDialogContentProps) {
  const t = usePanelT()
  const { component: Content, error, retry } = useLazyPart(importPart)
  if (Content) {
    return <Content {...props} />
  }
  return (
    <PortalRoot>
      <ModalLayer overlay="import-overlay" onOverlayPress={props.onClose}>
        <Dialog.Content
          data-ik-slot="import-dialog"
          className={props.className}
          onCloseAutoFocus={(event) => {
            // Replaced by the content (the dialog still open): the content places focus, not the
            // trigger. Closed while loading: focus goes back to the trigger.
            if (importPart.current) {
              event.preventDefault()
            }
          }}
        >
          <header data-ik-slot="import-header">
            <Dialog.Title data-ik-slot="import-title">
              {t('forms.import.title', { name: props.connection?.name ?? '' })}
            </Dialog.Title>
          </header>
          <Dialog.Description data-ik-slot="import-description">
            {t('forms.import.description')}
          </Dialog.Description>
          {error ? (
            <ErrorMessage
              data-ik-slot="settings-form-error"
              error={error}
              place="settingsLoad"
              onRetry={retry}
              alwaysRetry
            />
          ) : (
            <p role="status">{t('forms.loading')}</p>
          )}
          <Dialog.Close data-ik-slot="import-close" aria-label={t('forms.import.close')}>
            <Icon name="close" />
          </Dialog.Close>
        </Dialog.Content>
      </ModalLayer>
    </PortalRoot>
  )
}
