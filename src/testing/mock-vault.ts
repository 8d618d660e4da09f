/**
 * An in-memory Apideck Vault with a Fetch-standard front: `handle(request)` answers the connection
 * endpoints like the real API (envelopes, 204 on DELETE, error bodies) and checks every incoming
 * request against the Vault OpenAPI spec first: a violation is recorded, passed to `onViolation`,
 * and answered with the error Vault sends. React-free and msw-free: serve it with MSW through
 * `integrations-kit/testing/msw` (the same `createMockVault` plus `handlers`), pass `vault.fetch` to
 * a client, or put `handle` behind any HTTP server.
 *
 * Mock-only conventions (not part of Vault's API):
 * - A settings value of exactly `'invalid'` (or an imported `access_token: 'invalid'`) stands for
 *   credentials the provider rejects: saving, validating or requesting a token yields `invalid`.
 * - The OAuth consent page issues confirm tokens `mock-confirm.<service_id>.<nonce>`
 *   ({@link mockConfirmToken}); `POST …/confirm` accepts each exactly once, for that connector only.
 * - `POST /vault/sessions` needs the mock's `apiKey` (never a session token) and issues session
 *   tokens the mock accepts from then on, for its one set of connections whatever the consumer id
 *   (./mock-vault-sessions.ts).
 * - `POST ${baseUrl}/__mock/revoke/{unified_api}/{service_id}` revokes the provider grant (what a
 *   provider's revoke page does), and `GET ${baseUrl}/vault/authorize?…` / `GET …/vault/revoke?…`
 *   (the default consent/revoke URLs) consent or revoke at once and redirect to `redirect_uri`.
 */
import type { Connection, ConnectionRef } from '../types'
import { escapeRegExp } from './escape-reg-exp'
import type { Fault, FaultMatch } from './fault-queue'
import { generateConnectors } from './generate-connectors'
import { createMockBackend, type OperationResult, type Respond } from './mock-backend'
import { createMockFetch } from './mock-fetch'
import {
  applyDefaults,
  applySettings,
  clearRecord,
  createRecord,
  deriveState,
  hasInvalidCredential,
  missingAuthorizationSettings,
  toConnectionView,
  toResourceSettingsView,
  touch,
  usesConsentWindow,
  type ConnectionRecord,
  type ViewContext,
} from './mock-connection'
import { createRandom } from './random'
import type { RecordedRequest } from './recorded-request'
import { createMockSessionStore } from './mock-vault-sessions'
import { createSessionToken, type MockSessionClaims } from './session-token'
import type { SpecViolationRule } from './contract-checker'
import { vaultContract } from './vault-contract'
import { defaultVaultSeed, type VaultSeed } from './vault-consent-seed'
import { createMockVaultConsent, type MockVaultConsent } from './mock-vault-consent'
import {
  createMockVaultMapping,
  mappingOperations,
  type MappingOperationId,
  type MockVaultMapping,
} from './mock-vault-mapping'
import { createMockVaultLogs } from './mock-vault-logs'
import { defaultFaultBody, vaultErrorBody, vaultErrors, type VaultErrorBody } from './vault-errors'

export interface MockVaultOptions {
  /**
   * The catalog. Default: `generateConnectors(24, 1)`. Served as given, hostile records included:
   * duplicates of a connector are all listed (requests address the first), ids and setting names
   * may be anything (`..`, `constructor`, `__proto__`).
   */
  connectors?: Connection[]
  /** Default `'mock-app-id'`. */
  appId?: string
  /** Default `'mock-consumer-id'`. */
  consumerId?: string
  /**
   * The application's API key, the only credential `POST /vault/sessions` accepts. Default
   * `'mock-api-key'`. When given, connection requests sent with an API key (not a session token)
   * need this one too; when absent they accept any API key, as before.
   */
  apiKey?: string
  /** Default `'https://unify.apideck.com'`. */
  baseUrl?: string
  /** Added to every response: a fixed delay or a `[min, max]` range in ms (seeded, reproducible). */
  latency?: number | [number, number]
  /** Seed for latency ranges and opaque values. Default 1. */
  seed?: number
  /** Where `authorize_url` points. Default `${baseUrl}/vault/authorize` (auto-consents). */
  consentUrl?: string
  /** Where `revoke_url` points. Default `${baseUrl}/vault/revoke` (revokes at once). */
  revokeUrl?: string
  /**
   * Consent states, data scopes, consent records and custom mappings added to connections, by
   * connection id. Default: ./vault-consent-seed.ts's `defaultVaultSeed`; `{}` for none.
   */
  vaultSeed?: VaultSeed
  /** Extra claims for the session token (e.g. `settings`, `theme`, `consumer_metadata`). */
  sessionClaims?: Record<string, unknown>
  onViolation?: (violation: SpecViolation) => void
}

export type { Fault, FaultMatch } from './fault-queue'
export type { RecordedRequest } from './recorded-request'

export interface SpecViolation {
  rule: SpecViolationRule
  /** The first problem, human-readable. */
  message: string
  /** Every problem found for this rule. */
  messages: string[]
  method: string
  path: string
  /** The spec operation, when the path and method exist. */
  operationId: string | undefined
  /** What the mock answered. */
  status: number
  response: VaultErrorBody
}

export interface MockVault {
  /**
   * Answers one request the way Vault (and its consent/revoke pages) would, or `undefined` when the
   * URL is not one the mock serves. A `fault` of `'network'` answers `Response.error()`.
   */
  handle(request: Request): Promise<Response | undefined>
  /**
   * A `fetch` served by this mock alone, for `createVaultClient({ fetch: vault.fetch, … })` without
   * MSW. Rejects with a TypeError, as `fetch` does, for a network fault and for a URL the mock does
   * not serve; an aborted signal rejects with its reason.
   */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>
  readonly baseUrl: string
  readonly appId: string
  readonly consumerId: string
  /** The API key `POST /vault/sessions` accepts (the `apiKey` option, default `'mock-api-key'`). */
  readonly apiKey: string
  /** The session JWT (unsigned) with `application_id`, `consumer_id`, `iat`, `exp` claims. */
  readonly token: string
  /** Every request to `/vault/connections…`, `/vault/custom-mappings…`, `/vault/logs` and `/vault/sessions`, oldest first. */
  readonly requests: readonly RecordedRequest[]
  readonly violations: readonly SpecViolation[]
  /** A snapshot of every connection as `GET /vault/connections` returns it. */
  connections(): Connection[]
  connection(ref: ConnectionRef | string): Connection | undefined
  /** Makes the next matching request(s) fail with `fault`. */
  fail(match: FaultMatch, fault: Fault): void
  /** What a provider's revoke page does: the connection goes back to `added`, health `revoked`. */
  revoke(ref: ConnectionRef | string): Connection
  /** What a completed OAuth consent does: credentials obtained (state authorized or callable). */
  authorize(ref: ConnectionRef | string): Connection
  /** Back to the initial catalog; requests, violations, faults and used confirm tokens cleared. */
  reset(): void
}

/** The confirm token the mock consent page issues for `serviceId` (any nonce). */
export function mockConfirmToken(serviceId: string, nonce: string): string {
  return `mock-confirm.${serviceId}.${nonce}`
}

function ok(data: unknown, status = 200): { status: number; body: unknown } {
  return { status, body: { status_code: status, status: 'OK', data } }
}

function base64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) {
    binary += String.fromCharCode(byte)
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function createMockVault(options: MockVaultOptions = {}): MockVault {
  const baseUrl = (options.baseUrl ?? 'https://unify.apideck.com').replace(/\/+$/, '')
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '')
  const appId = options.appId ?? 'mock-app-id'
  const consumerId = options.consumerId ?? 'mock-consumer-id'
  const consentUrl = options.consentUrl ?? `${baseUrl}/vault/authorize`
  const revokeUrl = options.revokeUrl ?? `${baseUrl}/vault/revoke`
  const seed = options.seed ?? 1
  const fixtures = structuredClone(options.connectors ?? generateConnectors(24, 1))
  const issuedAt = Math.floor(Date.now() / 1000)
  const claims: MockSessionClaims = {
    ...options.sessionClaims,
    application_id: appId,
    consumer_id: consumerId,
    iat: issuedAt,
    exp: issuedAt + 3600,
  }
  const token = createSessionToken(claims)
  const apiKey = options.apiKey ?? 'mock-api-key'
  const sessions = createMockSessionStore({
    appId,
    apiKey,
    dataScopes: isRecord(claims.data_scopes)
      ? { enabled: claims.data_scopes.enabled === true }
      : { enabled: false },
    now: () => Date.now(),
  })

  let usedConfirmTokens = new Set<string>()
  let random = createRandom(seed)
  // Every fixture is served, in order, duplicates included (a hostile backend may list a connector
  // twice); requests address the first record of a connector, as the client's parser keeps it.
  let records: ConnectionRecord[] = []
  let byRef = new Map<string, ConnectionRecord>()
  let byId = new Map<string, ConnectionRecord>()
  const vaultSeed = options.vaultSeed ?? defaultVaultSeed
  let consent: MockVaultConsent = createMockVaultConsent(vaultSeed)
  let mapping: MockVaultMapping = createMockVaultMapping(vaultSeed, consumerId)
  const logs = createMockVaultLogs(consumerId)
  const refKey = (unifiedApi: string, serviceId: string) => JSON.stringify([unifiedApi, serviceId])

  const load = () => {
    consent = createMockVaultConsent(vaultSeed)
    mapping = createMockVaultMapping(vaultSeed, consumerId)
    records = structuredClone(fixtures).map(createRecord)
    byRef = new Map()
    byId = new Map()
    for (const record of records) {
      const { unified_api, service_id, id } = record.fixture
      const key = refKey(unified_api, service_id)
      if (!byRef.has(key)) {
        byRef.set(key, record)
      }
      if (!byId.has(id)) {
        byId.set(id, record)
      }
    }
  }
  load()

  const opaqueState = (record: ConnectionRecord) =>
    base64Url(
      JSON.stringify({
        application_id: appId,
        consumer_id: consumerId,
        unified_api: record.fixture.unified_api,
        service_id: record.fixture.service_id,
      }),
    )

  const windowUrl = (target: string, record: ConnectionRecord) => {
    const url = new URL(target)
    url.searchParams.set('service_id', record.fixture.service_id)
    url.searchParams.set('unified_api', record.fixture.unified_api)
    url.searchParams.set('application_id', appId)
    url.searchParams.set('state', opaqueState(record))
    return url.toString()
  }

  const viewContext: ViewContext = {
    authorizeUrl: (record) => (usesConsentWindow(record) ? windowUrl(consentUrl, record) : null),
    revokeUrl: (record) => (usesConsentWindow(record) ? windowUrl(revokeUrl, record) : null),
  }

  const findRecord = (unifiedApi: string, serviceId: string) =>
    byRef.get(refKey(unifiedApi, serviceId))

  const recordFor = (ref: ConnectionRef | string) => {
    if (typeof ref === 'string') {
      return byId.get(ref)
    }
    return findRecord(ref.unifiedApi, ref.serviceId)
  }

  const view = (record: ConnectionRecord): Connection => {
    const connection = toConnectionView(record, viewContext)
    const custom_mappings = mapping.view(record.fixture.id)
    return {
      ...connection,
      ...consent.view(record.fixture.id),
      ...(custom_mappings === undefined ? {} : { custom_mappings }),
    }
  }

  const respond: Respond = (status, body, headers) => {
    if (status === 204 || status === 304 || body === undefined) {
      return new Response(null, { status, headers })
    }
    return Response.json(body, { status, headers })
  }

  const authorizeToken =
    (headers: Record<string, string>, path: string) =>
    (bearer: string): string | undefined => {
      if (path === '/vault/sessions') {
        return sessions.authorizeCreate(headers, bearer)
      }
      const jwtMode = headers['x-apideck-auth-type']?.toUpperCase() === 'JWT'
      const looksLikeJwt = bearer.split('.').length === 3
      if (!jwtMode) {
        if (looksLikeJwt) {
          return 'Invalid API key (a session token needs the header x-apideck-auth-type: JWT)'
        }
        return options.apiKey !== undefined && bearer !== apiKey ? 'Invalid API key' : undefined
      }
      const session = bearer === token ? claims : sessions.claimsOf(bearer)
      if (session === undefined) {
        return 'Invalid Authorization Token'
      }
      if (headers['x-apideck-app-id'] !== session.application_id) {
        return 'x-apideck-app-id does not match the session'
      }
      const consumer = headers['x-apideck-consumer-id']
      if (consumer !== undefined && consumer !== session.consumer_id) {
        return 'x-apideck-consumer-id does not match the session'
      }
      return undefined
    }

  const now = () => Date.now()

  const notFound = (unifiedApi: string, serviceId: string) => ({
    status: 404,
    body: vaultErrors.notFound('Unknown Connection', {
      not_found: { entity: 'connection', id: `${unifiedApi}+${serviceId}` },
    }),
  })
  const invalidState = (detail: string) => ({ status: 422, body: vaultErrors.invalidState(detail) })
  const badRequest = (detail: string) => ({
    status: 400,
    body: vaultErrors.requestValidation(detail),
  })

  /** The operation handlers, run only for requests that passed the spec check. */
  const operate = (
    operationId: string,
    params: Record<string, string>,
    query: URLSearchParams,
    body: unknown,
    headers: Record<string, string>,
  ): OperationResult => {
    if (operationId === 'sessionsCreate') {
      return sessions.create(headers, body)
    }
    const unifiedApi = params.unified_api ?? ''
    const serviceId = params.service_id ?? ''
    if (operationId === 'connectionsAll') {
      const api = query.get('api')
      const configured = query.get('configured')
      const list = records
        .filter((record) => api === null || record.fixture.unified_api === api)
        .filter((record) => {
          if (configured === null) {
            return true
          }
          const isConfigured = (record.fixture.integration_state ?? 'configured') === 'configured'
          return configured === 'true' ? isConfigured : !isConfigured
        })
        .map(view)
      return ok(list)
    }
    if (operationId === 'logsAll') {
      return logs.operate(query)
    }
    const record = findRecord(unifiedApi, serviceId)
    if (!record) {
      return notFound(unifiedApi, serviceId)
    }
    const input = isRecord(body) ? body : {}
    const integrationState = record.fixture.integration_state ?? 'configured'

    switch (operationId) {
      case 'connectionsOne':
        return ok(view(record))

      case 'connectionsAdd': {
        touch(record, now())
        record.added = true
        record.enabled = typeof input.enabled === 'boolean' ? input.enabled : true
        record.credentials = true
        record.revoked = false
        if ('settings' in input) {
          applySettings(record, isRecord(input.settings) ? input.settings : null)
        }
        if ('metadata' in input) {
          record.metadata = isRecord(input.metadata) ? input.metadata : null
        }
        if (Array.isArray(input.configuration)) {
          const problems = applyDefaults(
            record,
            input.configuration as Array<Record<string, unknown>>,
          )
          if (problems.length > 0) {
            return badRequest(problems.join('; '))
          }
        }
        return ok(view(record))
      }

      case 'connectionsUpdate': {
        if (Array.isArray(input.configuration)) {
          const problems = applyDefaults(
            record,
            input.configuration as Array<Record<string, unknown>>,
          )
          if (problems.length > 0) {
            return badRequest(problems.join('; '))
          }
        }
        touch(record, now())
        if (input.enabled === false) {
          record.enabled = false
        } else if (input.enabled === true) {
          // PATCH enabled:true on an available connector adds it: how Vault UIs "add" one.
          record.enabled = true
          record.added = true
        } else if (!record.added && ('settings' in input || 'metadata' in input)) {
          record.enabled = true
          record.added = true
        }
        if ('settings' in input) {
          applySettings(record, isRecord(input.settings) ? input.settings : null)
        }
        if ('metadata' in input) {
          record.metadata = isRecord(input.metadata) ? input.metadata : null
        }
        return ok(view(record))
      }

      case 'connectionsDelete':
        if (!record.added) {
          return notFound(unifiedApi, serviceId)
        }
        touch(record, now())
        clearRecord(record)
        return { status: 204 }

      case 'connectionsImport': {
        const credentials = isRecord(input.credentials) ? input.credentials : {}
        touch(record, now())
        record.added = true
        record.enabled = true
        record.credentials = true
        record.revoked = false
        if ('settings' in input) {
          applySettings(record, isRecord(input.settings) ? input.settings : null)
        } else {
          record.invalid = hasInvalidCredential(record.settings)
        }
        if ('metadata' in input) {
          record.metadata = isRecord(input.metadata) ? input.metadata : null
        }
        if (credentials.access_token === 'invalid') {
          record.invalid = true
        }
        return ok(view(record))
      }

      case 'connectionsToken': {
        const grant = record.fixture.oauth_grant_type
        if (grant !== 'client_credentials' && grant !== 'password') {
          return invalidState(
            `${record.fixture.name} does not use the client_credentials or password grant`,
          )
        }
        if (integrationState !== 'configured') {
          return invalidState(`The ${record.fixture.name} integration needs configuration`)
        }
        if (!record.added) {
          return invalidState('Connection has not been added')
        }
        const missing = missingAuthorizationSettings(record)
        if (missing.length > 0) {
          return invalidState(`Missing settings required for authorization: ${missing.join(', ')}`)
        }
        touch(record, now())
        record.invalid = hasInvalidCredential(record.settings)
        record.credentials = !record.invalid
        record.revoked = false
        return ok(view(record))
      }

      case 'validateConnectionState': {
        if (!record.added) {
          return invalidState('Connection has not been added')
        }
        touch(record, now())
        record.invalid = hasInvalidCredential(record.settings)
        return ok({ id: record.fixture.id, state: deriveState(record) })
      }

      case 'connectionsConfirm': {
        const confirmToken = typeof input.confirm_token === 'string' ? input.confirm_token : ''
        const parsed = /^mock-confirm\.([^.]+)\.(.+)$/.exec(confirmToken)
        if (!parsed) {
          return badRequest('Invalid confirm_token')
        }
        if (!usesConsentWindow(record)) {
          return invalidState(`${record.fixture.name} is not authorized through OAuth consent`)
        }
        if (parsed[1] !== serviceId || usedConfirmTokens.has(confirmToken)) {
          return invalidState('Confirm token is invalid, expired or already used')
        }
        if (integrationState !== 'configured') {
          return invalidState(`The ${record.fixture.name} integration needs configuration`)
        }
        usedConfirmTokens.add(confirmToken)
        touch(record, now())
        record.added = true
        record.enabled = true
        record.credentials = true
        record.invalid = false
        record.revoked = false
        return ok({ confirmed: true })
      }

      case 'createCallbackState':
        return ok({ state: opaqueState(record) })

      case 'connectionSettingsAll':
      case 'connectionSettingsUpdate': {
        const resource = params.resource ?? ''
        if (!record.resources.has(resource)) {
          return {
            status: 404,
            body: vaultErrors.notFound('Unknown Resource', {
              not_found: { entity: 'resource', id: resource },
            }),
          }
        }
        if (!record.added || !record.credentials || record.invalid) {
          return invalidState('Connection must be authorized to configure resources')
        }
        if (operationId === 'connectionSettingsAll') {
          return ok(toResourceSettingsView(record, resource, viewContext))
        }
        if (!Array.isArray(input.configuration)) {
          return badRequest('Missing property configuration')
        }
        const configuration = input.configuration as Array<Record<string, unknown>>
        const foreign = configuration.find((entry) => entry.resource !== resource)
        if (foreign) {
          return badRequest(`configuration[].resource must be ${resource}`)
        }
        const problems = applyDefaults(record, configuration)
        if (problems.length > 0) {
          return badRequest(problems.join('; '))
        }
        touch(record, now())
        return ok(view(record))
      }

      case 'connectionConsentsAll':
      case 'connectionConsentUpdate':
        return consent.operate(operationId, record.fixture.id, input, now())

      default:
        if (mappingOperations.has(operationId)) {
          return mapping.operate(operationId as MappingOperationId, {
            connectionId: record.fixture.id,
            added: record.added,
            unifiedApi,
            serviceId,
            resource: params.resource ?? '',
            targetFieldId: params.target_field_id ?? '',
            body: input,
          })
        }
        // Migrate exists in the spec but is not simulated; say so plainly instead of inventing data.
        return {
          status: 501,
          body: vaultErrorBody(
            501,
            'NotImplementedError',
            'Not Implemented',
            `${operationId} is not simulated by the mock Vault`,
          ),
        }
    }
  }

  const backend = createMockBackend<VaultErrorBody>({
    basePath,
    contract: vaultContract,
    checkOptions: (headers, path) => ({ authorize: authorizeToken(headers, path) }),
    latency: options.latency,
    random: () => random,
    onViolation: options.onViolation,
    respond,
    // Cut off mid-document, as a proxy timing out does: JSON.parse must fail on it.
    malformed: {
      text: '{"status_code":200,"status":"OK","data":[{"id":"crm+',
      contentType: 'application/json',
    },
    faultBody: defaultFaultBody,
    operate,
  })

  /** The default consent page: consents at once and redirects like Vault's callback does. */
  const handleConsent = ({ request }: { request: Request }): Response => {
    const url = new URL(request.url)
    const serviceId = url.searchParams.get('service_id') ?? ''
    const redirectUri = url.searchParams.get('redirect_uri')
    const nonce = url.searchParams.get('nonce') ?? 'no-nonce'
    if (!redirectUri) {
      return respond(400, vaultErrors.requestValidation('Missing query parameter redirect_uri'))
    }
    const target = new URL(redirectUri)
    target.hash = new URLSearchParams({
      nonce,
      confirm_token: mockConfirmToken(serviceId, nonce),
      service_id: serviceId,
    }).toString()
    return new Response(null, { status: 302, headers: { location: target.toString() } })
  }

  const revokeRecord = (record: ConnectionRecord) => {
    touch(record, now())
    record.credentials = false
    record.revoked = true
    return view(record)
  }

  /** The default revoke page: revokes and redirects back. */
  const handleRevokePage = ({ request }: { request: Request }): Response => {
    const url = new URL(request.url)
    const record = findRecord(
      url.searchParams.get('unified_api') ?? '',
      url.searchParams.get('service_id') ?? '',
    )
    const redirectUri = url.searchParams.get('redirect_uri')
    if (!record || !redirectUri) {
      return respond(
        400,
        vaultErrors.requestValidation('Missing or unknown service_id/redirect_uri'),
      )
    }
    revokeRecord(record)
    return new Response(null, { status: 302, headers: { location: redirectUri } })
  }

  const handleMockRevoke = (unifiedApi: string, serviceId: string): Response => {
    const record = findRecord(unifiedApi, serviceId)
    if (!record) {
      const result = notFound(unifiedApi, serviceId)
      return respond(result.status, result.body)
    }
    const result = ok(revokeRecord(record))
    return respond(result.status, result.body)
  }

  const escapedBaseUrl = escapeRegExp(baseUrl)
  const apiPattern = new RegExp(
    `^${escapedBaseUrl}/vault/(?:connections(?:/.*)?|custom-mappings/.+|logs|sessions)$`,
  )
  const mockRevokePattern = new RegExp(`^${escapedBaseUrl}/__mock/revoke/([^/]+)/([^/]+)$`)

  /** The routes, matched on the URL without query and hash (as MSW matches them). */
  const handle = async (request: Request): Promise<Response | undefined> => {
    const url = new URL(request.url)
    const address = `${url.origin}${url.pathname}`
    const method = request.method.toUpperCase()
    if (apiPattern.test(address)) {
      return backend.handleApi(request)
    }
    const revoke = method === 'POST' ? mockRevokePattern.exec(address) : null
    if (revoke) {
      return handleMockRevoke(
        decodeURIComponent(revoke[1] ?? ''),
        decodeURIComponent(revoke[2] ?? ''),
      )
    }
    if (method === 'GET' && address === `${baseUrl}/vault/authorize`) {
      return handleConsent({ request })
    }
    if (method === 'GET' && address === `${baseUrl}/vault/revoke`) {
      return handleRevokePage({ request })
    }
    return undefined
  }

  const required = (ref: ConnectionRef | string): ConnectionRecord => {
    const record = recordFor(ref)
    if (!record) {
      throw new Error(`mock Vault: unknown connection ${JSON.stringify(ref)}`)
    }
    return record
  }

  return {
    handle,
    fetch: createMockFetch('mock Vault', handle),
    baseUrl,
    appId,
    consumerId,
    apiKey,
    token,
    requests: backend.requests,
    violations: backend.violations,
    connections: () => records.map(view),
    connection: (ref) => {
      const record = recordFor(ref)
      return record ? view(record) : undefined
    },
    fail: backend.fail,
    revoke: (ref) => revokeRecord(required(ref)),
    authorize: (ref) => {
      const record = required(ref)
      touch(record, now())
      record.added = true
      record.enabled = true
      record.credentials = true
      record.invalid = false
      record.revoked = false
      return view(record)
    },
    reset: () => {
      load()
      backend.reset()
      sessions.reset()
      usedConfirmTokens = new Set()
      random = createRandom(seed)
    },
  }
}
