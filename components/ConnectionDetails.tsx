'use client'
/**
 * The details of one connector in a side panel (Radix Dialog: focus trap, Escape, title,
 * description). It shows who the connector is, its status with the reason and the next step, the
 * Connect entry point for an available connector, and slots for the management parts
 * (`actions`, `renderBody`, `children`), which read the connection through useConnectionDetails().
 */
import * as Dialog from '@radix-ui/react-dialog'
import {
  createContext,
  useContext,
  useId,
  useMemo,
  useState,
  type ComponentProps,
  type ReactNode,
} from 'react'
import { useAddConnection } from '../hooks/useAddConnection'
import { useConnection } from '../hooks/useConnection'
import { useIntegrationsAdapter } from '../hooks/IntegrationsProvider'
import { safeUrl } from '../src/safe-url'
import { connectionStatus } from '../src/status'
import type { Connection, ConnectionRef } from '../src/types'
import { ConnectionStatusBadge } from './ConnectionStatusBadge'
import { ConnectorLogo } from './ConnectorLogo'
import { useT } from './i18n'
import { Icon } from './icons'
import { useRootContext } from './IntegrationsRoot'
import { unifiedApiLabel } from './labels'
import { themeRootAttributes } from './theme'
import { visuallyHidden } from './visually-hidden'

/** The management actions a host may allow (Vault's `allow_actions`); absent means all. */
export type ConnectionAction = 'delete' | 'disconnect' | 'reauthorize' | 'disable'

export interface ConnectionDetailsContextValue {
  connection: Connection
  connectionRef: ConnectionRef
  /** undefined = all actions allowed; [] = none. */
  allowActions: readonly ConnectionAction[] | undefined
  close: () => void
}

const ConnectionDetailsContext = createContext<ConnectionDetailsContextValue | null>(null)

/** The connection shown by the enclosing ConnectionDetails (null outside one, or while loading). */
export function useConnectionDetails(): ConnectionDetailsContextValue | null {
  return useContext(ConnectionDetailsContext)
}

/** True when `action` is allowed by `allowActions` (undefined allows everything). */
export function isActionAllowed(
  allowActions: readonly ConnectionAction[] | undefined,
  action: ConnectionAction,
): boolean {
  return allowActions === undefined || allowActions.includes(action)
}

export interface ConnectionDetailsClassNames {
  overlay?: string
  details?: string
  detailsHeader?: string
  detailsTitle?: string
  detailsBody?: string
  detailsStatus?: string
  detailsActions?: string
}

export interface ConnectionDetailsProps extends Omit<ComponentProps<'div'>, 'children' | 'title'> {
  /** Which connector to show; null renders nothing open. */
  connectionRef: ConnectionRef | null
  /** Data to show before (or instead of) the detail request, e.g. the catalog's list entry. */
  connection?: Connection
  /** Controlled open state. Default: open while `connectionRef` is set. */
  open?: boolean
  onOpenChange?: (open: boolean) => void
  /** Passed to the action slots through useConnectionDetails(). */
  allowActions?: readonly ConnectionAction[]
  /** Buttons in the actions area (next to Connect). */
  actions?: ReactNode | ((connection: Connection) => ReactNode)
  /** Main content under the status (settings form, resources …). */
  renderBody?: (connection: Connection) => ReactNode
  children?: ReactNode
  classNames?: ConnectionDetailsClassNames
  /**
   * Where focus goes when the panel closes (the card that opened it). Radix returns focus to a
   * Dialog.Trigger only; the catalog opens the panel from its own cards, so it says which.
   */
  returnFocusTo?: () => HTMLElement | null
  /** Portal container. Default document.body. */
  container?: HTMLElement | null
}

export function ConnectionDetails({
  connectionRef,
  connection: initialConnection,
  open,
  onOpenChange,
  allowActions,
  actions,
  renderBody,
  children,
  classNames,
  returnFocusTo,
  container,
  className,
  ...props
}: ConnectionDetailsProps) {
  const root = useRootContext()
  const portalAttributes = useMemo(
    () =>
      root ?? {
        attributes: themeRootAttributes(undefined, false),
        dir: 'ltr' as const,
        lang: 'en',
      },
    [root],
  )
  // Keep showing the last connector while the panel animates closed (connectionRef is already null).
  const [lastRef, setLastRef] = useState(connectionRef)
  if (connectionRef !== null && connectionRef !== lastRef) {
    setLastRef(connectionRef)
  }
  const shownRef = connectionRef ?? lastRef
  const query = useConnection(shownRef ?? undefined)
  const connection = query.data ?? initialConnection
  const isOpen = open ?? connectionRef !== null
  const close = () => onOpenChange?.(false)

  return (
    <Dialog.Root open={isOpen} onOpenChange={onOpenChange}>
      <Dialog.Portal container={container}>
        <div
          data-ik-slot="portal"
          dir={portalAttributes.dir}
          lang={portalAttributes.lang}
          {...portalAttributes.attributes}
        >
          <Dialog.Overlay data-ik-slot="details-overlay" className={classNames?.overlay} />
          <Dialog.Content
            data-ik-slot="details"
            data-ik-state={connection?.state}
            data-ik-status={connection ? connectionStatus(connection).status : 'loading'}
            aria-busy={!connection || undefined}
            className={[classNames?.details, className].filter(Boolean).join(' ') || undefined}
            onCloseAutoFocus={(event) => {
              const target = returnFocusTo?.()
              if (target) {
                event.preventDefault()
                target.focus()
              }
            }}
            {...props}
          >
            {connection && shownRef ? (
              <ConnectionDetailsContext.Provider
                value={{ connection, connectionRef: shownRef, allowActions, close }}
              >
                <DetailsContent
                  key={`${connection.unified_api}/${connection.service_id}`}
                  connection={connection}
                  actions={actions}
                  renderBody={renderBody}
                  classNames={classNames}
                >
                  {children}
                </DetailsContent>
              </ConnectionDetailsContext.Provider>
            ) : (
              <DetailsPlaceholder
                name={shownRef?.serviceId ?? ''}
                error={query.error}
                onRetry={() => void query.refetch()}
              />
            )}
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

/* -------------------------------------------------------------------------------------------------
 * DetailsContent
 * -----------------------------------------------------------------------------------------------*/

interface DetailsContentProps {
  connection: Connection
  actions: ConnectionDetailsProps['actions']
  renderBody: ConnectionDetailsProps['renderBody']
  classNames: ConnectionDetailsClassNames | undefined
  children: ReactNode
}

function DetailsContent({
  connection,
  actions,
  renderBody,
  classNames,
  children,
}: DetailsContentProps) {
  const t = useT()
  const id = useId()
  const adapter = useIntegrationsAdapter()
  const add = useAddConnection()
  const { reasonKey, nextStepKey, status, tone } = connectionStatus(connection)
  const name = connection.name
  const category = unifiedApiLabel(t, connection.unified_api)
  const website = safeUrl(connection.website)
  const canAdd =
    connection.state === 'available' &&
    adapter.capabilities.add &&
    typeof adapter.addConnection === 'function' &&
    connection.integration_state !== 'needs_configuration' &&
    connection.integration_state !== 'disabled'
  const ref: ConnectionRef = {
    unifiedApi: connection.unified_api,
    serviceId: connection.service_id,
  }

  return (
    <>
      <header data-ik-slot="details-header" className={classNames?.detailsHeader}>
        <ConnectorLogo connection={connection} />
        <div data-ik-slot="details-heading">
          <Dialog.Title
            data-ik-slot="details-title"
            dir="auto"
            className={classNames?.detailsTitle}
          >
            {name}
          </Dialog.Title>
          <p data-ik-slot="details-category">{category}</p>
        </div>
        <Dialog.Close data-ik-slot="details-close" aria-label={t('details.close')}>
          <Icon name="close" />
        </Dialog.Close>
      </header>
      <div data-ik-slot="details-body" className={classNames?.detailsBody}>
        <Dialog.Description data-ik-slot="details-description">
          {connection.tag_line?.trim() || t('details.description', { name, category })}
        </Dialog.Description>
        {website ? (
          <a
            data-ik-slot="details-website"
            href={website}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('details.website')}
            <Icon name="external" />
            <span style={visuallyHidden}> {t('details.opensInNewTab')}</span>
          </a>
        ) : null}
        <section
          data-ik-slot="details-status"
          data-state={status}
          data-ik-tone={tone}
          aria-labelledby={`${id}-status`}
          className={classNames?.detailsStatus}
        >
          <h3 id={`${id}-status`} data-ik-slot="details-section-title">
            {t('details.status')}
          </h3>
          <ConnectionStatusBadge connection={connection} size="large" />
          <p data-ik-slot="details-reason">{t(reasonKey, { name })}</p>
          <p data-ik-slot="details-next-step">
            <strong>{t('details.nextStep')}:</strong> {t(nextStepKey, { name })}
          </p>
        </section>
        <div role="status" data-ik-slot="details-announcer" style={visuallyHidden}>
          {add.isSuccess ? t('details.connected', { name }) : ''}
        </div>
        {add.error ? (
          <p role="alert" data-ik-slot="details-error">
            {t('details.connectFailed', { name, message: add.error.message })}
          </p>
        ) : null}
        {canAdd || actions ? (
          <div data-ik-slot="details-actions" className={classNames?.detailsActions}>
            {canAdd ? (
              <button
                type="button"
                data-ik-slot="button"
                data-variant="primary"
                data-pending={add.isPending || undefined}
                aria-disabled={add.isPending || undefined}
                onClick={() => {
                  if (!add.isPending) {
                    add.mutate({ ref })
                  }
                }}
              >
                <Icon name="plus" />
                {add.isPending ? t('details.connecting') : t('details.connect')}
              </button>
            ) : null}
            {typeof actions === 'function' ? actions(connection) : actions}
          </div>
        ) : null}
        {renderBody?.(connection)}
        {children}
      </div>
    </>
  )
}

/* -------------------------------------------------------------------------------------------------
 * DetailsPlaceholder: loading, or the detail request failed and nothing is cached
 * -----------------------------------------------------------------------------------------------*/

function DetailsPlaceholder({
  name,
  error,
  onRetry,
}: {
  name: string
  error: Error | null
  onRetry: () => void
}) {
  const t = useT()
  return (
    <>
      <header data-ik-slot="details-header">
        <span data-ik-slot="logo" data-state="loading" />
        <div data-ik-slot="details-heading">
          <Dialog.Title data-ik-slot="details-title">{name}</Dialog.Title>
        </div>
        <Dialog.Close data-ik-slot="details-close" aria-label={t('details.close')}>
          <Icon name="close" />
        </Dialog.Close>
      </header>
      <div data-ik-slot="details-body">
        {error ? (
          <>
            <Dialog.Description role="alert" data-ik-slot="details-error">
              {t('details.loadFailed', { name, message: error.message })}
            </Dialog.Description>
            <button type="button" data-ik-slot="button" data-variant="secondary" onClick={onRetry}>
              <Icon name="retry" />
              {t('catalog.error.retry')}
            </button>
          </>
        ) : (
          <Dialog.Description role="status" data-ik-slot="details-loading">
            {t('details.loading', { name })}
          </Dialog.Description>
        )}
      </div>
    </>
  )
}
