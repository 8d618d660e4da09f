/**
 * A typed 1:1 client of Kinde's six connection operations (specs/kinde-management-api.yaml, tag
 * "Connections"). It talks to the host's proxy at `baseUrl` (integrations-kit/server's
 * createKindeProxy), never to Kinde itself: the M2M token Kinde requires administers the whole
 * environment and must stay on the server. Every method rejects only with IntegrationsApiError.
 */
import { IntegrationsApiError } from '../errors'
import { parseError } from '../http/errors'
import { sendRequest, type HttpRequest } from '../http/request'
import { isRecord, nonEmptyString } from '../json-guards'
import type { RequestOptions } from '../types'
import { kindeErrorMapper, type KindeScope } from './errors'
import type { KindeConnectionBody } from './forms'

const DEFAULT_TIMEOUT_MS = 30_000

/** How the client reaches the host's Kinde proxy. */
export interface KindeClientOptions {
  /** The host's proxy, e.g. `/api/kinde`; requests go to `${baseUrl}/api/v1/connections…`. */
  baseUrl: string
  /** Default: the global fetch, looked up per call (so MSW or polyfills installed later apply). */
  fetch?: typeof fetch
  /** Extra headers for every request (ours win on conflict), e.g. the host's CSRF header. */
  headers?: Record<string, string>
  /** Sent as `Authorization: Bearer …`: the host's own session token for its proxy, if it uses one. */
  token?: string
  /** Abort a request after this many ms (kind 'timeout'). Default 30 000; 0 disables. */
  timeoutMs?: number
}

/** What Kinde returns about a connection: the summary only, never its options or secrets. */
export interface KindeConnectionSummary {
  id: string
  name?: string
  display_name?: string
  strategy?: string
}

/** `GET /api/v1/connections` query; the two cursors are exclusive. */
export interface KindeListQuery {
  /** Default 10 on Kinde's side. */
  page_size?: number
  home_realm_domain?: string
  starting_after?: string
  ending_before?: string
}

/** One page of `GET /api/v1/connections`. */
export interface KindeConnectionsPage {
  /** Unwrapped from the spec's envelope; items without a usable id are left out. */
  connections: KindeConnectionSummary[]
  /** More connections follow (`starting_after` the last id). */
  has_more: boolean
}

/** The PATCH and PUT body: the create body less `strategy` (which, like the organization, is fixed). */
export type KindeUpdateBody = Omit<KindeConnectionBody, 'strategy'>

/** Kinde's six connection operations, 1:1; every method rejects only with IntegrationsApiError. */
export interface KindeClient {
  /** The proxy's URL, without a trailing slash. */
  readonly baseUrl: string
  /** `GetConnections`: one page. List items in the spec's `{connection:{…}}` envelope are unwrapped. */
  listConnections(query?: KindeListQuery, options?: RequestOptions): Promise<KindeConnectionsPage>
  /** `GetConnection`: the summary. */
  getConnection(id: string, options?: RequestOptions): Promise<KindeConnectionSummary>
  /** `CreateConnection` (201): Kinde answers only the new id. */
  createConnection(body: KindeConnectionBody, options?: RequestOptions): Promise<{ id: string }>
  /** `UpdateConnection` (PATCH): a partial update. */
  updateConnection(id: string, body: KindeUpdateBody, options?: RequestOptions): Promise<void>
  /** `ReplaceConnection` (PUT): replaces the whole configuration. Not used by the page. */
  replaceConnection(id: string, body: KindeUpdateBody, options?: RequestOptions): Promise<void>
  /** `deleteConnection`. */
  deleteConnection(id: string, options?: RequestOptions): Promise<void>
}

/** A list item, flat or in the spec's envelope; undefined when it has no usable id. */
export function parseKindeSummary(item: unknown): KindeConnectionSummary | undefined {
  // The spec's list items are `{code, message, connection:{…}}`; the live API is believed to send
  // them flat. Both are read.
  const record = isRecord(item) && isRecord(item.connection) ? item.connection : item
  if (!isRecord(record)) {
    return undefined
  }
  const id = nonEmptyString(record.id)
  if (id === undefined) {
    return undefined
  }
  const summary: KindeConnectionSummary = { id }
  for (const key of ['name', 'display_name', 'strategy'] as const) {
    const value = nonEmptyString(record[key])
    if (value !== undefined) {
      summary[key] = value
    }
  }
  return summary
}

/**
 * Kinde's ids are `conn_` and hex; anything outside this alphabet, and `.`/`..` (which would climb
 * the path), is refused before a request, so an id can never address another endpoint.
 */
function isSafeId(id: unknown): id is string {
  return typeof id === 'string' && /^[\w.:-]{1,128}$/.test(id) && !/^\.\.?$/.test(id)
}

function connectionPath(id: string): string {
  if (!isSafeId(id)) {
    throw new IntegrationsApiError({
      kind: 'invalid_request',
      code: 'invalid_ref',
      message: "This connection can't be opened: its id is not valid.",
    })
  }
  return `/api/v1/connections/${encodeURIComponent(id)}`
}

/** A client of Kinde's connection operations, through the host's proxy at `baseUrl`. */
export function createKindeClient(options: KindeClientOptions): KindeClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))

  function headers(): Record<string, string> {
    const result: Record<string, string> = { ...options.headers, accept: 'application/json' }
    if (options.token !== undefined && options.token !== '') {
      result.authorization = `Bearer ${options.token}`
    }
    return result
  }

  function send(
    method: HttpRequest['method'],
    path: string,
    scope: KindeScope,
    init: { body?: unknown; signal?: AbortSignal },
  ) {
    return sendRequest({
      method,
      url: baseUrl + path,
      headers: headers(),
      body: init.body,
      signal: init.signal,
      timeoutMs,
      fetch: fetchImpl,
      // PATCH, PUT and DELETE answer Kinde's `{code, message}` only: nothing to read.
      expectBody: method === 'GET' || method === 'POST',
      toError: kindeErrorMapper(scope),
    })
  }

  return {
    baseUrl,

    async listConnections(query = {}, { signal, onRecordSkipped } = {}) {
      const search = new URLSearchParams()
      for (const [name, value] of Object.entries(query)) {
        if (value !== undefined) {
          search.set(name, String(value))
        }
      }
      const suffix = search.size === 0 ? '' : `?${search}`
      const { status, body } = await send(
        'GET',
        `/api/v1/connections${suffix}`,
        'read:connections',
        {
          signal,
        },
      )
      if (!isRecord(body) || !Array.isArray(body.connections ?? [])) {
        throw parseError(status, 'No connections array.', body)
      }
      const connections: KindeConnectionSummary[] = []
      for (const item of (body.connections as unknown[] | undefined) ?? []) {
        const summary = parseKindeSummary(item)
        if (summary !== undefined && isSafeId(summary.id)) {
          connections.push(summary)
        } else {
          try {
            onRecordSkipped?.({ reason: summary ? 'invalid_id' : 'malformed', ids: {} })
          } catch {
            // The listener's failure must not fail the list.
          }
        }
      }
      return { connections, has_more: body.has_more === true }
    },

    async getConnection(id, { signal } = {}) {
      const { status, body } = await send('GET', connectionPath(id), 'read:connections', {
        signal,
      })
      const summary = parseKindeSummary(body)
      if (summary === undefined) {
        throw parseError(status, 'No connection id.', body)
      }
      return summary
    },

    async createConnection(body, { signal } = {}) {
      const response = await send('POST', '/api/v1/connections', 'create:connections', {
        body,
        signal,
      })
      const created = parseKindeSummary(response.body)
      if (created === undefined) {
        throw parseError(response.status, 'No connection id.', response.body)
      }
      return { id: created.id }
    },

    async updateConnection(id, body, { signal } = {}) {
      await send('PATCH', connectionPath(id), 'update:connections', {
        body,
        signal,
      })
    },

    async replaceConnection(id, body, { signal } = {}) {
      await send('PUT', connectionPath(id), 'update:connections', {
        body,
        signal,
      })
    },

    async deleteConnection(id, { signal } = {}) {
      await send('DELETE', connectionPath(id), 'delete:connections', { signal })
    },
  }
}
