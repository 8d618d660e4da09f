/**
 * When a connection waits on the user's data-scope consent. React-free: the status badge, the
 * details layout and a host's own code read the same rule. It is Apideck's: consent is asked only
 * when the application's `application_data_scopes` ask for some access (a read or write flag on
 * any field, or `'*'`, everything) and the connection's `consent_state` is one that blocks data
 * access; `granted` and `implicit` (consent given by the application owner) do not.
 */
import type { Connection, ConsentState, DataScopes } from '../types'

/** The consent states in which the connection may not read or write data until the user decides. */
export type DueConsentState = Extract<
  ConsentState,
  'pending' | 'denied' | 'revoked' | 'requires_reconsent'
>

const DUE: ReadonlySet<ConsentState> = new Set<DueConsentState>([
  'pending',
  'denied',
  'revoked',
  'requires_reconsent',
])

/** True when the scopes ask to read or write anything (data scopes switched on). */
export function requestsDataAccess(scopes: DataScopes | null | undefined): boolean {
  if (!scopes || scopes.enabled === false) {
    return false
  }
  const { resources } = scopes
  if (resources === '*') {
    return true
  }
  if (!resources || typeof resources !== 'object') {
    return false
  }
  // Untrusted JSON: every level is checked before it is read.
  return Object.values(resources).some(
    (fields) =>
      fields !== null &&
      typeof fields === 'object' &&
      Object.values(fields).some(
        (scope) =>
          scope !== null &&
          typeof scope === 'object' &&
          (scope.read === true || scope.write === true),
      ),
  )
}

/**
 * The consent state the user must act on, or null when nothing is due: the connector is not added,
 * its application asks for no data access, or consent is granted or implicit.
 */
export function consentDue(
  connection: Pick<Connection, 'state' | 'consent_state' | 'application_data_scopes'>,
): DueConsentState | null {
  const state = connection.consent_state
  if (
    connection.state === 'available' ||
    state === undefined ||
    !DUE.has(state) ||
    !requestsDataAccess(connection.application_data_scopes)
  ) {
    return null
  }
  return state as DueConsentState
}
