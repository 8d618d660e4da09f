/**
 * The Kinde proxy of `integrations-kit/server`: what the browser adapter (`createKindeAdapter`)
 * talks to. Kinde's Management API needs an M2M access token that administers the whole
 * environment, so the token lives here, on the server: the proxy gets it with `client_credentials`
 * (audience `https://<domain>/api`), caches it until shortly before it expires, and gets a new one
 * once when Kinde answers 401 (a token revoked or rotated early). Only the six connection
 * operations are forwarded; the shared core (./proxy.ts) answers everything else itself.
 */
import { createProxyHandler, type ProxyHandler, type ProxyRoute } from './proxy'

/** The options of {@link createKindeProxy}. Read them from the server's environment. */
export interface KindeProxyOptions {
  /** The Kinde domain, e.g. `acme.kinde.com` (or `https://auth.acme.com` for a custom domain). */
  domain: string
  /** The M2M application's client ID (with the `*:connections` scopes the page uses). */
  clientId: string
  /** The M2M application's client secret. Never leaves the server. */
  clientSecret: string
  /** The host's check that the signed-in user may administer connections; falsy → 403. */
  authorize: (request: Request) => boolean | Promise<boolean>
  /** Where the proxy is mounted, e.g. `/api/kinde` (the adapter's `baseUrl`). Default `''`. */
  basePath?: string
  /** Default: the global fetch. */
  fetch?: typeof fetch
  /** The largest request body accepted, in bytes. Default 64 KB. */
  maxBodyBytes?: number
}

/** A token is renewed this long before Kinde says it expires, so none expires in flight. */
const EXPIRY_MARGIN_MS = 60_000

const CONNECTIONS = '/api/v1/connections'
const CONNECTION = '/api/v1/connections/:connection_id'

/** The allow-list: Kinde's six connection operations and nothing else. */
export const kindeProxyRoutes: readonly ProxyRoute[] = [
  {
    method: 'GET',
    path: CONNECTIONS,
    query: ['page_size', 'home_realm_domain', 'starting_after', 'ending_before'],
  },
  { method: 'POST', path: CONNECTIONS },
  { method: 'GET', path: CONNECTION },
  { method: 'PATCH', path: CONNECTION },
  { method: 'PUT', path: CONNECTION },
  { method: 'DELETE', path: CONNECTION },
]

function kindeOrigin(domain: string): string {
  const trimmed = domain.trim().replace(/\/+$/, '')
  return /^https?:\/\//i.test(trimmed) ? new URL(trimmed).origin : `https://${trimmed}`
}

/** Kinde's error shape, so the adapter reads the proxy's own answers like Kinde's. */
function kindeErrorBody(status: number, code: string, message: string): unknown {
  return status === 404 ? { errors: { code, message } } : { errors: [{ code, message }] }
}

/** A Fetch-standard handler that forwards the connection routes to Kinde with an M2M token. */
export function createKindeProxy(options: KindeProxyOptions): ProxyHandler {
  const origin = kindeOrigin(options.domain)
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))

  let cached: { token: string; expiresAt: number } | undefined
  let pending: Promise<string> | undefined

  async function requestToken(): Promise<string> {
    const response = await fetchImpl(`${origin}/oauth2/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: options.clientId,
        client_secret: options.clientSecret,
        audience: `${origin}/api`,
      }).toString(),
    })
    if (!response.ok) {
      // The core answers 502; Kinde's reason (invalid_client…) is the host's to log, not the browser's.
      throw new Error(`Kinde token request failed with HTTP ${response.status}`)
    }
    const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown }
    if (typeof body.access_token !== 'string' || body.access_token === '') {
      throw new Error('Kinde token response has no access_token')
    }
    const lifetimeMs = typeof body.expires_in === 'number' ? body.expires_in * 1000 : 0
    cached = {
      token: body.access_token,
      expiresAt: Date.now() + Math.max(0, lifetimeMs - EXPIRY_MARGIN_MS),
    }
    return body.access_token
  }

  /** The cached token while it is fresh; one shared request for a new one otherwise. */
  function token(): Promise<string> {
    if (cached !== undefined && Date.now() < cached.expiresAt) {
      return Promise.resolve(cached.token)
    }
    pending ??= requestToken().finally(() => {
      pending = undefined
    })
    return pending
  }

  return createProxyHandler({
    basePath: options.basePath,
    routes: kindeProxyRoutes,
    authorize: options.authorize,
    maxBodyBytes: options.maxBodyBytes,
    errorBody: kindeErrorBody,
    async upstream({ method, path, search, body }) {
      const send = (accessToken: string) =>
        fetchImpl(`${origin}${path}${search}`, {
          method,
          // Built from scratch: nothing of the browser's request (cookies, Authorization) is sent.
          headers: {
            accept: 'application/json',
            authorization: `Bearer ${accessToken}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body,
        })
      const used = await token()
      const first = await send(used)
      if (first.status !== 401) {
        return first
      }
      // Revoked or rotated before its expiry: forget it (unless another request already did) and
      // try once more with a new one.
      await first.body?.cancel()
      if (cached?.token === used) {
        cached = undefined
      }
      return send(await token())
    },
  })
}
