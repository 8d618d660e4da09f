/**
 * A typed 1:1 client of Authress's six connection operations (`/v1/connections…`), written from the
 * Apache-2.0 SDK docs. Each method rejects only with IntegrationsApiError.
 *
 * In a browser `baseUrl` is the host's proxy (`createAuthressProxy` from `integrations-kit/server`):
 * an Authress service-client key administers the whole account and must stay on the server.
 *
 * The list is one page per call: `cursor` comes from the previous page's `pagination.next.cursor`.
 * `links.next.href` is never requested, because it is an absolute URL on Authress's own host and
 * following it would bypass the proxy (and send the bearer to whatever host the body named).
 */
import { sendRequest, type HttpRequest } from '../http/request'
import type { RequestOptions } from '../types'
import { toAuthressError } from './errors'
import {
  isUsableId,
  parseConnection,
  refused,
  parseConnectionPage,
  parseCredentials,
  type AddressableConnection,
  type ParsedPage,
} from './parse'
import type { AuthressConnection, AuthressUserConnectionCredentials } from './types'

const DEFAULT_TIMEOUT_MS = 30_000

export interface AuthressClientOptions {
  /** The host's proxy (browser) or `https://<account>.api.authress.io` (server). */
  baseUrl: string
  /** A bearer token, or a function that returns one per request. None when the proxy adds it. */
  token?: string | (() => string | Promise<string>)
  /** Default: the global fetch, looked up per call (so MSW or polyfills installed later apply). */
  fetch?: typeof fetch
  /** Extra headers for every request (ours win on conflict). */
  headers?: Record<string, string>
  /** Abort a request after this many ms (kind 'timeout'). Default 30 000; 0 disables. */
  timeoutMs?: number
}

export interface AuthressClient {
  readonly baseUrl: string
  /** One page of the list; pass the previous page's `nextCursor` for the next. */
  getConnections(cursor?: string, options?: RequestOptions): Promise<ParsedPage>
  getConnection(connectionId: string, options?: RequestOptions): Promise<AddressableConnection>
  createConnection(
    connection: AuthressConnection,
    options?: RequestOptions,
  ): Promise<AddressableConnection>
  /** A full replace (there is no PATCH). */
  updateConnection(
    connectionId: string,
    connection: AuthressConnection,
    options?: RequestOptions,
  ): Promise<AddressableConnection>
  deleteConnection(connectionId: string, options?: RequestOptions): Promise<void>
  getConnectionCredentials(
    connectionId: string,
    userId: string,
    options?: RequestOptions,
  ): Promise<AuthressUserConnectionCredentials>
}

/**
 * An id as one path segment of a request URL, percent-encoded whole (Authress user ids contain `|`
 * and may contain `/`, which becomes `%2F`), or a throw before anything is sent when it is empty
 * or a dot segment, which would address another endpoint.
 */
export function pathSegment(id: unknown): string {
  if (typeof id !== 'string' || !isUsableId(id)) {
    throw refused()
  }
  return encodeURIComponent(id)
}

export function createAuthressClient(options: AuthressClientOptions): AuthressClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))

  async function headers(): Promise<Record<string, string>> {
    // Authress answers `application/links+json` (JSON with links); every SDK asks for it.
    const result: Record<string, string> = { ...options.headers, accept: 'application/links+json' }
    const token = typeof options.token === 'function' ? await options.token() : options.token
    if (token !== undefined && token !== '') {
      result.authorization = `Bearer ${token}`
    }
    return result
  }

  /** One request; `parse` checks the 2xx body (none for DELETE, whose 204 has none). */
  async function call<T>(
    method: HttpRequest['method'],
    path: string,
    { signal }: RequestOptions,
    parse?: (body: unknown, status: number) => T,
    body?: unknown,
  ): Promise<T> {
    const response = await sendRequest({
      method,
      url: `${baseUrl}/v1/connections${path}`,
      headers: await headers(),
      body,
      signal,
      timeoutMs,
      fetch: fetchImpl,
      expectBody: parse !== undefined,
      toError: toAuthressError,
    })
    return parse?.(response.body, response.status) as T
  }

  return {
    baseUrl,
    getConnections: (cursor, options = {}) =>
      call(
        'GET',
        cursor === undefined ? '' : `?cursor=${encodeURIComponent(cursor)}`,
        options,
        (body, status) => parseConnectionPage(body, status, options.onRecordSkipped),
      ),
    getConnection: async (connectionId, options = {}) =>
      call('GET', `/${pathSegment(connectionId)}`, options, parseConnection),
    createConnection: (connection, options = {}) =>
      call('POST', '', options, parseConnection, connection),
    updateConnection: async (connectionId, connection, options = {}) =>
      call('PUT', `/${pathSegment(connectionId)}`, options, parseConnection, connection),
    deleteConnection: async (connectionId, options = {}) =>
      call('DELETE', `/${pathSegment(connectionId)}`, options),
    getConnectionCredentials: async (connectionId, userId, options = {}) =>
      call(
        'GET',
        `/${pathSegment(connectionId)}/users/${pathSegment(userId)}/credentials`,
        options,
        parseCredentials,
      ),
  }
}
