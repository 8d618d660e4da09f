/**
 * `createVaultSession`: the one call every Vault host makes on its server, `POST /vault/sessions`
 * (sessionsCreate) with the application's API key, for the signed-in user's consumer id. The
 * browser only ever sees the session token it returns.
 *
 * Why each rule: the options are checked against the spec's `Session` before anything is sent, so
 * a typo is a clear error here rather than a 400 from Vault (or a setting Vault silently drops).
 * The API key must never leave the server, so no error this function throws carries it: not in the
 * message, not in `detail` or `body` (Vault could echo a header), not in `cause` (a fetch
 * implementation may quote a header it refused) — every error is passed through `redactSecret`.
 */
import { IntegrationsApiError } from '../errors'
import { parseError } from '../http/errors'
import { sendRequest } from '../http/request'
import { isRecord } from '../json-guards'
import { toVaultError } from '../vault/errors'
import { decodeJwtClaims } from '../vault/jwt'
import type { components } from '../vault/schema'
import { DEFAULT_SESSION_SECONDS, sessionLengthSeconds } from '../vault/session-length'
import { redactSecret } from './redact-secret'
import { checkSessionBody, isHttpUrl } from './vault-session-request'

const DEFAULT_VAULT_BASE_URL = 'https://unify.apideck.com'
const DEFAULT_TIMEOUT_MS = 30_000

/** Who the session is shown for (the spec's `ConsumerMetadata`): the page's consumer card. */
export type VaultConsumerMetadata = components['schemas']['ConsumerMetadata']
/**
 * How the page behaves for this session (the spec's `Session.settings`). Every field is optional:
 * the generated type marks those with a default as required, which only holds for what Vault sends.
 */
export type VaultSessionSettings = Partial<
  NonNullable<components['schemas']['Session']['settings']>
>
/** How the page looks for this session (the spec's `Session.theme`). */
export type VaultSessionTheme = NonNullable<components['schemas']['Session']['theme']>

/** The options of {@link createVaultSession}. `apiKey` and `appId` come from the server's environment. */
export interface VaultSessionOptions {
  /** The application's Vault API key. Server-only: it never appears in an error this throws. */
  apiKey: string
  /** The Unify application id (`x-apideck-app-id`). */
  appId: string
  /** The signed-in user's consumer id (`x-apideck-consumer-id`): whose connections the session manages. */
  consumerId: string
  /** Shown in the page's consumer card (`consumer_metadata`). */
  consumerMetadata?: VaultConsumerMetadata
  /** Where Vault sends the user back after OAuth (`redirect_uri`); an absolute http(s) URL. */
  redirectUri?: string
  /** The session's settings (`allow_actions`, `hide_guides`, `session_length`…), as the spec names them. */
  settings?: VaultSessionSettings
  /** The session's theme (`primary_color`, `vault_name`, `logo`…), as the spec names them. */
  theme?: VaultSessionTheme
  /** Your own per-consumer settings, carried in the session (`custom_consumer_settings`). */
  customConsumerSettings?: Record<string, unknown>
  /** Default `https://unify.apideck.com`. */
  baseUrl?: string
  /** Default: the global fetch. */
  fetch?: typeof fetch
  /** Default 30 000 ms; 0 or Infinity: no timeout. */
  timeoutMs?: number
  /** Cancels the request (e.g. the incoming request's signal). */
  signal?: AbortSignal
}

/** A created session: hand `token` to the browser (`createVaultAdapter({ token })`). */
export interface VaultSession {
  /** The session JWT. Not a secret of the host: it is meant for the signed-in user's browser. */
  token: string
  /** When the session ends, in ms since the epoch (like `Date.now()`). */
  expiresAt: number
  /** Hosted Vault's page for this session (`session_uri`), for hosts that redirect there. */
  sessionUri: string | undefined
}

const optionNames = new Set([
  'apiKey',
  'appId',
  'consumerId',
  'consumerMetadata',
  'redirectUri',
  'settings',
  'theme',
  'customConsumerSettings',
  'baseUrl',
  'fetch',
  'timeoutMs',
  'signal',
])

/** A header value fetch accepts unchanged: visible ASCII, no surrounding spaces, no line breaks. */
const headerValue = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/

function invalidRequest(problems: string[]): IntegrationsApiError {
  return new IntegrationsApiError({
    kind: 'invalid_request',
    code: 'invalid_session_request',
    message: `createVaultSession: ${problems.join('; ')}.`,
    detail: problems,
  })
}

function checkOptions(options: VaultSessionOptions): string[] {
  const problems: string[] = []
  for (const name of Object.keys(options)) {
    if (!optionNames.has(name)) {
      problems.push(`${name} is not an option of createVaultSession`)
    }
  }
  for (const name of ['apiKey', 'appId', 'consumerId'] as const) {
    const value: unknown = options[name]
    if (typeof value !== 'string' || !headerValue.test(value)) {
      // Sent as a header: anything else would fail in fetch, whose message may quote the value.
      problems.push(`${name} must be a non-empty string of visible ASCII characters`)
    }
  }
  if (options.baseUrl !== undefined && !isHttpUrl(options.baseUrl)) {
    problems.push('baseUrl must be an absolute http(s) URL')
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    problems.push('fetch must be a function')
  }
  return problems
}

function sessionBody(options: VaultSessionOptions): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  const fields: Array<[string, unknown]> = [
    ['consumer_metadata', options.consumerMetadata],
    ['redirect_uri', options.redirectUri],
    ['settings', options.settings],
    ['theme', options.theme],
    ['custom_consumer_settings', options.customConsumerSettings],
  ]
  for (const [name, value] of fields) {
    if (value !== undefined) {
      body[name] = value
    }
  }
  return body
}

/**
 * When the session ends: the token's `exp` claim when it has one, else the lifetime the session
 * asked for (`settings.session_length`, default Vault's 1 h) counted from when the request was
 * sent, which errs on the early side.
 */
function expiryOf(token: string, settings: VaultSessionSettings | undefined, sentAt: number) {
  const exp = decodeJwtClaims(token)?.exp
  if (typeof exp === 'number' && Number.isFinite(exp)) {
    return exp * 1000
  }
  const length = settings?.session_length
  const seconds = length === undefined ? undefined : sessionLengthSeconds(length)
  return sentAt + (seconds ?? DEFAULT_SESSION_SECONDS) * 1000
}

/**
 * Creates a Vault session for one consumer (`POST /vault/sessions`) on the host's server.
 *
 * @throws IntegrationsApiError — `invalid_request` (nothing sent) when an option breaks the spec's
 * `Session`; `http` for each error status Vault answers (400, 401, 402, 404, 422, 5xx…);
 * `network`, `timeout`, `abort`; `parse` when the answer has no session token. None carries the
 * API key.
 */
export async function createVaultSession(options: VaultSessionOptions): Promise<VaultSession> {
  const optionProblems = checkOptions(options)
  const body = sessionBody(options)
  const problems = [...optionProblems, ...checkSessionBody(body)]
  if (problems.length > 0) {
    throw invalidRequest(problems)
  }
  const baseUrl = (options.baseUrl ?? DEFAULT_VAULT_BASE_URL).replace(/\/+$/, '')
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const sentAt = Date.now()
  try {
    const response = await sendRequest({
      method: 'POST',
      url: `${baseUrl}/vault/sessions`,
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${options.apiKey}`,
        'x-apideck-app-id': options.appId,
        'x-apideck-consumer-id': options.consumerId,
      },
      body,
      signal: options.signal,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      fetch: fetchImpl,
      expectBody: true,
      toError: toVaultError,
    })
    const data = isRecord(response.body) ? response.body.data : undefined
    const token = isRecord(data) ? data.session_token : undefined
    if (typeof token !== 'string' || token === '') {
      throw parseError(response.status, 'The response has no data.session_token.', response.body)
    }
    const sessionUri = isRecord(data) ? data.session_uri : undefined
    return {
      token,
      expiresAt: expiryOf(token, options.settings, sentAt),
      sessionUri: typeof sessionUri === 'string' ? sessionUri : undefined,
    }
  } catch (error) {
    throw redactSecret(error, options.apiKey)
  }
}
