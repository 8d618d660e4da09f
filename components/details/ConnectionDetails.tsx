'use client'
/**
 * The details of one connector in a side panel (Radix Dialog: Escape, title, description; made
 * modal by ModalLayer). It shows who the connector is and its status with the reason and the next step,
 * then the one thing to do first (Connect / Authorize, or the administrator notice) and the sections
 * the connection offers: Connection settings, Resource defaults and Manage (see details-layout.ts).
 * Hosts add buttons through `actions`, replace the sections with `renderBody`, or append `children`;
 * all of them read the connection through useConnectionDetails(). ConnectionDetailsInline shows the
 * same body in a section of the host's page instead of a panel.
 */
import * as Dialog from '@radix-ui/react-dialog'
import type { ComponentProps } from 'react'
import { IntegrationsCallbacksProvider } from '../../hooks/IntegrationsProvider'
import { connectionStatus } from '../../src/catalog/status'
import type { ManageAction } from '../../src/details/allowed-actions'
import type { Connection, ConnectionRef } from '../../src/types'
import { ModalLayer } from '../ModalLayer'
import { PortalRoot } from '../PortalRoot'
import {
  DetailsView,
  splitBodyOptions,
  useDetailsState,
  type ConnectionDetailsBodyOptions,
} from './details-view'
import { OutcomeAnnouncer } from './OutcomeAnnouncer'

export { useConnectionDetails } from './connection-details-context'
export type { ConnectionDetailsContextValue } from './connection-details-context'

/**
 * The actions a host may allow: Vault's `allow_actions` plus 'validate' | 'import' | 'settings' |
 * 'resources'. The same type as ManageAction, so one allow-list gates every control of the panel.
 */
export type ConnectionAction = ManageAction

export interface ConnectionDetailsClassNames {
  overlay?: string
  details?: string
  detailsHeader?: string
  detailsTitle?: string
  detailsBody?: string
  detailsStatus?: string
  detailsActions?: string
  detailsNotice?: string
}

export interface ConnectionDetailsProps
  extends ConnectionDetailsBodyOptions, Omit<ComponentProps<'div'>, 'children' | 'title'> {
  /** Which connector to show; null renders nothing open. */
  connectionRef: ConnectionRef | null
  /** Data to show before (or instead of) the detail request, e.g. the catalog's list entry. */
  connection?: Connection
  /** Controlled open state. Default: open while `connectionRef` is set. */
  open?: boolean
  onOpenChange?: (open: boolean) => void
  /**
   * Where focus goes when the panel closes (the card that opened it). Radix returns focus to a
   * Dialog.Trigger only; the catalog opens the panel from its own cards, so it says which.
   */
  returnFocusTo?: () => HTMLElement | null
  /** Portal container. Default document.body. */
  container?: HTMLElement | null
}

export function ConnectionDetails(props: ConnectionDetailsProps) {
  const [
    options,
    {
      connectionRef,
      connection,
      open,
      onOpenChange,
      returnFocusTo,
      container,
      className,
      ...elementProps
    },
  ] = splitBodyOptions(props)
  const classNames = options.classNames
  const state = useDetailsState({ connectionRef, connection, open, onOpenChange })
  const shown = state.connection
  return (
    <IntegrationsCallbacksProvider {...state.outcomes.callbacks}>
      {/* Modal through ModalLayer, not Radix's modal mode: see ModalLayer.tsx. */}
      <Dialog.Root open={state.isOpen} onOpenChange={onOpenChange} modal={false}>
        <Dialog.Portal container={container}>
          <PortalRoot>
            <ModalLayer
              overlay="details-overlay"
              overlayClassName={classNames?.overlay}
              onOverlayPress={() => onOpenChange?.(false)}
            >
              <Dialog.Content
                data-ik-slot="details"
                data-ik-state={shown?.state}
                data-ik-status={shown ? connectionStatus(shown).status : 'loading'}
                aria-busy={!shown || undefined}
                className={[classNames?.details, className].filter(Boolean).join(' ') || undefined}
                onCloseAutoFocus={(event) => {
                  state.outcomes.closed()
                  const target = returnFocusTo?.()
                  if (target) {
                    event.preventDefault()
                    target.focus()
                  }
                }}
                {...elementProps}
              >
                <DetailsView state={state} close={() => onOpenChange?.(false)} options={options} />
              </Dialog.Content>
            </ModalLayer>
          </PortalRoot>
        </Dialog.Portal>
      </Dialog.Root>
      <OutcomeAnnouncer outcomes={state.outcomes} />
    </IntegrationsCallbacksProvider>
  )
}
