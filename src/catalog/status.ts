/**
 * One status vocabulary for a connection, derived from `state`, `enabled`, `health`,
 * `integration_state`, `consent_state` and `application_data_scopes`. React-free, so hosts can reuse it (server-rendered
 * dashboards, emails). The rules mirror Apideck's own StatusBadge (first match wins) with two fixes:
 * an available connector is "not connected" in a neutral tone (it is an offer, not an error), and
 * `health` is read so revoked, expired and degraded connections say so. An instance of a connector
 * with many connections (Kinde, Authress) that carries no health information is `configured`.
 */
import { consentDue, type DueConsentState } from '../consent/consent-due'
import type { Connection } from '../types'

export type ConnectionStatus =
  | 'connected'
  | 'configured'
  | 'not_connected'
  | 'needs_authorization'
  | 'needs_credentials'
  | 'needs_settings'
  | 'invalid'
  | 'disabled'
  | 'unavailable'
  | 'needs_configuration'
  | 'pending_confirmation'
  | 'degraded'
  | 'needs_consent'
  | 'needs_reconsent'
  | 'consent_denied'
  | 'consent_revoked'
  | 'revoked'
  | 'unknown'

/** The colour family; components always pair it with text and an icon shape, never colour alone. */
export type StatusTone = 'success' | 'warning' | 'danger' | 'neutral' | 'info'

export interface ConnectionStatusInfo {
  status: ConnectionStatus
  tone: StatusTone
  /** The badge text, e.g. "Needs settings". */
  labelKey: `status.${ConnectionStatus}`
  /** Why it is in this state, e.g. "{name} is authorized but some required settings are missing." */
  reasonKey: `status.${ConnectionStatus}.reason`
  /** What to do next, e.g. "Fill in the required settings." */
  nextStepKey: `status.${ConnectionStatus}.next`
  /** True when the end user has something to do (drives emphasis and sorting). */
  actionable: boolean
}

const STATUS_TONES: Readonly<Record<ConnectionStatus, StatusTone>> = {
  connected: 'success',
  configured: 'success',
  not_connected: 'neutral',
  needs_authorization: 'warning',
  needs_credentials: 'warning',
  needs_settings: 'warning',
  invalid: 'danger',
  disabled: 'neutral',
  unavailable: 'neutral',
  needs_configuration: 'warning',
  pending_confirmation: 'info',
  degraded: 'warning',
  // Apideck's tones: asking for the first time is a warning; a refusal, a withdrawal and new
  // scopes that block data access until granted are failures of a working connection.
  needs_consent: 'warning',
  needs_reconsent: 'danger',
  consent_denied: 'danger',
  consent_revoked: 'danger',
  revoked: 'danger',
  unknown: 'neutral',
}

/** Statuses the end user can act on themselves (admin-only or terminal ones are not). */
const ACTIONABLE = new Set<ConnectionStatus>([
  'not_connected',
  'needs_authorization',
  'needs_credentials',
  'needs_settings',
  'invalid',
  'disabled',
  'pending_confirmation',
  'degraded',
  'needs_consent',
  'needs_reconsent',
  'consent_denied',
  'consent_revoked',
  'revoked',
])

type StatusInput = Pick<
  Connection,
  'state' | 'enabled' | 'health' | 'integration_state' | 'consent_state'
> &
  Partial<
    Pick<Connection, 'auth_type' | 'oauth_grant_type' | 'connection_id' | 'application_data_scopes'>
  >

const CONSENT_STATUS = {
  pending: 'needs_consent',
  requires_reconsent: 'needs_reconsent',
  denied: 'consent_denied',
  revoked: 'consent_revoked',
} as const satisfies Record<DueConsentState, ConnectionStatus>

/**
 * Connectors that connect with credentials typed into their settings form (API key, basic auth,
 * custom), not with an OAuth consent: for them "authorize" is the wrong word.
 */
function connectsWithCredentials({ auth_type, oauth_grant_type }: StatusInput): boolean {
  return (
    (auth_type === 'apiKey' || auth_type === 'basic' || auth_type === 'custom') && !oauth_grant_type
  )
}

/** How a status is read. */
export interface ConnectionStatusOptions {
  /**
   * Data-scope consent is asked on this page (default true). False (the host turned consent
   * screens off): consent states are nothing for the user to do, so they do not decide the status.
   */
  consent?: boolean
}

function classify(connection: StatusInput, consent: boolean): ConnectionStatus {
  const { state, enabled, health, integration_state } = connection
  // Admin-side blockers first: nothing the end user does helps until they are lifted.
  if (integration_state === 'needs_configuration') {
    return 'needs_configuration'
  }
  if (integration_state === 'disabled') {
    return 'unavailable'
  }
  if (state === 'available') {
    return 'not_connected'
  }
  if (enabled === false) {
    return 'disabled'
  }
  // Consent counts only where the application asks for data access (see consent-due.ts).
  const due = consent && consentDue(connection)
  if (due) {
    return CONSENT_STATUS[due]
  }
  if (consent && health === 'needs_consent') {
    return 'needs_consent'
  }
  if (health === 'revoked') {
    return 'revoked'
  }
  if (health === 'pending_confirmation') {
    return 'pending_confirmation'
  }
  if (state === 'invalid') {
    return 'invalid'
  }
  if (state === 'added' || health === 'needs_auth') {
    return connectsWithCredentials(connection) ? 'needs_credentials' : 'needs_authorization'
  }
  if (state === 'authorized' || health === 'missing_settings') {
    return 'needs_settings'
  }
  if (health === 'degraded') {
    return 'degraded'
  }
  // An instance (Kinde, Authress) with no health information: it exists and is set up, but nothing
  // here checks that sign-ins through it work, so it must not claim "Connected".
  if (state === 'callable' && connection.connection_id !== undefined && health === undefined) {
    return 'configured'
  }
  if (state === 'callable') {
    return 'connected'
  }
  return 'unknown'
}

/** The status of a connection, its tone and the message keys that explain it. */
export function connectionStatus(
  connection: StatusInput,
  { consent = true }: ConnectionStatusOptions = {},
): ConnectionStatusInfo {
  const status = classify(connection, consent)
  return {
    status,
    tone: STATUS_TONES[status],
    labelKey: `status.${status}`,
    reasonKey: `status.${status}.reason`,
    nextStepKey: `status.${status}.next`,
    actionable: ACTIONABLE.has(status),
  }
}

/** True once the consumer has added the connector (it belongs in "Connected", not "Available"). */
export function isConnectionAdded(connection: Pick<Connection, 'state'>): boolean {
  return connection.state !== 'available'
}
