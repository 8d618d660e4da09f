'use client'
/**
 * What a connector's details show in either frame (the side panel or inline): the state both keep
 * (the connector shown while closing, its detail query, the outcomes said after their controls are
 * gone) and the body — the section parts for a loaded connection, or a placeholder while it loads
 * or when it failed to.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useIntegrationsAdapter } from '../../hooks/IntegrationsProvider'
import { useConnection } from '../../hooks/useConnection'
import { initialViewTarget, type InitialView } from '../../src/details/initial-view'
import { detailsLayout } from '../../src/details/layout'
import { wasRetried } from '../../src/error-message'
import { refKey, refOf } from '../../src/connection-ref'
import type { Connection, ConnectionRef } from '../../src/types'
import { ConsentShownContext } from '../catalog/useConnectionStatus'
import { ErrorMessage } from '../ErrorMessage'
import { useT } from '../i18n'
import { Icon } from '../icons'
import type { ConnectionAction, ConnectionDetailsClassNames } from './ConnectionDetails'
import { ConnectionDetailsContext } from './connection-details-context'
import {
  ConnectionDetailsHeader,
  ConnectionDetailsIntro,
  ConnectionDetailsStatus,
} from './ConnectionDetailsParts'
import {
  ConnectionPanelSections,
  ConnectionPrimaryAction,
  type ConnectionPanelOptions,
} from './ConnectionPanelBody'
import { DetailsClose, DetailsDescription, DetailsTitle } from './details-frame'
import { OpeningContext, useInitialViewLanding } from './initial-view-landing'
import { usePanelOutcomes } from './panel-outcomes'
import { SettingsPromptProvider } from './settings-prompt'

/** The options both frames take for their body. */
export interface ConnectionDetailsBodyOptions extends ConnectionPanelOptions {
  /** undefined = all actions allowed, [] = none. */
  allowActions?: readonly ConnectionAction[]
  /** Vault's `hide_resource_settings`: no Resource defaults section. */
  hideResourceSettings?: boolean
  /**
   * Data-scope consent (screen and history). Default: on where the adapter can do consent; false
   * when the host asks for consent elsewhere (Vault's session `data_scopes.enabled`).
   */
  consent?: boolean
  /** No Request logs section (it also stays hidden when the adapter has no logs). */
  hideLogs?: boolean
  /** Vault's `hide_guides`: no link to the connector's connection guide. */
  hideGuides?: boolean
  /** Buttons in the actions area (next to Connect). */
  actions?: ReactNode | ((connection: Connection) => ReactNode)
  /** Replaces the sections under the call to action with your own content. */
  renderBody?: (connection: Connection) => ReactNode
  /** A message above the status, e.g. the outcome of a same-tab authorization. */
  notice?: ReactNode | ((connection: Connection) => ReactNode)
  /**
   * The create form of a catalog entry made a new connection (Kinde, Authress). Switch the panel to
   * it (set `connectionRef` to its ref): it is announced there and its title takes focus.
   */
  onConnectionCreated?: (connection: Connection) => void
  children?: ReactNode
  classNames?: ConnectionDetailsClassNames
  /**
   * Open on this view (react-vault's single-connection mode): once the connection has loaded,
   * focus goes to that section's heading ('connect': the Connect button). Where the connection
   * does not show it, the consent screen when consent is due, else the call to action, else the top.
   */
  initialView?: InitialView
  /**
   * Opened by a click (the user's gesture still active) on an OAuth connector to authorize: start
   * its provider window at once, once per opening. Without a gesture, or when the browser blocks
   * the window, the Connect button is there as usual, and no error is shown.
   */
  autoStartAuthorization?: boolean
}

const BODY_OPTION_KEYS = [
  'allowActions',
  'hideResourceSettings',
  'consent',
  'hideLogs',
  'hideGuides',
  'actions',
  'renderBody',
  'notice',
  'onConnectionCreated',
  'children',
  'classNames',
  'redirectUri',
  'returnTo',
  'fields',
  'initialView',
  'autoStartAuthorization',
] as const satisfies readonly (keyof ConnectionDetailsBodyOptions)[]

/** A frame's props split into the body's options and the rest (the frame's own and the DOM's). */
export function splitBodyOptions<Props extends ConnectionDetailsBodyOptions>(
  props: Props,
): [ConnectionDetailsBodyOptions, Omit<Props, (typeof BODY_OPTION_KEYS)[number]>] {
  const options: Record<string, unknown> = {}
  const rest: Record<string, unknown> = { ...(props as Record<string, unknown>) }
  for (const key of BODY_OPTION_KEYS) {
    options[key] = props[key]
    delete rest[key]
  }
  return [options, rest as Omit<Props, (typeof BODY_OPTION_KEYS)[number]>]
}

/** The state both frames keep for the connector they show. */
export function useDetailsState({
  connectionRef,
  connection: initialConnection,
  open,
  onOpenChange,
}: {
  connectionRef: ConnectionRef | null
  connection: Connection | undefined
  open: boolean | undefined
  /** Given: a deleted connection closes the details; absent, they say "deleted" in place. */
  onOpenChange: ((open: boolean) => void) | undefined
}) {
  // Keep showing the last connector while the panel animates closed (connectionRef is already null).
  const [lastRef, setLastRef] = useState(connectionRef)
  if (connectionRef !== null && connectionRef !== lastRef) {
    setLastRef(connectionRef)
  }
  const shownRef = connectionRef ?? lastRef
  const query = useConnection(shownRef ?? undefined)
  const connection = query.data ?? initialConnection
  const isOpen = open ?? connectionRef !== null
  const outcomes = usePanelOutcomes({
    shownRef,
    name: connection?.name ?? shownRef?.serviceId ?? '',
    isOpen,
    onOpenChange,
  })
  return { shownRef, query, connection, isOpen, outcomes }
}

export type DetailsState = ReturnType<typeof useDetailsState>

export function DetailsView({
  state: { shownRef, query, connection, outcomes },
  close,
  options: given,
}: {
  state: DetailsState
  close: () => void
  options: ConnectionDetailsBodyOptions
}) {
  const adapter = useIntegrationsAdapter()
  // The session's defaults (Vault's token claims) where an option is not given: every prop wins.
  const { session } = adapter
  const options: ConnectionDetailsBodyOptions = {
    ...given,
    allowActions: given.allowActions ?? session?.allowActions,
    hideResourceSettings: given.hideResourceSettings ?? session?.hideResourceSettings,
    consent: given.consent ?? session?.consent,
    hideLogs: given.hideLogs ?? session?.hideLogs,
    hideGuides: given.hideGuides ?? session?.hideGuides,
  }
  const bodyRef = useRef<HTMLDivElement>(null)
  const layout = connection ? detailsLayout(connection, adapter, options) : null
  const key = shownRef ? refKey(shownRef) : ''
  // Landed once the detail request has answered: the list's entry may lack what decides it.
  const target =
    layout && options.initialView && !query.isPending
      ? initialViewTarget(layout, options.initialView)
      : null
  useInitialViewLanding(bodyRef, target, key)
  // Auto-start belongs to the first render of a connector in this opening only: a call to
  // action mounted again later (the same opening) must not open a window by itself.
  const [autoStartUsed, setAutoStartUsed] = useState<string | null>(null)
  const autoStart = Boolean(options.autoStartAuthorization) && autoStartUsed !== key
  const shown = layout !== null
  useEffect(() => {
    if (shown && autoStart) {
      setAutoStartUsed(key)
    }
  }, [shown, autoStart, key])
  if (!connection || !shownRef || !layout) {
    return (
      <DetailsPlaceholder
        name={shownRef?.serviceId ?? ''}
        error={query.error}
        retried={wasRetried(query.failureCount)}
        onRetry={() => void query.refetch()}
      />
    )
  }
  const { allowActions, actions, renderBody, notice, classNames } = options
  const panel = {
    redirectUri: options.redirectUri,
    returnTo: options.returnTo,
    fields: options.fields,
  }
  const shownNotice = typeof notice === 'function' ? notice(connection) : notice
  const body = (
    <ConnectionDetailsContext.Provider
      value={{
        connection,
        connectionRef: shownRef,
        allowActions,
        layout,
        close,
        created: (created) => {
          outcomes.created(created)
          options.onConnectionCreated?.(created)
        },
        arrivedFromCreate: outcomes.arrivedFromCreate,
      }}
    >
      <OpeningContext.Provider value={{ target, autoStart }}>
        <SettingsPromptProvider key={refKey(refOf(connection))}>
          <ConnectionDetailsHeader
            className={classNames?.detailsHeader}
            titleClassName={classNames?.detailsTitle}
          />
          <div ref={bodyRef} data-ik-slot="details-body" className={classNames?.detailsBody}>
            <ConnectionDetailsIntro />
            {shownNotice ? (
              <div data-ik-slot="details-outcome" className={classNames?.detailsNotice}>
                {shownNotice}
              </div>
            ) : null}
            <ConnectionDetailsStatus className={classNames?.detailsStatus} />
            {/* Always rendered, so a change of its text is announced; it outlives the Manage controls. */}
            <p role="status" data-ik-slot="details-outcome-status" data-ik-tone="success">
              {outcomes.inPanel}
            </p>
            <ConnectionPrimaryAction
              actions={typeof actions === 'function' ? actions(connection) : actions}
              className={classNames?.detailsActions}
              {...panel}
            />
            {renderBody ? renderBody(connection) : <ConnectionPanelSections {...panel} />}
            {options.children}
          </div>
        </SettingsPromptProvider>
      </OpeningContext.Provider>
    </ConnectionDetailsContext.Provider>
  )
  // With consent off, the status here must not ask for it either (the page's own setting, else this).
  return options.consent === undefined ? (
    body
  ) : (
    <ConsentShownContext.Provider value={options.consent}>{body}</ConsentShownContext.Provider>
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
          <DetailsTitle data-ik-slot="details-title">{name}</DetailsTitle>
        </div>
        <DetailsClose data-ik-slot="details-close" aria-label={t('details.close')}>
          <Icon name="close" />
        </DetailsClose>
      </header>
      <div data-ik-slot="details-body">
        {error ? (
          <>
            <DetailsDescription asChild>
              <ErrorMessage
                data-ik-slot="details-error"
                error={error}
                place="details"
                name={name}
                retried={retried}
              />
            </DetailsDescription>
            {/* Always offered: the panel has nothing else to show until the details load. */}
            <button type="button" data-ik-slot="button" data-variant="secondary" onClick={onRetry}>
              <Icon name="retry" />
              {t('catalog.error.retry')}
            </button>
          </>
        ) : (
          <DetailsDescription role="status" data-ik-slot="details-loading">
            {t('details.loading', { name })}
          </DetailsDescription>
        )}
      </div>
    </>
  )
}
