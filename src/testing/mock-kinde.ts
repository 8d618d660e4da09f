/**
 * An in-memory Kinde Management API (connections only) with a Fetch-standard front, following the
 * createMockVault pattern: `handle(request)` answers like Kinde and checks every request against
 * Kinde's contract first (src/testing/kinde-contract.ts); a violation is recorded, passed to
 * `onViolation`, and answered with the error Kinde sends.
 *
 * Two auth modes. `'bearer'` (default) is Kinde itself: every API call needs a bearer token the
 * mock's token endpoint (`POST {baseUrl}/oauth2/token`, client_credentials) issued; this is what
 * createKindeProxy talks to. `'proxy'` stands in for the host's proxy at `baseUrl`, where the
 * browser sends no credential: the adapter in a story or component test talks to it directly.
 *
 * Behaviours a real tenant would have to confirm, pinned here (README, "Kinde: assumptions"):
 * - PATCH merges `options` key by key (a key sent replaces that key; others are kept); PUT replaces
 *   them all.
 * - A home realm domain is a host name, with or without a leading `@` (`@acme.com`, `acme.com`);
 *   `?home_realm_domain=` matches either spelling.
 * - List items are the spec's `{code, message, connection}` envelope unless `listItems: 'flat'`.
 */
import { kindeBuiltInConnections, generateKindeConnections } from './generate-kinde-connections'
import type { KindeConnectionFixture } from './generate-kinde-connections'
import { kindeContract, kindeErrors, type KindeErrorBody } from './kinde-contract'
import type { SpecViolationRule } from './contract-checker'
import { escapeRegExp } from './escape-reg-exp'
import type { Fault, FaultMatch } from './fault-queue'
import { createMockBackend, type OperationResult, type Respond } from './mock-backend'
import { createMockFetch } from './mock-fetch'
import { createRandom } from './random'
import type { RecordedRequest } from './recorded-request'

export interface MockKindeOptions {
  /** Default: 12 records, the three built-in methods and `generateKindeConnections(9, seed)`. */
  connections?: KindeConnectionFixture[]
  /** Default `'https://mock.kinde.com'` (a Kinde domain; the API is under `/api/v1`). */
  baseUrl?: string
  /** `'bearer'` (default): Kinde, which needs an M2M token. `'proxy'`: the host's proxy, no token. */
  auth?: 'bearer' | 'proxy'
  /** List items as the spec's envelope (default) or flat `{id, name, display_name, strategy}`. */
  listItems?: 'envelope' | 'flat'
  /** The M2M application the token endpoint accepts. Default `'mock-m2m-client'`. */
  clientId?: string
  /** Default `'mock-m2m-secret'`. */
  clientSecret?: string
  /** Lifetime of issued tokens in seconds (`expires_in`). Default 86 400. */
  tokenLifetime?: number
  /** Added to every response: a fixed delay or a `[min, max]` range in ms (seeded). */
  latency?: number | [number, number]
  /** Seed for generated fixtures, ids and latency. Default 1. */
  seed?: number
  onViolation?: (violation: KindeSpecViolation) => void
}

export interface KindeSpecViolation {
  rule: SpecViolationRule
  message: string
  messages: string[]
  method: string
  path: string
  operationId: string | undefined
  status: number
  response: KindeErrorBody
}

export interface MockKinde {
  /** Answers one request as Kinde would, or `undefined` for a URL the mock does not serve. */
  handle(request: Request): Promise<Response | undefined>
  /** A `fetch` served by this mock alone (rejects with a TypeError for a network fault). */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>
  readonly baseUrl: string
  readonly auth: 'bearer' | 'proxy'
  /** The M2M credentials the token endpoint accepts. */
  readonly clientId: string
  readonly clientSecret: string
  /** A token the API accepts (bearer mode), as if from the token endpoint. */
  readonly token: string
  /** Every request to `/api/v1/connections…`, oldest first. */
  readonly requests: readonly RecordedRequest[]
  /** Every request to the token endpoint, oldest first (its body is not kept: it holds the secret). */
  readonly tokenRequests: readonly { grantType: string | null; audience: string | null }[]
  readonly violations: readonly KindeSpecViolation[]
  /** Every stored connection, options included (what Kinde keeps but never returns). */
  connections(): KindeConnectionFixture[]
  connection(id: string): KindeConnectionFixture | undefined
  /** Makes the next matching request(s) fail with `fault`. */
  fail(match: FaultMatch, fault: Fault): void
  /** Invalidates every issued token: the next API call with one answers 401. */
  revokeTokens(): void
  /** Back to the initial connections; requests, violations, faults and tokens cleared. */
  reset(): void
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const DOMAIN = /^@?(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i

const summary = ({ id, name, display_name, strategy }: KindeConnectionFixture) => ({
  id,
  name,
  display_name,
  strategy,
})

const success = { code: 'OK', message: 'Success' }

export function createMockKinde(options: MockKindeOptions = {}): MockKinde {
  const baseUrl = (options.baseUrl ?? 'https://mock.kinde.com').replace(/\/+$/, '')
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '')
  const auth = options.auth ?? 'bearer'
  const clientId = options.clientId ?? 'mock-m2m-client'
  const clientSecret = options.clientSecret ?? 'mock-m2m-secret'
  const tokenLifetime = options.tokenLifetime ?? 86_400
  const seed = options.seed ?? 1
  const fixtures = structuredClone(
    options.connections ?? [...kindeBuiltInConnections(), ...generateKindeConnections(9, seed)],
  )

  const tokenRequests: { grantType: string | null; audience: string | null }[] = []
  let records: KindeConnectionFixture[] = []
  let random = createRandom(seed + 0.5)
  let tokenCount = 0
  let tokens = new Set<string>()

  const issueToken = () => {
    tokenCount += 1
    const token = `mock-kinde-m2m-token-${tokenCount}`
    tokens.add(token)
    return token
  }
  const load = () => {
    records = structuredClone(fixtures)
    // Another stream than the fixtures' generator, so new ids do not replay theirs.
    random = createRandom(seed + 0.5)
    tokens = new Set()
  }
  load()
  let defaultToken = issueToken()

  // Never an id the store holds (the fixtures come from the same seed's generator).
  const newId = (): string => {
    let hex = ''
    for (let index = 0; index < 32; index++) {
      hex += Math.floor(random.next() * 16).toString(16)
    }
    const id = `conn_${hex}`
    return records.some((record) => record.id === id) ? newId() : id
  }

  const respond: Respond = (status, body, headers) =>
    body === undefined
      ? new Response(null, { status, headers })
      : Response.json(body, { status, headers })

  const notFound = () => ({
    status: 404,
    body: kindeErrors.notFound('CONNECTION_NOT_FOUND', 'Connection not found'),
  })
  const badRequest = (code: string, message: string, field?: string) => ({
    status: 400,
    body: kindeErrors.list(code, message, field),
  })

  /** Kinde's own checks beyond the schema: domain format, required create fields. */
  const checkValues = (
    input: Record<string, unknown>,
    creating: boolean,
  ): { status: number; body: unknown } | undefined => {
    if (creating) {
      for (const field of ['name', 'display_name', 'strategy']) {
        if (typeof input[field] !== 'string' || (input[field] as string).trim() === '') {
          return badRequest('MISSING_FIELD', `${field} is required`, field)
        }
      }
    }
    const opts = isRecord(input.options) ? input.options : {}
    const domains = opts.home_realm_domains
    if (Array.isArray(domains)) {
      const bad = domains.find((domain) => typeof domain !== 'string' || !DOMAIN.test(domain))
      if (bad !== undefined) {
        return badRequest(
          'INVALID_HOME_REALM_DOMAIN',
          `"${String(bad)}" is not a domain`,
          'home_realm_domains',
        )
      }
    }
    if (
      creating &&
      String(input.strategy).startsWith('saml:') &&
      opts.saml_idp_metadata_url === undefined &&
      opts.saml_idp_metadata_xml === undefined
    ) {
      return badRequest(
        'MISSING_FIELD',
        'saml_idp_metadata_url or saml_idp_metadata_xml is required',
        'saml_idp_metadata_url',
      )
    }
    return undefined
  }

  const listItem = (record: KindeConnectionFixture) =>
    options.listItems === 'flat' ? summary(record) : { ...success, connection: summary(record) }

  const operate = (
    operationId: string,
    params: Record<string, string>,
    query: URLSearchParams,
    body: unknown,
  ): OperationResult => {
    const input = isRecord(body) ? body : {}
    if (operationId === 'GetConnections') {
      const size = Number(query.get('page_size') ?? 10)
      const domain = query.get('home_realm_domain')
      const bare = domain?.replace(/^@/, '').toLowerCase()
      const list =
        bare === undefined
          ? records
          : records.filter((record) => {
              const domains = record.options?.home_realm_domains
              return (
                Array.isArray(domains) &&
                domains.some((entry) => String(entry).replace(/^@/, '').toLowerCase() === bare)
              )
            })
      const after = query.get('starting_after')
      const before = query.get('ending_before')
      let start = 0
      let end: number
      if (after !== null) {
        const index = list.findIndex((record) => record.id === after)
        if (index < 0) {
          return badRequest('INVALID_CURSOR', `No connection ${after}`, 'starting_after')
        }
        start = index + 1
        end = Math.min(list.length, start + size)
      } else if (before !== null) {
        const index = list.findIndex((record) => record.id === before)
        if (index < 0) {
          return badRequest('INVALID_CURSOR', `No connection ${before}`, 'ending_before')
        }
        end = index
        start = Math.max(0, end - size)
      } else {
        end = Math.min(list.length, size)
      }
      const page = list.slice(start, end)
      const hasMore = before !== null ? start > 0 : end < list.length
      return {
        status: 200,
        body: { ...success, connections: page.map(listItem), has_more: hasMore },
      }
    }
    if (operationId === 'CreateConnection') {
      const problem = checkValues(input, true)
      if (problem) {
        return problem
      }
      const record: KindeConnectionFixture = {
        id: newId(),
        name: String(input.name),
        display_name: String(input.display_name),
        strategy: String(input.strategy),
        options: isRecord(input.options) ? structuredClone(input.options) : {},
      }
      if (Array.isArray(input.enabled_applications)) {
        record.enabled_applications = input.enabled_applications.map(String)
      }
      if (typeof input.organization_code === 'string') {
        record.organization_code = input.organization_code
      }
      records.push(record)
      return {
        status: 201,
        body: {
          code: 'CONNECTION_CREATED',
          message: 'Connection successfully created',
          connection: { id: record.id },
        },
      }
    }
    const record = records.find((entry) => entry.id === params.connection_id)
    if (!record) {
      return notFound()
    }
    switch (operationId) {
      case 'GetConnection':
        return { status: 200, body: { ...success, connection: summary(record) } }
      case 'UpdateConnection':
      case 'ReplaceConnection': {
        const problem = checkValues(input, false)
        if (problem) {
          return problem
        }
        const replace = operationId === 'ReplaceConnection'
        if (typeof input.name === 'string') {
          record.name = input.name
        }
        if (typeof input.display_name === 'string') {
          record.display_name = input.display_name
        }
        if (Array.isArray(input.enabled_applications)) {
          record.enabled_applications = input.enabled_applications.map(String)
        } else if (replace) {
          delete record.enabled_applications
        }
        const sent = isRecord(input.options) ? structuredClone(input.options) : {}
        record.options = replace ? sent : { ...record.options, ...sent }
        return { status: 200, body: success }
      }
      case 'deleteConnection':
        records = records.filter((entry) => entry !== record)
        return { status: 200, body: success }
      default:
        return {
          status: 501,
          body: kindeErrors.list('NOT_IMPLEMENTED', `${operationId} is not simulated`),
        }
    }
  }

  const backend = createMockBackend<KindeErrorBody>({
    basePath,
    contract: kindeContract,
    checkOptions: () => ({
      requireBearer: auth === 'bearer',
      authorize: (bearer) => (tokens.has(bearer) ? undefined : 'Invalid or expired access token'),
    }),
    // One rule the schema cannot state: the two cursors exclude each other.
    refineCheck: (check, url) => {
      if (
        !check.ok ||
        !url.searchParams.has('starting_after') ||
        !url.searchParams.has('ending_before')
      ) {
        return check
      }
      const message = 'Send starting_after or ending_before, not both'
      return {
        ok: false,
        operation: check.operation,
        rule: 'invalid-query-parameter',
        messages: [message],
        status: 400,
        response: kindeErrors.list('INVALID_REQUEST', message),
      }
    },
    latency: options.latency,
    random: () => random,
    onViolation: options.onViolation,
    respond,
    malformed: {
      text: '{"code":"OK","connections":[{"id":"conn_',
      contentType: 'application/json',
    },
    // A 429 from Kinde has no body; other faults get Kinde's error list unless one is given.
    faultBody: (status) =>
      status === 429 ? undefined : kindeErrors.list('FAULT', `HTTP ${status}`),
    operate,
  })

  const handleToken = async (request: Request): Promise<Response> => {
    const form = new URLSearchParams(await request.text())
    tokenRequests.push({ grantType: form.get('grant_type'), audience: form.get('audience') })
    const fault = backend.takeFault('POST', '/oauth2/token')
    if (fault) {
      return backend.respondWithFault(fault)
    }
    if (form.get('grant_type') !== 'client_credentials') {
      return respond(400, { error: 'unsupported_grant_type' })
    }
    if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
      return respond(401, { error: 'invalid_client' })
    }
    if (form.get('audience') !== `${baseUrl}/api`) {
      return respond(400, { error: 'invalid_request', error_description: 'Unknown audience' })
    }
    return respond(200, {
      access_token: issueToken(),
      token_type: 'bearer',
      expires_in: tokenLifetime,
      scope: 'read:connections create:connections update:connections delete:connections',
    })
  }

  const apiPattern = new RegExp(`^${escapeRegExp(baseUrl)}/api/v1/connections(?:/.*)?$`)

  const handle = async (request: Request): Promise<Response | undefined> => {
    const url = new URL(request.url)
    const address = `${url.origin}${url.pathname}`
    if (apiPattern.test(address)) {
      return backend.handleApi(request)
    }
    if (request.method.toUpperCase() === 'POST' && address === `${baseUrl}/oauth2/token`) {
      return handleToken(request)
    }
    return undefined
  }

  return {
    handle,
    fetch: createMockFetch('mock Kinde', handle),
    baseUrl,
    auth,
    clientId,
    clientSecret,
    get token() {
      return defaultToken
    },
    requests: backend.requests,
    tokenRequests,
    violations: backend.violations,
    connections: () => structuredClone(records),
    connection: (id) => {
      const record = records.find((entry) => entry.id === id)
      return record ? structuredClone(record) : undefined
    },
    fail: backend.fail,
    revokeTokens: () => {
      tokens = new Set()
      defaultToken = issueToken()
    },
    reset: () => {
      load()
      defaultToken = issueToken()
      backend.reset()
      tokenRequests.length = 0
    },
  }
}
