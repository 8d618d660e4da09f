'use client'
import * as Dialog from '@radix-ui/react-dialog'
import type { ReactNode } from 'react'
import { useConnection } from '../../hooks/useConnection'
import type { Connection, ConnectionRef } from '../../src/types'
import { LazyDialogContent } from '../LazyDialogContent'
import { importPart } from '../manage/dialog-parts'
import type { FieldRegistryOverrides } from './fields/types'
import { usePanelT } from '../usePanelT'
import { useOpenState } from '../useOpenState'
import { Icon } from '../icons'

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
  const query = useConnection(connection ? undefined : connectionRef)
  // Intent to open: the content's chunk is fetched before the press lands.
  const load = () => void importPart.load().catch(() => {})
  return (
    <Dialog.Root open={open} onOpenChange={setOpen} modal={false}>
      {trigger === null ? null : (
        <Dialog.Trigger asChild onPointerEnter={load} onPointerDown={load} onFocus={load}>
          {trigger ?? (
            <button type="button" data-ik-slot="button">
              {t('forms.import.trigger')}
            </button>
          )}
        </Dialog.Trigger>
      )}
      <Dialog.Portal>
        <LazyDialogContent
          part={importPart}
          props={{
            header: (
              <>
                <header data-ik-slot="import-header">
                  <Dialog.Title data-ik-slot="import-title">
                    {t('forms.import.title', { name: (connection ?? query.data)?.name ?? '' })}
                  </Dialog.Title>
                </header>
                <Dialog.Description data-ik-slot="import-description">
                  {t('forms.import.description')}
                </Dialog.Description>
              </>
            ),
            connection,
            connectionRef,
            fields,
            className,
            onClose: () => setOpen(false),
            onImported: (imported: Connection) => {
              onImported?.(imported)
              setOpen(false)
            },
          }}
          layer={{ overlay: 'import-overlay', onOverlayPress: () => setOpen(false) }}
          frame={{ 'data-ik-slot': 'import-dialog', className }}
          loading={t('forms.loading')}
          failure={{ place: 'settingsLoad', 'data-ik-slot': 'settings-form-error' }}
        >
          <Dialog.Close data-ik-slot="import-close" aria-label={t('forms.import.close')}>
            <Icon name="close" />
          </Dialog.Close>
        </LazyDialogContent>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
