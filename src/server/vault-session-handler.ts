/**
 * `createVaultSessionHandler`: the route the browser calls for a Vault session token, as a
 * Fetch-standard handler (`(request: Request) => Promise<Response>`) that mounts as-is in Next.js
 * route handlers, Hono, Remix, SvelteKit, Deno and Bun (Express/Fastify through the glue in the
 * README).
 *
 * What the browser may choose, and why: nothing but, optionally, `redirectUri`, and only one of the
 * host's `allowedRedirectUris`. The consumer id comes from the host's `authorize` (the signed-in
 * user), never from the request, or one user could open another's connections; settings, theme
 * and consumer metadata are the host's (a browser must not grant itself actions such as `delete`
 * or hide what the host shows). An empty body, or `{}`, is the usual request.
 *
 * What it answers: 200 `{ token, expiresAt }` with `Cache-Control: no-store` (a session token is
 * per user and must not sit in a shared cache); 405 (with `Allow: POST`), 401, 403, 400, 413 and
 * 415 without calling Vault; Vault's failures as 502/504/429 with a fixed message of our own: no
 * upstream body text and never the API key (the host sees the full, redacted error in `onError`).
 * Errors have the proxies' shape, `{ error: { code, message } }`.
 */
import { IntegrationsApiError } from '../errors'
import { isRecord } from '../json-guards'
import type { ProxyHandler } from './proxy'
import { readLimitedBody } from './read-limited-body'
import {
  createVaultSession,
  type VaultConsumerMetadata,
  type VaultSessionOptions,
} from './vault-session'

/** Who the session is for, as the host's `authorize` finds the signed-in user. */
export interface VaultSessionConsumer {
  /** The consumer id whose connections the session manages. */
  consumerId: string
  /** Shown in the page's consumer card. */
  consumerMetadata?: VaultConsumerMetadata
}

/** The options of {@link createVaultSessionHandler}: createVaultSession's, minus the consumer. */
export interface VaultSessionHandlerOptions extends Omit<
  VaultSessionOptions,
  'consumerId' | 'consumerMetadata' | 'signal'
> {
  /**
   * Maps the request's signed-in user to a consumer. `null`/`undefined` answers 401 (nobody signed
   * in), `false` 403 (signed in, but may not manage integrations), a throw 403; none calls Vault.
   */
  authorize: (
    request: Request,
  ) =>
    | VaultSessionConsumer
    | null
    | undefined
    | false
    | Promise<VaultSessionConsumer | null | undefined | false>
  /**
   * The redirect URIs the browser may pick from with `{ "redirectUri": "…" }` in the body, compared
   * exactly. Default none: the browser may not choose one, and `redirectUri` (if set) is used.
   */
  allowedRedirectUris?: readonly string[]
  /** Told of every failure after the authorization check (the API key redacted), for your logs. */
  onError?: (error: IntegrationsApiError, request: Request) => void
}

/** The largest body accepted: room for one redirect URI, not for a payload. */
const MAX_BODY_BYTES = 4096

function answer(status: number, body: unknown, headers?: Record<string, string>): Response {
  return Response.json(body, {
    status,
    headers: { 'cache-control': 'no-store', ...headers },
  })
}

function failure(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): Response {
  return answer(status, { error: { code, message } }, headers)
}

type BrowserChoice =
  { ok: true; redirectUri: string | undefined } | { ok: false; response: Response }

/** What the browser chose in the body: nothing, or an allowed `redirectUri`. */
async function readBrowserChoice(
  request: Request,
  allowedRedirectUris: readonly string[],
): Promise<BrowserChoice> {
  let text: string | null
  try {
    text = await readLimitedBody(request, MAX_BODY_BYTES)
  } catch {
    return { ok: false, response: failure(400, 'bad_request', 'The body is not valid UTF-8 text.') }
  }
  if (text === null) {
    return {
      ok: false,
      response: failure(
        413,
        'payload_too_large',
        `The body is larger than ${MAX_BODY_BYTES} bytes.`,
      ),
    }
  }
  if (text.trim() === '') {
    return { ok: true, redirectUri: undefined }
  }
  const contentType = request.headers.get('content-type') ?? ''
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    return {
      ok: false,
      response: failure(415, 'unsupported_media_type', 'The body must be application/json.'),
    }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { ok: false, response: failure(400, 'bad_request', 'The body is not valid JSON.') }
  }
  if (!isRecord(parsed)) {
    return { ok: false, response: failure(400, 'bad_request', 'The body must be a JSON object.') }
  }
  const others = Object.keys(parsed).filter((key) => key !== 'redirectUri')
  if (others.length > 0) {
    return {
      ok: false,
      response: failure(400, 'bad_request', 'The browser may only choose redirectUri.'),
    }
  }
  const { redirectUri } = parsed
  if (redirectUri === undefined) {
    return { ok: true, redirectUri: undefined }
  }
  if (typeof redirectUri !== 'string' || !allowedRedirectUris.includes(redirectUri)) {
    return {
      ok: false,
      response: failure(400, 'redirect_uri_not_allowed', 'This redirectUri is not allowed.'),
    }
  }
  return { ok: true, redirectUri }
}

/** Vault's failure as the browser sees it: a status it can act on and our own words. */
function vaultFailure(error: IntegrationsApiError): Response {
  if (error.kind === 'invalid_request') {
    // The host's options or its authorize result break the spec: the server's fault.
    return failure(500, 'session_misconfigured', 'The session could not be created.')
  }
  if (error.kind === 'timeout') {
    return failure(504, 'vault_timeout', 'Vault did not answer in time.')
  }
  if (error.kind === 'http' && error.status === 429) {
    const retryAfter = error.retryAfter === undefined ? undefined : String(error.retryAfter)
    return failure(
      429,
      'vault_rate_limited',
      'Too many session requests; try again later.',
      retryAfter === undefined ? undefined : { 'retry-after': retryAfter },
    )
  }
  return failure(502, 'vault_session_failed', 'Vault could not create the session.')
}

/**
 * A Fetch-standard route handler that creates a Vault session for the signed-in user: `POST` only,
 * the consumer from `authorize`, the answer `{ token, expiresAt }`.
 */
export function createVaultSessionHandler(options: VaultSessionHandlerOptions): ProxyHandler {
  const { authorize, allowedRedirectUris = [], onError, ...sessionOptions } = options
  return async (request) => {
    if (request.method.toUpperCase() !== 'POST') {
      return failure(405, 'method_not_allowed', 'Allowed: POST.', { allow: 'POST' })
    }
    let consumer: VaultSessionConsumer | null | undefined | false
    try {
      consumer = await authorize(request)
    } catch {
      return failure(403, 'forbidden', 'You may not manage integrations.')
    }
    if (consumer === null || consumer === undefined) {
      return failure(401, 'unauthorized', 'Sign in to manage integrations.')
    }
    if (consumer === false) {
      return failure(403, 'forbidden', 'You may not manage integrations.')
    }
    const choice = await readBrowserChoice(request, allowedRedirectUris)
    if (!choice.ok) {
      return choice.response
    }
    try {
      const session = await createVaultSession({
        ...sessionOptions,
        consumerId: consumer.consumerId,
        ...(consumer.consumerMetadata === undefined
          ? {}
          : { consumerMetadata: consumer.consumerMetadata }),
        ...(choice.redirectUri === undefined ? {} : { redirectUri: choice.redirectUri }),
        signal: request.signal,
      })
      return answer(200, { token: session.token, expiresAt: session.expiresAt })
    } catch (error) {
      const failed =
        error instanceof IntegrationsApiError
          ? error
          : new IntegrationsApiError({ kind: 'network', message: 'The session request failed.' })
      onError?.(failed, request)
      return vaultFailure(failed)
    }
  }
}
