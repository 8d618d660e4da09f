/**
 * What the details panel shows for one connection: which primary call to action, and which of the
 * sections (consent, settings, resource defaults, field mapping, manage, request logs). Decided from the connection's state, the adapter's
 * capabilities and methods, and the host's allow-list, so every control the panel renders is one
 * the backend can carry out and the host permits.
 */
import type { ConnectionsAdapter } from '../adapter'
import {
  availableActions,
  isActionImplemented,
  isManageActionAllowed,
  MANAGE_ACTIONS,
  type ManageAction,
} from './allowed-actions'
import { consentDue, requestsDataAccess } from '../consent/consent-due'
import { authorizationPlan } from '../oauth/authorization-plan'
import type { Connection } from '../types'

/**
 * - `authorize`: AuthorizeButton (OAuth window or token grant; adds an available connector first).
 * - `add`: the plain Connect button (adds the connector; its credential form follows).
 * - `create`: the create form of a catalog entry (Kinde, Authress: `createConnection`); a new
 *   connection of the connector is made from it.
 * - `credentials`: the settings form is the call to action (API key / basic auth, not yet working).
 * - `admin`: nothing the end user can do; an administrator must configure the connector.
 * - `none`: nothing to do first (connected, or only settings left).
 */
export type PrimaryAction = 'authorize' | 'add' | 'create' | 'credentials' | 'admin' | 'none'

export interface DetailsLayout {
  primary: PrimaryAction
  /** The settings form section. */
  settings: boolean
  /** The resource defaults section. */
  resources: boolean
  /** The manage section (ConnectionActions). */
  manage: boolean
  /**
   * The data-scope consent section: `'screen'` (consent is due: what the application asks to
   * read and write, Accept and Deny, then the history), `'history'` (consent given: the decisions
   * so far, Revoke), or `false`. While it is `'screen'` the connection may not touch data, so the
   * sections that read or write it (settings, resource defaults, and any other data section) are
   * hidden and there is no call to action before it: consent comes first, and Accept makes them
   * appear. Manage stays: disabling or deleting a connection needs no consent.
   */
  consent: 'screen' | 'history' | false
  /**
   * The field mapping section (issue 10 §3): a connected, enabled connection with
   * `custom_mappings`, on an adapter that can read and save them, where the host allows settings.
   */
  mapping: boolean
  /** The request logs section (ConnectionLogs): the adapter lists logs and the host shows them. */
  logs: boolean
  /**
   * A link to the connector's connection guide in the settings section: the connector `has_guide`
   * and the host does not hide guides (Vault's `hide_guides`).
   */
  guide: boolean
}

export interface DetailsLayoutOptions {
  allowActions?: readonly ManageAction[]
  hideResourceSettings?: boolean
  /**
   * Data-scope consent screens (Vault's session `data_scopes.enabled`). Default: on where the
   * adapter can list and update consent; `false` hides them (the host asks for consent elsewhere).
   */
  consent?: boolean
  /** No request logs section. */
  hideLogs?: boolean
  /** No connection guide links. */
  hideGuides?: boolean
}

/** Actions the Manage section renders (settings and resources have sections of their own). */
const MANAGE_SECTION_ACTIONS: ReadonlySet<ManageAction> = new Set(
  MANAGE_ACTIONS.filter((action) => action !== 'settings' && action !== 'resources'),
)

/** How this adapter can authorize the connection, or null when it cannot (or it is not OAuth). */
function authorizeMethod(
  connection: Connection,
  adapter: ConnectionsAdapter,
): 'oauth' | 'token' | null {
  const grant = connection.oauth_grant_type
  if (grant === 'client_credentials' || grant === 'password') {
    return adapter.capabilities.tokenGrant && typeof adapter.requestToken === 'function'
      ? 'token'
      : null
  }
  if (grant === 'authorization_code' || connection.auth_type === 'oauth2') {
    return adapter.capabilities.oauth && typeof adapter.authorizeUrl === 'function' ? 'oauth' : null
  }
  return null
}

function primaryAction(
  connection: Connection,
  adapter: ConnectionsAdapter,
  actions: readonly ManageAction[],
  allowActions: readonly ManageAction[] | undefined,
): PrimaryAction {
  if (connection.integration_state === 'disabled') {
    return 'none'
  }
  if (connection.integration_state === 'needs_configuration') {
    return 'admin'
  }
  const method = authorizeMethod(connection, adapter)
  switch (connection.state) {
    case 'available': {
      const canCreate =
        adapter.capabilities.create &&
        typeof adapter.createConnection === 'function' &&
        connection.connection_id === undefined
      if (canCreate) {
        return 'create'
      }
      const canAdd = adapter.capabilities.add && typeof adapter.addConnection === 'function'
      if (!canAdd) {
        return 'none'
      }
      return method ? 'authorize' : 'add'
    }
    case 'added':
    case 'invalid':
      if (method) {
        // Authorizing again over held credentials is Vault's `reauthorize` action.
        return connection.state === 'added' || isManageActionAllowed(allowActions, 'reauthorize')
          ? 'authorize'
          : 'none'
      }
      return actions.includes('settings') ? 'credentials' : 'none'
    default:
      // Authorized (settings or defaults missing) or callable: the sections say what is left.
      return 'none'
  }
}

/**
 * Which consent section the connection gets (see {@link DetailsLayout.consent}). Also read by the
 * page, to load the consent part ahead only where a panel will show it.
 */
export function consentSection(
  connection: Connection,
  adapter: ConnectionsAdapter,
  enabled: boolean,
): DetailsLayout['consent'] {
  const canConsent =
    enabled &&
    adapter.capabilities.consent &&
    typeof adapter.listConsents === 'function' &&
    typeof adapter.updateConsent === 'function'
  if (!canConsent || connection.state === 'available') {
    return false
  }
  if (consentDue(connection)) {
    return 'screen'
  }
  const given = connection.consent_state === 'granted' || connection.consent_state === 'implicit'
  return given && requestsDataAccess(connection.application_data_scopes) ? 'history' : false
}

export function detailsLayout(
  connection: Connection,
  adapter: ConnectionsAdapter,
  {
    allowActions,
    hideResourceSettings,
    consent = true,
    hideLogs,
    hideGuides,
  }: DetailsLayoutOptions = {},
): DetailsLayout {
  const actions = availableActions(connection, adapter.capabilities, {
    allowActions,
    hideResourceSettings,
  }).filter((action) => isActionImplemented(adapter, action))
  const primary = primaryAction(connection, adapter, actions, allowActions)
  // While Authorize would first ask for settings, it asks for exactly those (and only those): the
  // full form appears once authorization no longer waits on it, instead of the same fields twice.
  const settingsAskedByAuthorize =
    primary === 'authorize' && authorizationPlan(connection).kind === 'needs_settings'
  const consentShown = consentSection(connection, adapter, consent)
  const consentFirst = consentShown === 'screen'
  return {
    primary: consentFirst ? 'none' : primary,
    settings: actions.includes('settings') && !settingsAskedByAuthorize && !consentFirst,
    resources: actions.includes('resources') && !consentFirst,
    manage:
      connection.state !== 'available' &&
      actions.some((action) => MANAGE_SECTION_ACTIONS.has(action)),
    consent: consentShown,
    // Mapping configures the connection, like its settings: a host that allows no settings
    // changes (a read-only panel, `allowActions: []`) gets no mapping either.
    mapping:
      !consentFirst &&
      isManageActionAllowed(allowActions, 'settings') &&
      mappingShown(connection, adapter),
    // A connector never added has made no requests for this consumer: nothing to list.
    logs:
      !consentFirst &&
      !hideLogs &&
      connection.state !== 'available' &&
      adapter.capabilities.logs === true &&
      typeof adapter.listLogs === 'function',
    guide: connection.has_guide === true && !hideGuides,
  }
}

/** Field mapping needs a working connection: the picker reads the connector's real data. */
function mappingShown(connection: Connection, adapter: ConnectionsAdapter): boolean {
  return (
    connection.state === 'callable' &&
    connection.enabled !== false &&
    (connection.custom_mappings?.length ?? 0) > 0 &&
    adapter.capabilities.customMapping === true &&
    typeof adapter.createCustomMapping === 'function' &&
    typeof adapter.updateCustomMapping === 'function'
  )
}
