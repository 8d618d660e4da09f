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
import { IntegrationsApiError } from '../errors'
import { sendRequest, type HttpRequest } from '../http/request'
import { isSafePathSegment } from '../path-segment'
import type { RequestOptions } from '../types'
import { toAuthressError } from './errors'
import {
  parseConnection,
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

function invalidId(name: string): IntegrationsApiError {
  return new IntegrationsApiError({
    kind: 'invalid_request',
    code: 'invalid_ref',
    message: "This connection can't be opened: its id is not valid.",
    detail: `The ${name} is empty, a "." or ".." path segment, or contains a slash once decoded, so it would address another endpoint. The request was not sent.`,
  })
}

/** A connection id as one path segment, or a throw before anything is sent. */
function connectionSegment(connectionId: unknown): string {
  if (!isSafePathSegment(connectionId)) {
    throw invalidId('connectionId')
  }
  return encodeURIComponent(connectionId)
}

/**
 * A user id as one path segment. Authress ids contain `|` and may contain `/`, so the id is
 * percent-encoded whole (`/` becomes `%2F`); only an empty id or a dot segment is refused.
 */
export function userIdSegment(userId: unknown): string {
  if (typeof userId !== 'string' || userId.trim() === '' || /^\.{1,2}$/.test(userId.trim())) {
    throw invalidId('userId')
  }
  return encodeURIComponent(userId).replace(/\./g, '%2E')
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

  async function send(
    method: HttpRequest['method'],
    path: string,
    init: { body?: unknown; signal?: AbortSignal; expectBody?: boolean },
  ) {
    return sendRequest({
      method,
      url: baseUrl + path,
      headers: await headers(),
      body: init.body,
      signal: init.signal,
      timeoutMs,
      fetch: fetchImpl,
      expectBody: init.expectBody ?? true,
      toError: toAuthressError,
    })
  }

  return {
    baseUrl,

    async getConnections(cursor, { signal, onRecordSkipped } = {}) {
      const search = cursor === undefined ? '' : `?${new URLSearchParams({ cursor }).toString()}`
      const { status, body } = await send('GET', `/v1/connections${search}`, { signal })
      return parseConnectionPage(body, status, onRecordSkipped)
    },

    async getConnection(connectionId, { signal } = {}) {
      const path = `/v1/connections/${connectionSegment(connectionId)}`
      const { status, body } = await send('GET', path, { signal })
      return parseConnection(body, status)
    },

    async createConnection(connection, { signal } = {}) {
      const { status, body } = await send('POST', '/v1/connections', { body: connection, signal })
      return parseConnection(body, status)
    },

    async updateConnection(connectionId, connection, { signal } = {}) {
      const path = `/v1/connections/${connectionSegment(connectionId)}`
      const { status, body } = await send('PUT', path, { body: connection, signal })
      return parseConnection(body, status)
    },

    async deleteConnection(connectionId, { signal } = {}) {
      const path = `/v1/connections/${connectionSegment(connectionId)}`
      await send('DELETE', path, { signal, expectBody: false })
    },

    async getConnectionCredentials(connectionId, userId, { signal } = {}) {
      const path = `/v1/connections/${connectionSegment(connectionId)}/users/${userIdSegment(userId)}/credentials`
      const { status, body } = await send('GET', path, { signal })
      return parseCredentials(body, status)
    },
  }
}
