/**
 * Which management actions a connection offers, decided without React from three inputs: what the
 * adapter can do (`capabilities`), what state the connection is in, and what the host allows
 * (`allowActions`, the shape of Vault's session setting `allow_actions`, extended with our own
 * actions). Mirrors the gating of Apideck's own actions menu (react-vault `ConnectionDetails`):
 *
 * | action      | offered when                                                                  |
 * |-------------|-------------------------------------------------------------------------------|
 * | settings    | added, and the connector has a visible settings field                         |
 * | resources   | capability, authorized/callable, enabled, configurable resources, not hidden   |
 * | reauthorize | capability (oauth / tokenGrant), authorized/callable, OAuth or grant connector |
 * | disable     | capability `enable`, added (the same switch enables it again)                  |
 * | disconnect  | capability `oauth`, authorized/callable, a safe `revoke_url`                   |
 * | validate    | capability, added, and `validation_support` or credentials held               |
 * | import      | capability, an OAuth 2 connector                                              |
 * | credentials | capability `perUserCredentials`, added (Authress: the user's own sign-in)     |
 * | delete      | capability, added                                                             |
 *
 * `allowActions` absent ⇒ every action is allowed; `[]` ⇒ none (as Vault's `allow_actions`).
 */
import type { AdapterCapabilities, ConnectionsAdapter } from '../adapter'
import { safeUrl } from '../safe-url'
import type { Connection, ConnectionState } from '../types'

/** Vault's `allow_actions` values plus the actions only this library offers. */
export type ManageAction =
  | 'delete'
  | 'disconnect'
  | 'reauthorize'
  | 'disable'
  | 'validate'
  | 'import'
  | 'settings'
  | 'resources'
  | 'credentials'

/** Every action, in the order the UI shows them. */
export const MANAGE_ACTIONS: readonly ManageAction[] = [
  'settings',
  'resources',
  'disable',
  'validate',
  'reauthorize',
  'disconnect',
  'import',
  'credentials',
  'delete',
]

export interface AvailableActionsOptions {
  /** The host's allow-list; absent = all, `[]` = none. */
  allowActions?: readonly ManageAction[]
  /** Vault's session setting `hide_resource_settings`. */
  hideResourceSettings?: boolean
}

/** True when `action` is on the host's allow-list (an absent list allows everything). */
export function isManageActionAllowed(
  allowActions: readonly ManageAction[] | undefined,
  action: ManageAction,
): boolean {
  return allowActions === undefined || allowActions.includes(action)
}

/** States in which the connection holds working (or at least obtained) credentials. */
const credentialStates: ReadonlySet<ConnectionState> = new Set(['authorized', 'callable'])

type GatingInput = Pick<
  Connection,
  | 'state'
  | 'enabled'
  | 'auth_type'
  | 'oauth_grant_type'
  | 'revoke_url'
  | 'validation_support'
  | 'configurable_resources'
  | 'form_fields'
>

function usesTokenGrant(connection: GatingInput): boolean {
  return (
    connection.oauth_grant_type === 'client_credentials' ||
    connection.oauth_grant_type === 'password'
  )
}

function usesConsentWindow(connection: GatingInput): boolean {
  return (
    !usesTokenGrant(connection) &&
    (connection.auth_type === 'oauth2' || connection.oauth_grant_type === 'authorization_code')
  )
}

function hasVisibleField(connection: GatingInput): boolean {
  return (connection.form_fields ?? []).some((field) => !field.hidden && !field.deprecated)
}

/** Whether the connection itself (ignoring the allow-list) offers `action` on this adapter. */
function isActionApplicable(
  connection: GatingInput,
  capabilities: AdapterCapabilities,
  action: ManageAction,
  options: Pick<AvailableActionsOptions, 'hideResourceSettings'> = {},
): boolean {
  const added = connection.state !== 'available'
  const hasCredentials = credentialStates.has(connection.state)
  switch (action) {
    case 'settings':
      return added && hasVisibleField(connection)
    case 'resources':
      return (
        capabilities.resourceSettings &&
        hasCredentials &&
        connection.enabled !== false &&
        (connection.configurable_resources ?? []).length > 0 &&
        options.hideResourceSettings !== true
      )
    case 'reauthorize':
      return (
        hasCredentials &&
        ((capabilities.oauth && usesConsentWindow(connection)) ||
          (capabilities.tokenGrant && usesTokenGrant(connection)))
      )
    case 'disable':
      return capabilities.enable && added
    case 'disconnect':
      return capabilities.oauth && hasCredentials && safeUrl(connection.revoke_url) !== null
    case 'validate':
      // An invalid connection is tested again after its settings are fixed.
      return (
        capabilities.validate &&
        added &&
        (connection.validation_support === true || hasCredentials || connection.state === 'invalid')
      )
    case 'import':
      return capabilities.import && connection.auth_type === 'oauth2'
    case 'credentials':
      return capabilities.perUserCredentials && added
    case 'delete':
      return capabilities.delete && added
    default:
      return action satisfies never
  }
}

/**
 * The actions to offer for `connection`, in display order (see the table in the file comment).
 *
 * Advanced: for hosts that build their own details panel; `ConnectionActions` uses it.
 */
export function availableActions(
  connection: GatingInput,
  capabilities: AdapterCapabilities,
  options: AvailableActionsOptions = {},
): ManageAction[] {
  return MANAGE_ACTIONS.filter(
    (action) =>
      isManageActionAllowed(options.allowActions, action) &&
      isActionApplicable(connection, capabilities, action, options),
  )
}

/**
 * Actions whose adapter method is optional are offered only when the adapter has that method
 * (capabilities say what the backend can do; this says what this adapter object implements).
 */
export function isActionImplemented(adapter: ConnectionsAdapter, action: ManageAction): boolean {
  switch (action) {
    case 'validate':
      return typeof adapter.validateConnection === 'function'
    case 'import':
      return typeof adapter.importConnection === 'function'
    case 'disconnect':
      return typeof adapter.revokeUrl === 'function'
    case 'resources':
      return typeof adapter.getResourceSettings === 'function'
    case 'credentials':
      return typeof adapter.hasUserCredentials === 'function'
    default:
      return true
  }
}
