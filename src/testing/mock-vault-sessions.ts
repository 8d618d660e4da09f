/**
 * The mock Vault's `POST /vault/sessions` (sessionsCreate): what a host's server calls with its API
 * key to get a session token for one consumer. The contract check has already validated the
 * headers and the body against the spec's `Session` schema; this module adds what the spec cannot
 * say (only the API key creates sessions, `session_length` is a duration of at most a week) and
 * issues a token the mock then accepts as a session token.
 *
 * The token carries what Vault's session JWT carries (reference: the `Session` claims react-vault
 * reads): `application_id`, `consumer_id`, `iat`, `exp`, `scopes`, and what the host chose —
 * `redirect_uri`, `settings` (with its `session_length`), `theme`, `consumer_metadata`,
 * `custom_consumer_settings` — plus `data_scopes`, which Vault derives from the application, not
 * from the request. The browser reads these claims as the page's defaults (issue 10 §5).
 */
import type { OperationResult } from './mock-backend'
import {
  DEFAULT_SESSION_SECONDS,
  MAX_SESSION_SECONDS,
  sessionLengthSeconds,
} from '../vault/session-length'
import { createSessionToken, type MockSessionClaims } from './session-token'
import { vaultErrors } from './vault-errors'

export interface MockSessionStoreOptions {
  appId: string
  /** The only credential that creates sessions. */
  apiKey: string
  /** The `data_scopes` claim: in Vault, whether the application has Data Scopes turned on. */
  dataScopes: { enabled: boolean }
  /** The clock, in ms (the mock's `Date.now`). */
  now(): number
}

export interface MockSessionStore {
  /**
   * Why `bearer` may not create a session (answered 401), or undefined when it may: the API key of
   * this application, never a session token.
   */
  authorizeCreate(headers: Record<string, string>, bearer: string): string | undefined
  /** Issues a session for a request that passed the contract check. */
  create(headers: Record<string, string>, body: unknown): OperationResult
  /** The claims of a token this store issued and that has not expired; undefined otherwise. */
  claimsOf(token: string): MockSessionClaims | undefined
  /** Forgets every issued session. */
  reset(): void
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function createMockSessionStore(options: MockSessionStoreOptions): MockSessionStore {
  let issued = new Map<string, MockSessionClaims>()
  let counter = 0

  const authorizeCreate = (headers: Record<string, string>, bearer: string) => {
    if (headers['x-apideck-auth-type']?.toUpperCase() === 'JWT' || issued.has(bearer)) {
      return 'Sessions are created with the API key, not with a session token'
    }
    if (bearer !== options.apiKey) {
      return 'Invalid API key'
    }
    if (headers['x-apideck-app-id'] !== options.appId) {
      return 'x-apideck-app-id is not the application of this API key'
    }
    return undefined
  }

  const create = (headers: Record<string, string>, body: unknown): OperationResult => {
    const session = isRecord(body) ? body : {}
    const settings = isRecord(session.settings) ? session.settings : {}
    const requestedLength =
      typeof settings.session_length === 'string' ? settings.session_length : '1h'
    const seconds =
      settings.session_length === undefined
        ? DEFAULT_SESSION_SECONDS
        : sessionLengthSeconds(requestedLength)
    if (seconds === undefined || seconds <= 0 || seconds > MAX_SESSION_SECONDS) {
      return {
        status: 400,
        body: vaultErrors.requestValidation(
          'settings.session_length must be a duration such as 30m, 1h or 7d, at most 1 week',
        ),
      }
    }
    const issuedAt = Math.floor(options.now() / 1000)
    counter += 1
    const claims: MockSessionClaims = {
      application_id: options.appId,
      consumer_id: headers['x-apideck-consumer-id'] ?? '',
      iat: issuedAt,
      exp: issuedAt + seconds,
      jti: `mock-session-${counter}`,
      scopes: [],
      ...(typeof session.redirect_uri === 'string' ? { redirect_uri: session.redirect_uri } : {}),
      settings: { ...settings, session_length: requestedLength },
      ...(isRecord(session.theme) ? { theme: session.theme } : {}),
      ...(isRecord(session.consumer_metadata)
        ? { consumer_metadata: session.consumer_metadata }
        : {}),
      ...(isRecord(session.custom_consumer_settings)
        ? { custom_consumer_settings: session.custom_consumer_settings }
        : {}),
      data_scopes: { ...options.dataScopes },
    }
    const token = createSessionToken(claims)
    issued.set(token, claims)
    return {
      status: 200,
      body: {
        status_code: 200,
        status: 'OK',
        data: {
          session_uri: `https://vault.apideck.com/session/${token}`,
          session_token: token,
        },
      },
    }
  }

  const claimsOf = (token: string) => {
    const claims = issued.get(token)
    return claims !== undefined && options.now() < claims.exp * 1000 ? claims : undefined
  }

  return {
    authorizeCreate,
    create,
    claimsOf,
    reset: () => {
      issued = new Map()
      counter = 0
    },
  }
}
