/**
 * `createAuthressProxy`: the server half of the Authress adapter. The browser adapter talks to this
 * handler; it holds the Authress credential, forwards only the six connection operations and, on
 * the credentials route, asks for the signed-in user's own credentials whatever user id the path
 * named, so one user can never read another's provider token through it.
 *
 * The shared rules (allow-list, the host's `authorize` first, body limit, no browser header
 * forwarded, rate-limit headers passed back) are the proxy core's (./proxy.ts).
 */
import { createProxyHandler, fillPath, type ProxyHandler, type ProxyRoute } from './proxy'

export interface AuthressProxyOptions {
  /** `https://<account>.api.authress.io` or the account's custom domain. */
  authressApiUrl: string
  /**
   * A service-client access key, sent as the bearer token (Authress accepts one directly). Give
   * `token` instead to mint short-lived tokens yourself (e.g. with `@authress/sdk`).
   */
  accessKey?: string
  /**
   * Returns the bearer token for each upstream call; cache inside it as you need. After a 401 it
   * is asked once more and the call retried once, so a cached token that expired is replaced.
   */
  token?: () => string | Promise<string>
  /** The host's check that the signed-in user may administer connections; falsy → 403. */
  authorize: (request: Request) => boolean | Promise<boolean>
  /**
   * The signed-in user's Authress user id (e.g. `oauth|abc`). Replaces `{userId}` on the
   * credentials route; no id → 403 without an upstream call.
   */
  userId: (request: Request) => string | undefined | null | Promise<string | undefined | null>
  /** Where the handler is mounted (e.g. `/api/authress`). Default `''`. */
  basePath?: string
  /** Default: the global fetch. */
  fetch?: typeof fetch
  /** The largest request body accepted, in bytes. Default 64 KB. */
  maxBodyBytes?: number
}

const connection = '/v1/connections/:connectionId'
const credentials: ProxyRoute = {
  method: 'GET',
  path: `${connection}/users/:userId/credentials`,
}

/** The routes the Authress adapter uses; nothing else of the Authress API is reachable. */
export const AUTHRESS_PROXY_ROUTES: readonly ProxyRoute[] = [
  { method: 'GET', path: '/v1/connections', query: ['cursor'] },
  { method: 'POST', path: '/v1/connections' },
  { method: 'GET', path: connection },
  { method: 'PUT', path: connection },
  { method: 'DELETE', path: connection },
  credentials,
]

/** The proxy's own answers, in Authress's error shape so the adapter reads them alike. */
function authressErrorBody(_status: number, errorCode: string, title: string) {
  return { title, errorCode }
}

/** A Fetch-standard handler, `(request: Request) => Promise<Response>`, in front of Authress. */
export function createAuthressProxy(options: AuthressProxyOptions): ProxyHandler {
  const { accessKey, token } = options
  if ((accessKey === undefined || accessKey === '') && token === undefined) {
    throw new TypeError('createAuthressProxy needs an accessKey or a token function.')
  }
  const apiUrl = options.authressApiUrl.replace(/\/+$/, '')
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const bearer = async () => (token === undefined ? (accessKey as string) : await token())

  return createProxyHandler({
    basePath: options.basePath,
    routes: AUTHRESS_PROXY_ROUTES,
    authorize: options.authorize,
    maxBodyBytes: options.maxBodyBytes,
    errorBody: authressErrorBody,
    async upstream({ method, route, params, path, search, body, request }) {
      let target = path
      if (route === credentials) {
        const userId = await options.userId(request)
        if (typeof userId !== 'string' || userId === '') {
          return Response.json(
            authressErrorBody(403, 'forbidden', 'No signed-in user to check credentials for.'),
            { status: 403 },
          )
        }
        // The caller's own id, whatever the path said.
        target = fillPath(route.path, { ...params, userId })
      }
      const send = async () => {
        const headers: Record<string, string> = {
          accept: 'application/links+json',
          authorization: `Bearer ${await bearer()}`,
        }
        if (body !== undefined) {
          headers['content-type'] = 'application/json'
        }
        return fetchImpl(`${apiUrl}${target}${search}`, { method, headers, body })
      }
      const response = await send()
      // A token function may hand out a token that expired in its cache: ask it once more. (The
      // body is text, so the request can be sent again; a fixed access key cannot get better.)
      return response.status === 401 && token !== undefined ? send() : response
    },
  })
}
