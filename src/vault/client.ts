/**
 * A typed 1:1 client of Vault's connection endpoints (specs/apideck-vault.yml). Each method returns
 * the unwrapped `data`, parsed defensively (./parse.ts), and rejects only with IntegrationsApiError.
 *
 * A small fetch wrapper rather than openapi-fetch: the client calls eleven fixed endpoints, and the
 * types that matter are the corrected domain types of ../types.ts, not the raw spec shapes, so a
 * generic typed-fetch layer would add bundle without adding safety.
 *
 * Authentication, as Apideck's own UI does it: with a session JWT (made by the host's server with
 * `POST /vault/sessions`) the app and consumer ids come from its `application_id` / `consumer_id`
 * claims and `x-apideck-auth-type: JWT` is sent; with any other token (an API key, for server-side
 * use) the ids must be given as options.
 */
import type { AuthorizeUrlOptions } from '../adapter'
import { IntegrationsApiError } from '../errors'
import { decodeJwtClaims, looksLikeJwt } from './jwt'
import { isSafePathSegment } from '../path-segment'
import { safeUrl } from '../safe-url'
import type {
  ConsentRecord,
  Connection,
  ConnectionFilters,
  ConnectionRef,
  CustomField,
  CustomMapping,
  CustomMappingBody,
  ImportConnectionBody,
  ListLogsParams,
  LogsPage,
  RequestOptions,
  ResourceExample,
  ResourceSchema,
  UpdateConsentBody,
  ResourceConfiguration,
  ResourceSettings,
  UpdateConnectionBody,
  ValidateConnectionResult,
} from '../types'
import { sendRequest, type HttpRequest } from '../http/request'
import { toVaultError } from './errors'
import {
  parseConfirmResponse,
  parseConnectionList,
  parseConnectionResponse,
  parseOptionalConnectionResponse,
  parseResourceSettingsResponse,
  parseValidateResponse,
} from './parse'
import {
  parseConsentList,
  parseConsentResponse,
  parseCustomFieldList,
  parseCustomMappingList,
  parseCustomMappingResponse,
  parseLogsPage,
  parseResourceExampleResponse,
  parseResourceSchemaResponse,
} from './parse-extensions'

const DEFAULT_VAULT_BASE_URL = 'https://unify.apideck.com'
const DEFAULT_TIMEOUT_MS = 30_000

export interface VaultClientOptions {
  /** A Vault session JWT (browser), or an API key (server; then `appId`/`consumerId` are needed). */
  token?: string
  /** Overrides the JWT's `application_id` claim. */
  appId?: string
  /** Overrides the JWT's `consumer_id` claim. */
  consumerId?: string
  /** Default https://unify.apideck.com; may be a path on the host's own proxy. */
  baseUrl?: string
  /** Default: the global fetch, looked up per call (so MSW or polyfills installed later apply). */
  fetch?: typeof fetch
  /** Extra headers for every request (ours win on conflict). */
  headers?: Record<string, string>
  /** Abort a request after this many ms (kind 'timeout'). Default 30 000; 0 disables. */
  timeoutMs?: number
}

/** The body of `PATCH …/{resource}/config`. */
export interface ResourceSettingsBody {
  configuration: ResourceConfiguration[]
}

export interface VaultClient {
  readonly baseUrl: string
  /** The application id sent in `x-apideck-app-id`, when known. */
  readonly appId: string | undefined
  /** The consumer id sent in `x-apideck-consumer-id`, when known. */
  readonly consumerId: string | undefined
  listConnections(filters?: ConnectionFilters, options?: RequestOptions): Promise<Connection[]>
  getConnection(ref: ConnectionRef, options?: RequestOptions): Promise<Connection>
  /** `POST`: creates an already authorized connection (needs credentials in `settings`). */
  addConnection(
    ref: ConnectionRef,
    body: UpdateConnectionBody,
    options?: RequestOptions,
  ): Promise<Connection>
  updateConnection(
    ref: ConnectionRef,
    body: UpdateConnectionBody,
    options?: RequestOptions,
  ): Promise<Connection>
  deleteConnection(ref: ConnectionRef, options?: RequestOptions): Promise<void>
  importConnection(
    ref: ConnectionRef,
    body: ImportConnectionBody,
    options?: RequestOptions,
  ): Promise<Connection>
  requestToken(ref: ConnectionRef, options?: RequestOptions): Promise<Connection>
  confirmConnection(
    ref: ConnectionRef,
    confirmToken: string,
    options?: RequestOptions,
  ): Promise<{ confirmed: boolean }>
  validateConnection(
    ref: ConnectionRef,
    options?: RequestOptions,
  ): Promise<ValidateConnectionResult>
  getResourceSettings(
    ref: ConnectionRef,
    resource: string,
    options?: RequestOptions,
  ): Promise<ResourceSettings>
  /** Resolves to the updated connection, or null when the response does not carry a full one. */
  updateResourceSettings(
    ref: ConnectionRef,
    resource: string,
    body: ResourceSettingsBody,
    options?: RequestOptions,
  ): Promise<Connection | null>
  /** `GET …/consent`: the connection's consent records, oldest first. */
  listConsents(ref: ConnectionRef, options?: RequestOptions): Promise<ConsentRecord[]>
  /**
   * `PATCH …/consent`: grants, denies or revokes; resolves to the new record. Without `resources`
   * a grant sends what the connection asks for (`application_data_scopes.resources`, read with
   * one `GET` first; `'*'` when it asks for nothing in particular) and a refusal sends `'*'`.
   */
  updateConsent(
    ref: ConnectionRef,
    body: UpdateConsentBody,
    options?: RequestOptions,
  ): Promise<ConsentRecord>
  /** `GET …/{resource}/schema`: the resource's approximate JSON Schema. */
  getResourceSchema(
    ref: ConnectionRef,
    resource: string,
    options?: RequestOptions,
  ): Promise<ResourceSchema>
  /** `GET …/{resource}/example`: a downstream response of the resource. */
  getResourceExample(
    ref: ConnectionRef,
    resource: string,
    options?: RequestOptions,
  ): Promise<ResourceExample>
  /** `GET …/{resource}/custom-fields`: the connector's custom fields on the resource. */
  listCustomFields(
    ref: ConnectionRef,
    resource: string,
    options?: RequestOptions,
  ): Promise<CustomField[]>
  /**
   * The connection's custom mappings: `GET …/{resource}/custom-mappings` for one resource, or
   * `GET /vault/custom-mappings/{unified_api}/{service_id}` for all of them.
   */
  listCustomMappings(
    ref: ConnectionRef,
    resource?: string,
    options?: RequestOptions,
  ): Promise<CustomMapping[]>
  /** `GET /vault/custom-mappings/{unified_api}/{service_id}/{id}`. */
  getCustomMapping(ref: ConnectionRef, id: string, options?: RequestOptions): Promise<CustomMapping>
  /** `POST …/custom-mappings/…/{id}`: maps a field that has no mapping yet. */
  createCustomMapping(
    ref: ConnectionRef,
    id: string,
    body: CustomMappingBody,
    options?: RequestOptions,
  ): Promise<CustomMapping>
  /** `PATCH …/custom-mappings/…/{id}`: changes an existing mapping. */
  updateCustomMapping(
    ref: ConnectionRef,
    id: string,
    body: CustomMappingBody,
    options?: RequestOptions,
  ): Promise<CustomMapping>
  /** `DELETE …/custom-mappings/…/{id}` (204): removes the consumer's mapping. */
  deleteCustomMapping(ref: ConnectionRef, id: string, options?: RequestOptions): Promise<void>
  /**
   * `GET /vault/logs`: one page of the consumer's request logs, newest first. `filter` is sent as
   * `filter[name]=value` (arrays as repeated keys), `cursor` is the previous page's `nextCursor`.
   */
  listLogs(params?: ListLogsParams, options?: RequestOptions): Promise<LogsPage>
  /** The connection's `authorize_url` with `redirect_uri` (and `nonce`) added; null if unsafe/missing. */
  authorizeUrl(
    connection: Pick<Connection, 'authorize_url'>,
    options: AuthorizeUrlOptions,
  ): string | null
  /** The connection's `revoke_url` with `redirect_uri` added; null if unsafe/missing. */
  revokeUrl(
    connection: Pick<Connection, 'revoke_url'>,
    options: Omit<AuthorizeUrlOptions, 'nonce'>,
  ): string | null
}

function claim(claims: Record<string, unknown> | null, name: string): string | undefined {
  const value = claims?.[name]
  return typeof value === 'string' && value !== '' ? value : undefined
}

/* -------------------------------------------------------------------------------------------------
 * Request bodies: only writable fields. The spec marks ids, URLs, form_fields, `target` of resource
 * defaults and `metadata.company_id` readOnly; sending them back (e.g. a patch spread from a fetched
 * connection) is rejected by a strict server, so bodies are built from an allow-list.
 * -----------------------------------------------------------------------------------------------*/

function writableConfiguration(configuration: ResourceConfiguration[]): ResourceConfiguration[] {
  return configuration.map(({ resource, defaults }) => ({
    resource,
    defaults: defaults.map(({ id, value, type }) => ({
      id,
      // The spec has no null value: clearing a default is sending none.
      ...(value !== undefined && value !== null ? { value } : {}),
      // Not in the spec's schema (which allows extra keys) but sent by Apideck's own UI.
      ...(type !== undefined ? { type } : {}),
    })),
  }))
}

function writableMetadata(
  metadata: Record<string, unknown> | null | undefined,
): Record<string, unknown> | null | undefined {
  if (metadata === null || metadata === undefined) {
    return metadata
  }
  const { company_id: _readOnly, ...rest } = metadata
  return rest
}

function writableConnectionBody(body: UpdateConnectionBody): UpdateConnectionBody {
  const result: UpdateConnectionBody = {}
  if (body.enabled !== undefined) {
    result.enabled = body.enabled
  }
  if (body.settings !== undefined) {
    result.settings = body.settings
  }
  if (body.metadata !== undefined) {
    result.metadata = writableMetadata(body.metadata)
  }
  if (body.configuration !== undefined) {
    result.configuration = writableConfiguration(body.configuration)
  }
  return result
}

function writableImportBody(body: ImportConnectionBody): ImportConnectionBody {
  // `?? {}`: a plain-JS caller without credentials gets Vault's 400, not a TypeError from here.
  const { access_token, refresh_token, issued_at, expires_in } =
    body.credentials ?? ({} as Partial<ImportConnectionBody['credentials']>)
  const result = {
    credentials: { access_token, refresh_token, issued_at, expires_in },
  } as ImportConnectionBody
  if (body.settings !== undefined) {
    result.settings = body.settings
  }
  if (body.metadata !== undefined) {
    result.metadata = body.metadata
  }
  return result
}

/* -------------------------------------------------------------------------------------------------
 * Path segments
 * -----------------------------------------------------------------------------------------------*/

const MAX_QUOTED_ID_LENGTH = 100

/**
 * `id` encoded as one path segment, or a throw of kind 'invalid_request' (code 'invalid_ref') when
 * it would not stay one: `..` would make the URL parser send the request to another endpoint, and
 * encoding does not help (see ../path-segment.ts).
 */
function pathSegment(
  name: 'unified_api' | 'service_id' | 'resource' | 'target_field_id',
  id: unknown,
): string {
  if (isSafePathSegment(id)) {
    return encodeURIComponent(id)
  }
  // Plain-JS callers may pass anything; only a string is quoted (and clipped).
  const quoted =
    typeof id !== 'string'
      ? `(${typeof id})`
      : JSON.stringify(
          id.length > MAX_QUOTED_ID_LENGTH ? `${id.slice(0, MAX_QUOTED_ID_LENGTH)}…` : id,
        )
  throw new IntegrationsApiError({
    kind: 'invalid_request',
    code: 'invalid_ref',
    message: "This connection can't be opened: its id is not valid.",
    detail: `The ${name} ${quoted} is empty, a "." or ".." path segment, or contains a slash once decoded, so it would address another endpoint. The request was not sent.`,
  })
}

/* -------------------------------------------------------------------------------------------------
 * OAuth URLs
 * -----------------------------------------------------------------------------------------------*/

/**
 * Adds query parameters to a provider URL, replacing same-named ones, and leaves the other
 * parameters byte-for-byte as Vault sent them (re-serialising them could alter the signed `state`).
 * Values are percent-encoded, as the spec requires for `redirect_uri` (Apideck's UI forgets to).
 */
function withQuery(rawUrl: unknown, params: Record<string, string | undefined>): string | null {
  const base = safeUrl(rawUrl)
  if (base === null) {
    return null
  }
  const url = new URL(base)
  const names = Object.keys(params)
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => {
      if (pair === '') {
        return false
      }
      const [name = ''] = pair.split('=')
      try {
        return !names.includes(decodeURIComponent(name.replace(/\+/g, ' ')))
      } catch {
        return true
      }
    })
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) {
      kept.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    }
  }
  url.search = kept.join('&')
  return url.href
}

/* -------------------------------------------------------------------------------------------------
 * createVaultClient
 * -----------------------------------------------------------------------------------------------*/

export function createVaultClient(options: VaultClientOptions = {}): VaultClient {
  const { token } = options
  const isJwt = token !== undefined && looksLikeJwt(token)
  const claims = isJwt ? decodeJwtClaims(token) : null
  const appId = options.appId ?? claim(claims, 'application_id')
  const consumerId = options.consumerId ?? claim(claims, 'consumer_id')
  const baseUrl = (options.baseUrl ?? DEFAULT_VAULT_BASE_URL).replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))

  /**
   * Without an app id (and, except for the list, a consumer id) Vault can only answer 400/401, so
   * the request is not sent: it fails locally like an invalid session (401), the state a host
   * reaches by passing a junk or truncated token.
   */
  function missingIdentity(needsConsumer: boolean): IntegrationsApiError | null {
    const missing = [
      appId === undefined ? 'application id' : undefined,
      needsConsumer && consumerId === undefined ? 'consumer id' : undefined,
    ].filter((name) => name !== undefined)
    if (missing.length === 0) {
      return null
    }
    return new IntegrationsApiError({
      kind: 'http',
      status: 401,
      code: 'InvalidSessionError',
      message:
        'Invalid session: the app id or consumer id is missing (no token claims, no options).',
      detail: `No ${missing.join(' or ')}: pass a Vault session token with application_id and consumer_id claims, or the appId and consumerId options.`,
    })
  }

  function headers(): Record<string, string> {
    const result: Record<string, string> = { ...options.headers, accept: 'application/json' }
    if (token !== undefined && token !== '') {
      result.authorization = `Bearer ${token}`
    }
    if (isJwt) {
      result['x-apideck-auth-type'] = 'JWT'
    }
    if (appId !== undefined) {
      result['x-apideck-app-id'] = appId
    }
    if (consumerId !== undefined) {
      result['x-apideck-consumer-id'] = consumerId
    }
    return result
  }

  async function send(
    method: HttpRequest['method'],
    path: string,
    init: { body?: unknown; signal?: AbortSignal; expectBody?: boolean; needsConsumer?: boolean },
  ) {
    const problem = missingIdentity(init.needsConsumer ?? true)
    if (problem !== null) {
      throw problem
    }
    return sendRequest({
      method,
      url: baseUrl + path,
      headers: headers(),
      body: init.body,
      signal: init.signal,
      timeoutMs,
      fetch: fetchImpl,
      expectBody: init.expectBody ?? true,
      toError: toVaultError,
    })
  }

  // Called inside the async methods, so a refused id rejects the call before anything is sent.
  const connectionPath = ({ unifiedApi, serviceId }: ConnectionRef, suffix = '') =>
    `/vault/connections/${pathSegment('unified_api', unifiedApi)}/${pathSegment('service_id', serviceId)}${suffix}`

  const resourcePath = (ref: ConnectionRef, resource: string, endpoint = 'config') =>
    connectionPath(ref, `/${pathSegment('resource', resource)}/${endpoint}`)

  const mappingPath = ({ unifiedApi, serviceId }: ConnectionRef, id?: string) =>
    `/vault/custom-mappings/${pathSegment('unified_api', unifiedApi)}/${pathSegment('service_id', serviceId)}${id === undefined ? '' : `/${pathSegment('target_field_id', id)}`}`

  const client: VaultClient = {
    baseUrl,
    appId,
    consumerId,

    async listConnections(filters = {}, { signal, onRecordSkipped } = {}) {
      const query = new URLSearchParams()
      if (filters.api !== undefined) {
        query.set('api', filters.api)
      }
      if (filters.configured !== undefined) {
        query.set('configured', String(filters.configured))
      }
      const search = query.toString() === '' ? '' : `?${query.toString()}`
      const { status, body } = await send('GET', `/vault/connections${search}`, {
        signal,
        needsConsumer: false,
      })
      return parseConnectionList(body, status, onRecordSkipped)
    },

    async getConnection(ref, { signal } = {}) {
      const { status, body } = await send('GET', connectionPath(ref), { signal })
      return parseConnectionResponse(body, status)
    },

    async addConnection(ref, body, { signal } = {}) {
      const response = await send('POST', connectionPath(ref), {
        body: writableConnectionBody(body),
        signal,
      })
      return parseConnectionResponse(response.body, response.status)
    },

    async updateConnection(ref, body, { signal } = {}) {
      const response = await send('PATCH', connectionPath(ref), {
        body: writableConnectionBody(body),
        signal,
      })
      return parseConnectionResponse(response.body, response.status)
    },

    async deleteConnection(ref, { signal } = {}) {
      await send('DELETE', connectionPath(ref), { signal, expectBody: false })
    },

    async importConnection(ref, body, { signal } = {}) {
      const response = await send('POST', connectionPath(ref, '/import'), {
        body: writableImportBody(body),
        signal,
      })
      return parseConnectionResponse(response.body, response.status)
    },

    async requestToken(ref, { signal } = {}) {
      const { status, body } = await send('POST', connectionPath(ref, '/token'), {
        body: {},
        signal,
      })
      return parseConnectionResponse(body, status)
    },

    async confirmConnection(ref, confirmToken, { signal } = {}) {
      const { status, body } = await send('POST', connectionPath(ref, '/confirm'), {
        body: { confirm_token: confirmToken },
        signal,
      })
      return parseConfirmResponse(body, status)
    },

    async validateConnection(ref, { signal } = {}) {
      const { status, body } = await send('POST', connectionPath(ref, '/validate'), {
        body: {},
        signal,
      })
      return parseValidateResponse(body, status)
    },

    async getResourceSettings(ref, resource, { signal } = {}) {
      const { status, body } = await send('GET', resourcePath(ref, resource), { signal })
      return parseResourceSettingsResponse(body, status, resource)
    },

    async updateResourceSettings(ref, resource, body, { signal } = {}) {
      const response = await send('PATCH', resourcePath(ref, resource), {
        body: { configuration: writableConfiguration(body.configuration) },
        signal,
      })
      return parseOptionalConnectionResponse(response.body, response.status)
    },

    async listConsents(ref, { signal } = {}) {
      const { status, body } = await send('GET', connectionPath(ref, '/consent'), { signal })
      return parseConsentList(body, status)
    },

    async updateConsent(ref, { granted, resources }, { signal } = {}) {
      // The spec requires `resources`: a grant is of what the connection asks for.
      const scopes =
        resources ??
        (granted
          ? ((await client.getConnection(ref, { signal })).application_data_scopes?.resources ??
            '*')
          : '*')
      const response = await send('PATCH', connectionPath(ref, '/consent'), {
        body: { granted, resources: scopes },
        signal,
      })
      return parseConsentResponse(response.body, response.status)
    },

    async getResourceSchema(ref, resource, { signal } = {}) {
      const { status, body } = await send('GET', resourcePath(ref, resource, 'schema'), { signal })
      return parseResourceSchemaResponse(body, status)
    },

    async getResourceExample(ref, resource, { signal } = {}) {
      const { status, body } = await send('GET', resourcePath(ref, resource, 'example'), {
        signal,
      })
      return parseResourceExampleResponse(body, status)
    },

    async listCustomFields(ref, resource, { signal } = {}) {
      const { status, body } = await send('GET', resourcePath(ref, resource, 'custom-fields'), {
        signal,
      })
      return parseCustomFieldList(body, status)
    },

    async listCustomMappings(ref, resource, { signal } = {}) {
      const path =
        resource === undefined ? mappingPath(ref) : resourcePath(ref, resource, 'custom-mappings')
      const { status, body } = await send('GET', path, { signal })
      return parseCustomMappingList(body, status)
    },

    async getCustomMapping(ref, id, { signal } = {}) {
      const { status, body } = await send('GET', mappingPath(ref, id), { signal })
      return parseCustomMappingResponse(body, status)
    },

    async createCustomMapping(ref, id, { value }, { signal } = {}) {
      const response = await send('POST', mappingPath(ref, id), { body: { value }, signal })
      return parseCustomMappingResponse(response.body, response.status)
    },

    async updateCustomMapping(ref, id, { value }, { signal } = {}) {
      const response = await send('PATCH', mappingPath(ref, id), { body: { value }, signal })
      return parseCustomMappingResponse(response.body, response.status)
    },

    async deleteCustomMapping(ref, id, { signal } = {}) {
      await send('DELETE', mappingPath(ref, id), { signal, expectBody: false })
    },

    async listLogs({ filter = {}, cursor, limit } = {}, { signal } = {}) {
      const query = new URLSearchParams()
      for (const [name, value] of Object.entries(filter)) {
        for (const item of Array.isArray(value) ? value : [value]) {
          if (item !== undefined && item !== null) {
            query.append(`filter[${name}]`, String(item))
          }
        }
      }
      if (cursor !== undefined && cursor !== null) {
        query.set('cursor', cursor)
      }
      if (limit !== undefined) {
        query.set('limit', String(limit))
      }
      const search = query.toString() === '' ? '' : `?${query.toString()}`
      const { status, body } = await send('GET', `/vault/logs${search}`, { signal })
      return parseLogsPage(body, status)
    },

    authorizeUrl(connection, { redirectUri, nonce }) {
      return withQuery(connection.authorize_url, { redirect_uri: redirectUri, nonce })
    },

    revokeUrl(connection, { redirectUri }) {
      return withQuery(connection.revoke_url, { redirect_uri: redirectUri })
    },
  }
  return client
}
