'use client'
/**
 * Deny and Revoke behind a confirmation, like Delete (DeleteConnectionDialog, whose slots and
 * styles it shares): an alert dialog that names the connector and what the decision means, focuses
 * Cancel first, ignores clicks outside and closes on Escape. A failed request keeps it open with
 * the reason, and the confirm button tries again.
 */
import * as Dialog from '@radix-ui/react-dialog'
import { useRef, type ReactNode } from 'react'
import { consentEn } from '../../src/i18n/consent/en'
import { ModalLayer } from '../ModalLayer'
import { PortalRoot } from '../PortalRoot'
import { useLazyT } from '../useLazyT'

export interface ConsentConfirmDialogProps {
  /** 'deny' (consent not given yet) or 'revoke' (consent given before). */
  kind: 'deny' | 'revoke'
  name: string
  open: boolean
  onOpenChange: (open: boolean) => void
  onConfirm: () => void
  pending: boolean
  /** The failure of the last attempt, rendered above the buttons. */
  error?: ReactNode
  /** Where focus goes once the decision is made (the button that opened the dialog is gone). */
  focusAfterConfirm: () => HTMLElement | null
  /** The button that opens the dialog. */
  trigger: ReactNode
}

export function ConsentConfirmDialog({
  kind,
  name,
  open,
  onOpenChange,
  onConfirm,
  pending,
  error,
  focusAfterConfirm,
  trigger,
}: ConsentConfirmDialogProps) {
  const t = useLazyT(consentEn)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const deny = kind === 'deny'
  return (
    <Dialog.Root
      open={open}
      modal={false}
      // A request in flight cannot be called back; the dialog stays to tell how it ended.
      onOpenChange={(next) => (next || !pending ? onOpenChange(next) : undefined)}
    >
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <PortalRoot>
          {/* No onOverlayPress: an alert dialog is answered with a button (or Escape), never
              dismissed by a stray click. */}
          <ModalLayer overlay="delete-overlay" initialFocus={cancelRef}>
            <Dialog.Content
              role="alertdialog"
              data-ik-slot="delete-dialog"
              data-consent-dialog={kind}
              data-pending={pending || undefined}
              onCloseAutoFocus={(event) => {
                const target = focusAfterConfirm()
                if (target) {
                  event.preventDefault()
                  target.focus()
                }
              }}
            >
              <Dialog.Title data-ik-slot="delete-title">
                {t(deny ? 'consent.denyTitle' : 'consent.revokeTitle')}
              </Dialog.Title>
              <Dialog.Description data-ik-slot="delete-description">
                {t(deny ? 'consent.denyDescription' : 'consent.revokeDescription', { name })}
              </Dialog.Description>
              {error}
              <div data-ik-slot="delete-actions">
                <Dialog.Close asChild>
                  <button ref={cancelRef} type="button" data-ik-slot="button">
                    {t('consent.cancel')}
                  </button>
                </Dialog.Close>
                <button
                  type="button"
                  data-ik-slot="button"
                  data-variant="danger"
                  data-pending={pending || undefined}
                  aria-disabled={pending || undefined}
                  onClick={() => (pending ? undefined : onConfirm())}
                >
                  {pending
                    ? t(deny ? 'consent.denying' : 'consent.revoking')
                    : t(deny ? 'consent.denyConfirm' : 'consent.revokeConfirm')}
                </button>
              </div>
            </Dialog.Content>
          </ModalLayer>
        </PortalRoot>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
