/**
 * An in-memory Authress account with a Fetch-standard front, following the createMockVault pattern:
 * `handle(request)` answers the six connection operations like Authress and checks every request
 * against the hand-written Authress contract first (./authress-contract.json): a violation is
 * recorded, passed to `onViolation`, and answered with Authress's error body. React-free and
 * msw-free: serve it with MSW through `integrations-kit/testing/msw`, pass `authress.fetch` to a
 * client, or use it as the upstream `fetch` of `createAuthressProxy`.
 *
 * What the mock pins where the public sources are silent (listed in the README as assumptions):
 * - GET (one or the list) never returns `clientSecret`, and a PUT without one keeps the stored one;
 * - a POST without `connectionId` gets one generated; a POST with a taken id answers 409;
 * - the list pages by `pagination.next.cursor` (`pageSize` per page, or `?limit=`), and also
 *   returns `links` whose hrefs are on another host (`linksOrigin`), so a client that follows them
 *   leaves the mock and fails loudly;
 * - `GET …/users/{userId}/credentials` answers the token seeded for that user, or 404.
 */
import type { AuthressConnection, AuthressErrorBody } from '../authress/types'
import { authressContract, authressErrorBody } from './authress-contract'
import type { SpecViolationRule } from './contract-checker'
import { escapeRegExp } from './escape-reg-exp'
import type { Fault, FaultMatch } from './fault-queue'
import { generateAuthressConnections } from './generate-authress-connections'
import { createMockBackend, type OperationResult, type Respond } from './mock-backend'
import { createMockFetch } from './mock-fetch'
import { createRandom } from './random'
import type { RecordedRequest } from './recorded-request'

export interface MockAuthressOptions {
  /**
   * The stored connections, client secrets included. Default: `generateAuthressConnections(12, 1)`
   * plus one built-in WebAuthN (passkeys) connection.
   */
  connections?: AuthressConnection[]
  /** Per-user credentials: `{ [connectionId]: { [userId]: accessToken } }`. */
  credentials?: Record<string, Record<string, string>>
  /** Default `'https://mock-account.api.authress.io'`. */
  baseUrl?: string
  /** The origin of the `links` hrefs. Default `'https://links.authress.invalid'`, never served. */
  linksOrigin?: string
  /** Connections per page. Default 10. */
  pageSize?: number
  /**
   * `'bearer'` (default): every request needs `Authorization: Bearer <token>`. `'proxy'`: the mock
   * stands behind the host's proxy and takes requests without one.
   */
  auth?: 'bearer' | 'proxy'
  /** The accepted bearer token (a service-client key's token). Default `'mock-authress-token'`. */
  token?: string
  /** Added to every response: a fixed delay or a `[min, max]` range in ms (seeded, reproducible). */
  latency?: number | [number, number]
  /** Seed for latency ranges and generated ids. Default 1. */
  seed?: number
  onViolation?: (violation: AuthressViolation) => void
}

export interface AuthressViolation {
  rule: SpecViolationRule
  /** The first problem, human-readable. */
  message: string
  messages: string[]
  method: string
  path: string
  operationId: string | undefined
  /** What the mock answered. */
  status: number
  response: AuthressErrorBody
}

export interface MockAuthress {
  /** Answers one request as Authress would, or `undefined` for a URL the mock does not serve. */
  handle(request: Request): Promise<Response | undefined>
  /** A `fetch` served by this mock alone; rejects like `fetch` for a network fault or an unserved URL. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>
  readonly baseUrl: string
  /** The bearer token the mock accepts. */
  readonly token: string
  /** Every request under `/v1`, oldest first. */
  readonly requests: readonly RecordedRequest[]
  readonly violations: readonly AuthressViolation[]
  /** A copy of every stored connection, client secrets included (what Authress holds). */
  connections(): AuthressConnection[]
  connection(connectionId: string): AuthressConnection | undefined
  /** Makes the next matching request(s) fail with `fault`. */
  fail(match: FaultMatch, fault: Fault): void
  /** Back to the initial connections and credentials; requests, violations and faults cleared. */
  reset(): void
}

const READ_ONLY = ['createdTime', 'lastUpdated', 'isActiveConnection']

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The default fixture: generated OAuth/SAML connections and one built-in sign-in method. */
function defaultConnections(seed: number): AuthressConnection[] {
  return [
    ...generateAuthressConnections(12, seed),
    {
      connectionId: 'passkeys',
      type: 'WebAuthN',
      data: { name: 'Passkeys' },
      createdTime: '2025-11-30T09:00:00.000Z',
    },
  ]
}

export function createMockAuthress(options: MockAuthressOptions = {}): MockAuthress {
  const baseUrl = (options.baseUrl ?? 'https://mock-account.api.authress.io').replace(/\/+$/, '')
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '')
  const linksOrigin = (options.linksOrigin ?? 'https://links.authress.invalid').replace(/\/+$/, '')
  const pageSize = options.pageSize ?? 10
  const token = options.token ?? 'mock-authress-token'
  const seed = options.seed ?? 1
  const fixtures = structuredClone(options.connections ?? defaultConnections(seed))
  const credentialFixtures = structuredClone(options.credentials ?? {})

  let random = createRandom(seed)
  let stored: AuthressConnection[] = []
  let credentials: Record<string, Record<string, string>> = {}

  const load = () => {
    stored = structuredClone(fixtures).map((connection, index) => ({
      ...connection,
      connectionId: connection.connectionId ?? `con_fixture_${index}`,
      createdTime: connection.createdTime ?? '2026-01-01T00:00:00.000Z',
      lastUpdated: connection.lastUpdated ?? connection.createdTime ?? '2026-01-01T00:00:00.000Z',
    }))
    credentials = structuredClone(credentialFixtures)
  }
  load()

  const find = (connectionId: string) =>
    stored.find((connection) => connection.connectionId === connectionId)

  /** What GET answers: everything but the client secret. */
  const view = (connection: AuthressConnection): AuthressConnection => {
    const { clientSecret: _secret, ...rest } = structuredClone(connection)
    return { ...rest, isActiveConnection: true }
  }

  const notFound = (what: string): OperationResult => ({
    status: 404,
    body: authressErrorBody('NotFound', `${what} does not exist.`),
  })

  const newId = () => {
    let id: string
    do {
      id = `con_${random.integer(0, 0xffffff).toString(16).padStart(6, '0')}`
    } while (find(id))
    return id
  }

  const list = (query: URLSearchParams): OperationResult => {
    const cursor = query.get('cursor')
    let offset = 0
    if (cursor !== null) {
      const match = /^page\.(\d+)$/.exec(cursor)
      if (!match) {
        return { status: 400, body: authressErrorBody('InvalidCursor', 'The cursor is not valid.') }
      }
      offset = Number(match[1])
    }
    const limit = query.has('limit') ? Number(query.get('limit')) : pageSize
    const page = stored.slice(offset, offset + limit)
    const nextOffset = offset + page.length
    const next = nextOffset < stored.length ? `page.${nextOffset}` : undefined
    const href = (search: string) => `${linksOrigin}/v1/connections${search}`
    return {
      status: 200,
      body: {
        connections: page.map(view),
        pagination: { next: next === undefined ? null : { cursor: next } },
        links: {
          self: { href: href(cursor === null ? '' : `?cursor=${cursor}`) },
          ...(next === undefined ? {} : { next: { href: href(`?cursor=${next}`) } }),
        },
      },
    }
  }

  const now = () => new Date().toISOString()

  const operate = (
    operationId: string,
    params: Record<string, string>,
    query: URLSearchParams,
    body: unknown,
  ): OperationResult => {
    // The checker has decoded the path parameters.
    const connectionId = params.connectionId ?? ''
    switch (operationId) {
      case 'getConnections':
        return list(query)
      case 'createConnection': {
        const input = structuredClone(body) as AuthressConnection
        const id = typeof input.connectionId === 'string' ? input.connectionId : newId()
        if (find(id)) {
          return {
            status: 409,
            body: authressErrorBody('ConnectionAlreadyExists', `A connection ${id} exists.`),
          }
        }
        const created: AuthressConnection = {
          ...input,
          type: input.type ?? 'OAUTH2',
          connectionId: id,
          createdTime: now(),
          lastUpdated: now(),
        }
        stored.push(created)
        return { status: 201, body: view(created) }
      }
      case 'getConnection': {
        const connection = find(connectionId)
        return connection ? { status: 200, body: view(connection) } : notFound(`The connection`)
      }
      case 'updateConnection': {
        const index = stored.findIndex((connection) => connection.connectionId === connectionId)
        const current = stored[index]
        if (!current) {
          return notFound('The connection')
        }
        const input = structuredClone(body) as AuthressConnection
        if (typeof input.connectionId === 'string' && input.connectionId !== connectionId) {
          return {
            status: 400,
            body: authressErrorBody('InvalidRequest', 'The connectionId cannot be changed.'),
          }
        }
        for (const key of READ_ONLY) {
          delete input[key]
        }
        const replaced: AuthressConnection = {
          ...input,
          type: input.type ?? 'OAUTH2',
          connectionId,
          createdTime: current.createdTime,
          lastUpdated: now(),
        }
        // GET never returns the secret, so a PUT without one keeps it.
        if (replaced.clientSecret === undefined && current.clientSecret !== undefined) {
          replaced.clientSecret = current.clientSecret
        }
        stored[index] = replaced
        return { status: 200, body: view(replaced) }
      }
      case 'deleteConnection': {
        if (!find(connectionId)) {
          return notFound('The connection')
        }
        stored = stored.filter((connection) => connection.connectionId !== connectionId)
        delete credentials[connectionId]
        return { status: 204 }
      }
      case 'getConnectionCredentials': {
        if (!find(connectionId)) {
          return notFound('The connection')
        }
        const userId = params.userId ?? ''
        const users = credentials[connectionId]
        const accessToken = users && Object.hasOwn(users, userId) ? users[userId] : undefined
        return accessToken === undefined
          ? notFound('The user credentials')
          : { status: 200, body: { accessToken } }
      }
      default:
        return {
          status: 501,
          body: authressErrorBody('NotImplemented', `${operationId} is not simulated.`),
        }
    }
  }

  const respond: Respond = (status, body, headers = {}) =>
    body === undefined || status === 204
      ? new Response(null, { status, headers })
      : new Response(JSON.stringify(body), {
          status,
          headers: {
            'content-type': status < 300 ? 'application/links+json' : 'application/json',
            ...headers,
          },
        })

  const backend = createMockBackend<AuthressErrorBody>({
    basePath,
    contract: authressContract,
    checkOptions: () => ({
      requireBearer: options.auth !== 'proxy',
      authorize: (bearer) => (bearer === token ? undefined : 'The token is not valid.'),
    }),
    latency: options.latency,
    random: () => random,
    onViolation: options.onViolation,
    respond,
    malformed: { text: '{"connections":[{"connectionId":', contentType: 'application/links+json' },
    faultBody: (status) => authressErrorBody('MockFault', `A mock fault (HTTP ${status}).`),
    operate: (operationId, pathParams, query, body) =>
      operate(operationId, pathParams, query, isRecord(body) ? body : undefined),
  })

  const apiPattern = new RegExp(`^${escapeRegExp(baseUrl)}/v1(?:/.*)?$`)

  const handle = async (request: Request): Promise<Response | undefined> => {
    const url = new URL(request.url)
    return apiPattern.test(`${url.origin}${url.pathname}`) ? backend.handleApi(request) : undefined
  }

  return {
    handle,
    fetch: createMockFetch('mock Authress', handle),
    baseUrl,
    token,
    requests: backend.requests,
    violations: backend.violations,
    connections: () => structuredClone(stored),
    connection: (connectionId) => {
      const connection = find(connectionId)
      return connection ? structuredClone(connection) : undefined
    },
    fail: backend.fail,
    reset: () => {
      load()
      backend.reset()
      random = createRandom(seed)
    },
  }
}
