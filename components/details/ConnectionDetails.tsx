'use client'
/**
 * The details of one connector in a side panel (Radix Dialog: focus trap, Escape, title,
 * description). It shows who the connector is and its status with the reason and the next step,
 * then the one thing to do first (Connect / Authorize, or the administrator notice) and the sections
 * the connection offers: Connection settings, Resource defaults and Manage (see details-layout.ts).
 * Hosts add buttons through `actions`, replace the sections with `renderBody`, or append `children`;
 * all of them read the connection through useConnectionDetails().
 */
import * as Dialog from '@radix-ui/react-dialog'
import { useId, useMemo, useState, type ComponentProps, type ReactNode } from 'react'
import { useConnection } from '../../hooks/useConnection'
import {
  IntegrationsCallbacksProvider,
  useIntegrationsAdapter,
} from '../../hooks/IntegrationsProvider'
import { isManageActionAllowed, type ManageAction } from '../../src/details/allowed-actions'
import { wasRetried } from '../../src/error-message'
import { safeUrl } from '../../src/safe-url'
import { connectionStatus } from '../../src/catalog/status'
import type { Connection, ConnectionRef } from '../../src/types'
import { ConnectionDetailsContext } from './connection-details-context'
import {
  ConnectionPanelSections,
  ConnectionPrimaryAction,
  type ConnectionPanelOptions,
} from './ConnectionPanelBody'
import { ConnectionStatusBadge } from '../catalog/ConnectionStatusBadge'
import { ConnectorLogo } from '../catalog/ConnectorLogo'
import { detailsLayout } from '../../src/details/layout'
import { ErrorMessage } from '../ErrorMessage'
import { usePanelOutcomes } from './panel-outcomes'
import { useT } from '../i18n'
import { Icon } from '../icons'
import { useRootContext } from '../IntegrationsRoot'
import { unifiedApiLabel } from '../../src/i18n/labels'
import { SettingsPromptProvider } from './settings-prompt'
import { themeRootAttributes } from '../theme'
import { visuallyHidden } from '../visually-hidden'

export { useConnectionDetails } from './connection-details-context'
export type { ConnectionDetailsContextValue } from './connection-details-context'

/**
 * The actions a host may allow: Vault's `allow_actions` plus 'validate' | 'import' | 'settings' |
 * 'resources'. The same type as ManageAction, so one allow-list gates every control of the panel.
 */
export type ConnectionAction = ManageAction

/** True when `action` is allowed by `allowActions` (undefined allows everything). */
export const isActionAllowed: (
  allowActions: readonly ConnectionAction[] | undefined,
  action: ConnectionAction,
) => boolean = isManageActionAllowed

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
  extends ConnectionPanelOptions, Omit<ComponentProps<'div'>, 'children' | 'title'> {
  /** Which connector to show; null renders nothing open. */
  connectionRef: ConnectionRef | null
  /** Data to show before (or instead of) the detail request, e.g. the catalog's list entry. */
  connection?: Connection
  /** Controlled open state. Default: open while `connectionRef` is set. */
  open?: boolean
  onOpenChange?: (open: boolean) => void
  /**
   * Which controls the panel offers (and, through useConnectionDetails(), the host's slots).
   * undefined = all, [] = none.
   */
  allowActions?: readonly ConnectionAction[]
  /** Vault's `hide_resource_settings`: no Resource defaults section. */
  hideResourceSettings?: boolean
  /** Buttons in the actions area (next to Connect). */
  actions?: ReactNode | ((connection: Connection) => ReactNode)
  /**
   * Replaces the sections under the call to action (Connection settings, Resource defaults,
   * Manage) with your own content.
   */
  renderBody?: (connection: Connection) => ReactNode
  /** A message above the status, e.g. the outcome of a same-tab authorization. */
  notice?: ReactNode | ((connection: Connection) => ReactNode)
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
  hideResourceSettings,
  actions,
  renderBody,
  notice,
  children,
  classNames,
  returnFocusTo,
  container,
  redirectUri,
  returnTo,
  fields,
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

  const outcomes = usePanelOutcomes({
    shownRef,
    name: connection?.name ?? shownRef?.serviceId ?? '',
    isOpen,
    onOpenChange,
  })

  return (
    <IntegrationsCallbacksProvider {...outcomes.callbacks}>
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
                outcomes.closed()
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
                  <SettingsPromptProvider
                    key={`${connection.unified_api}/${connection.service_id}`}
                  >
                    <DetailsContent
                      connection={connection}
                      allowActions={allowActions}
                      hideResourceSettings={hideResourceSettings}
                      actions={actions}
                      renderBody={renderBody}
                      notice={notice}
                      outcome={outcomes.inPanel}
                      classNames={classNames}
                      panel={{ redirectUri, returnTo, fields }}
                    >
                      {children}
                    </DetailsContent>
                  </SettingsPromptProvider>
                </ConnectionDetailsContext.Provider>
              ) : (
                <DetailsPlaceholder
                  name={shownRef?.serviceId ?? ''}
                  error={query.error}
                  retried={wasRetried(query.failureCount)}
                  onRetry={() => void query.refetch()}
                />
              )}
            </Dialog.Content>
          </div>
        </Dialog.Portal>
      </Dialog.Root>
      {outcomes.afterCloseRegion ? (
        <div
          role="status"
          aria-live="polite"
          data-ik-slot="details-outcome-announcer"
          style={visuallyHidden}
        >
          {outcomes.afterClose}
        </div>
      ) : null}
    </IntegrationsCallbacksProvider>
  )
}

/* -------------------------------------------------------------------------------------------------
 * DetailsContent
 * -----------------------------------------------------------------------------------------------*/

interface DetailsContentProps {
  connection: Connection
  allowActions: readonly ConnectionAction[] | undefined
  hideResourceSettings: boolean | undefined
  actions: ConnectionDetailsProps['actions']
  renderBody: ConnectionDetailsProps['renderBody']
  notice: ConnectionDetailsProps['notice']
  /** The outcome of an action whose control may be gone (Disconnected, enabled, disabled). */
  outcome: string
  classNames: ConnectionDetailsClassNames | undefined
  panel: ConnectionPanelOptions
  children: ReactNode
}

function DetailsContent({
  connection,
  allowActions,
  hideResourceSettings,
  actions,
  renderBody,
  notice,
  outcome,
  classNames,
  panel,
  children,
}: DetailsContentProps) {
  const t = useT()
  const id = useId()
  const adapter = useIntegrationsAdapter()
  const { reasonKey, nextStepKey, status, tone } = connectionStatus(connection)
  const name = connection.name
  const category = unifiedApiLabel(t, connection.unified_api)
  const website = safeUrl(connection.website)
  const layout = detailsLayout(connection, adapter, { allowActions, hideResourceSettings })
  const shownNotice = typeof notice === 'function' ? notice(connection) : notice

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
        <div data-ik-slot="details-intro">
          <Dialog.Description data-ik-slot="details-description" dir="auto">
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
        </div>
        {shownNotice ? (
          <div data-ik-slot="details-outcome" className={classNames?.detailsNotice}>
            {shownNotice}
          </div>
        ) : null}
        <section
          data-ik-slot="details-status"
          data-state={status}
          data-ik-tone={tone}
          aria-labelledby={`${id}-status`}
          className={classNames?.detailsStatus}
        >
          <div data-ik-slot="details-status-header">
            <h3 id={`${id}-status`} data-ik-slot="details-section-title">
              {t('details.status')}
            </h3>
            <ConnectionStatusBadge connection={connection} size="large" />
          </div>
          <p data-ik-slot="details-reason">{t(reasonKey, { name })}</p>
          <p data-ik-slot="details-next-step">
            <strong>{t('details.nextStep')}:</strong> {t(nextStepKey, { name })}
          </p>
        </section>
        {/* Always rendered, so a change of its text is announced; it outlives the Manage controls. */}
        <p role="status" data-ik-slot="details-outcome-status" data-ik-tone="success">
          {outcome}
        </p>
        <ConnectionPrimaryAction
          connection={connection}
          layout={layout}
          actions={typeof actions === 'function' ? actions(connection) : actions}
          className={classNames?.detailsActions}
          {...panel}
        />
        {renderBody ? (
          renderBody(connection)
        ) : (
          <ConnectionPanelSections connection={connection} layout={layout} {...panel} />
        )}
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
  retried,
  onRetry,
}: {
  name: string
  error: Error | null
  retried: boolean
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
            <Dialog.Description asChild>
              <ErrorMessage
                data-ik-slot="details-error"
                error={error}
                place="details"
                name={name}
                retried={retried}
              />
            </Dialog.Description>
            {/* Always offered: the panel has nothing else to show until the details load. */}
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
