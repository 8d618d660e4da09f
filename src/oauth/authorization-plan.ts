/**
 * What "Connect" means for one connection, decided before any window opens: OAuth in a provider
 * window, a token grant done by the backend, settings to fill in first, or nothing the end user can do
 * (the application owner has not configured the connector).
 */
import { ownValue } from '../own-property'
import type { Connection } from '../types'

export type AuthorizationPlan =
  /** `integration_state: 'needs_configuration'`: the application owner must configure the connector first. */
  | { kind: 'needs_configuration' }
  /** `settings_required_for_authorization` lists settings that have no value yet (their field ids). */
  | { kind: 'needs_settings'; fieldIds: string[] }
  /** client_credentials / password grant: `POST …/token`, no window. */
  | { kind: 'token' }
  /** authorization_code: provider window, then `POST …/confirm`. */
  | { kind: 'oauth' }
  /** Not an OAuth connector (API key or basic auth): its settings form is how it connects. */
  | { kind: 'none' }

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  )
}

/**
 * The field ids of `settings_required_for_authorization` that have no value in the settings or form
 * fields. Ids are looked up as own keys: a required `constructor` is not filled in by Object.prototype.
 */
export function missingAuthorizationSettings(connection: Connection): string[] {
  const required = connection.settings_required_for_authorization ?? []
  return required.filter((id) => {
    const setting = ownValue(connection.settings, id)
    const field = connection.form_fields?.find((candidate) => candidate.id === id)
    return isEmpty(setting) && isEmpty(field?.value)
  })
}

export function authorizationPlan(connection: Connection): AuthorizationPlan {
  if (connection.integration_state === 'needs_configuration') {
    return { kind: 'needs_configuration' }
  }
  const fieldIds = missingAuthorizationSettings(connection)
  if (fieldIds.length > 0) {
    return { kind: 'needs_settings', fieldIds }
  }
  const grant = connection.oauth_grant_type
  if (grant === 'client_credentials' || grant === 'password') {
    return { kind: 'token' }
  }
  if (grant === 'authorization_code' || connection.auth_type === 'oauth2') {
    return { kind: 'oauth' }
  }
  return { kind: 'none' }
}

/**
 * The default OAuth callback URL: `/oauth/callback` on the current origin. A host serves a page there
 * that calls `handleOAuthCallback()`, and registers the URL with Apideck. Pass `redirectUri` to use
 * another one. Only call in the browser.
 */
export function defaultRedirectUri(): string {
  return new URL('/oauth/callback', window.location.origin).href
}
