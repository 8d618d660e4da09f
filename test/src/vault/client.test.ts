/**
 * The Vault client against the spec-checking mock: every request must be one the OpenAPI spec
 * accepts (the mock records a violation otherwise, checked after each test), and every answer —
 * data or failure — must come back as unwrapped data or an IntegrationsApiError.
 */
import {
  createVaultClient,
  IntegrationsApiError,
  type Connection,
  type UpdateConnectionBody,
  type VaultClientOptions,
} from 'integrations-kit'
import { createMockVault } from 'integrations-kit/testing/msw'
import { setupServer } from 'msw/node'
import { expectValidConnection } from './connection-invariants'
import { catalog, dynamicsRef, hubspotRef, pipedriveRef, salesforceRef } from './fixtures'

const vault = createMockVault({ connectors: catalog() })
const slowVault = createMockVault({
  connectors: catalog(),
  baseUrl: 'https://slow-vault.test',
  latency: 400,
})
const server = setupServer(...vault.handlers, ...slowVault.handlers)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  const violations = [...vault.violations, ...slowVault.violations]
  vault.reset()
  slowVault.reset()
  expect(violations).toEqual([])
})
afterAll(() => server.close())

function vaultClient(options: VaultClientOptions = {}) {
  return createVaultClient({ token: vault.token, baseUrl: vault.baseUrl, ...options })
}

function lastRequest() {
  const request = vault.requests.at(-1)
  if (request === undefined) {
    throw new Error('no request was recorded')
  }
  return request
}

/** Awaits a promise that must reject, and returns its IntegrationsApiError. */
async function rejection(promise: Promise<unknown>): Promise<IntegrationsApiError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(IntegrationsApiError)
    return error as IntegrationsApiError
  }
  throw new Error('expected the call to reject')
}

describe('authentication headers', () => {
  it('in session-JWT mode sends the token and the ids from its claims', async () => {
    await vaultClient().listConnections()
    const { headers } = lastRequest()
    expect(headers.authorization).toBe(`Bearer ${vault.token}`)
    expect(headers['x-apideck-app-id']).toBe(vault.appId)
    expect(headers['x-apideck-consumer-id']).toBe(vault.consumerId)
    expect(headers['x-apideck-auth-type']).toBe('JWT')
  })

  it('exposes the ids it resolved from the token', () => {
    const client = vaultClient()
    expect(client.appId).toBe(vault.appId)
    expect(client.consumerId).toBe(vault.consumerId)
  })

  it('lets explicit appId/consumerId win over the claims', () => {
    // Not sent: the mock rightly answers 401 when the ids differ from the session's.
    const client = vaultClient({ appId: 'other-app', consumerId: 'other-consumer' })
    expect(client.appId).toBe('other-app')
    expect(client.consumerId).toBe('other-consumer')
  })

  it('in explicit mode sends the API key as Bearer and no auth-type header', async () => {
    const client = createVaultClient({
      token: 'sk_test_api_key',
      appId: vault.appId,
      consumerId: vault.consumerId,
      baseUrl: vault.baseUrl,
    })
    await client.listConnections().catch(() => undefined)
    const { headers } = lastRequest()
    expect(headers.authorization).toBe('Bearer sk_test_api_key')
    expect(headers['x-apideck-app-id']).toBe(vault.appId)
    expect(headers['x-apideck-consumer-id']).toBe(vault.consumerId)
    expect(headers['x-apideck-auth-type']).toBeUndefined()
  })

  it('with a junk token fails on the first call as an invalid session, without a request', async () => {
    const client = vaultClient({ token: 'eyJhbGciOi.bm90LWpzb24.sig' })
    const error = await rejection(client.getConnection(pipedriveRef))
    expect(error).toMatchObject({ kind: 'http', status: 401, code: 'InvalidSessionError' })
    expect(error.message).toMatch(/session/i)
    expect(vault.requests).toHaveLength(0)
  })

  it('adds host headers, but never lets them replace the auth headers', async () => {
    await vaultClient({
      headers: { 'x-host-trace': 'abc', 'x-apideck-app-id': 'spoofed' },
    }).listConnections()
    const { headers } = lastRequest()
    expect(headers['x-host-trace']).toBe('abc')
    expect(headers['x-apideck-app-id']).toBe(vault.appId)
  })
})

describe('connection endpoints', () => {
  it('listConnections returns the unwrapped list', async () => {
    const list = await vaultClient().listConnections()
    expect(list.map((connection) => connection.id).sort()).toEqual([
      'accounting+dynamics-365',
      'crm+hubspot',
      'crm+pipedrive',
      'crm+salesforce',
    ])
    list.forEach(expectValidConnection)
    expect(lastRequest()).toMatchObject({ method: 'GET', path: '/vault/connections' })
  })

  it('listConnections sends the api and configured filters as query parameters', async () => {
    const list = await vaultClient().listConnections({ api: 'crm', configured: true })
    expect(new URLSearchParams(lastRequest().search).get('api')).toBe('crm')
    expect(new URLSearchParams(lastRequest().search).get('configured')).toBe('true')
    expect(list.every((connection) => connection.unified_api === 'crm')).toBe(true)
  })

  it('getConnection returns one connection', async () => {
    const connection = await vaultClient().getConnection(pipedriveRef)
    expect(connection).toMatchObject({ id: 'crm+pipedrive', name: 'Pipedrive' })
    expect(connection.form_fields?.map((field) => field.id)).toEqual(['api_key'])
    expect(lastRequest()).toMatchObject({ method: 'GET', path: '/vault/connections/crm/pipedrive' })
  })

  it('updateConnection PATCHes only writable fields, even when given a whole connection', async () => {
    const client = vaultClient()
    const current = await client.getConnection(pipedriveRef)
    const patch = {
      ...current,
      enabled: true,
      settings: { api_key: 'key-1' },
      metadata: { plan: 'pro', company_id: 'read-only' },
    } as UpdateConnectionBody
    const updated = await client.updateConnection(pipedriveRef, patch)
    expect(lastRequest()).toMatchObject({
      method: 'PATCH',
      path: '/vault/connections/crm/pipedrive',
      body: { enabled: true, settings: { api_key: 'key-1' }, metadata: { plan: 'pro' } },
    })
    expect(lastRequest().headers['content-type']).toMatch(/application\/json/)
    expect(updated.enabled).toBe(true)
    expect(updated.state).not.toBe('available')
    expect(vault.connection(pipedriveRef)?.settings).toMatchObject({ api_key: 'key-1' })
  })

  it('addConnection POSTs a connection with its settings', async () => {
    const created = await vaultClient().addConnection(pipedriveRef, {
      enabled: true,
      settings: { api_key: 'key-2' },
    })
    expect(lastRequest()).toMatchObject({
      method: 'POST',
      path: '/vault/connections/crm/pipedrive',
      body: { enabled: true, settings: { api_key: 'key-2' } },
    })
    expectValidConnection(created)
    expect(created.state).not.toBe('available')
  })

  it('deleteConnection sends DELETE and resolves to undefined on 204', async () => {
    const client = vaultClient()
    await client.updateConnection(pipedriveRef, { enabled: true })
    await expect(client.deleteConnection(pipedriveRef)).resolves.toBeUndefined()
    expect(lastRequest()).toMatchObject({
      method: 'DELETE',
      path: '/vault/connections/crm/pipedrive',
    })
    expect(vault.connection(pipedriveRef)?.state).toBe('available')
  })

  it('deleteConnection never reads the body of a success', async () => {
    vault.fail({ method: 'DELETE' }, 'malformed')
    await expect(vaultClient().deleteConnection(pipedriveRef)).resolves.toBeUndefined()
  })

  it('importConnection POSTs the credentials and returns the authorized connection', async () => {
    const client = vaultClient()
    await client.updateConnection(salesforceRef, { enabled: true })
    const imported = await client.importConnection(salesforceRef, {
      credentials: { access_token: 'at-1', refresh_token: 'rt-1', expires_in: 3600 },
      metadata: { source: 'import' },
    })
    expect(lastRequest()).toMatchObject({
      method: 'POST',
      path: '/vault/connections/crm/salesforce/import',
      body: {
        credentials: { access_token: 'at-1', refresh_token: 'rt-1', expires_in: 3600 },
        metadata: { source: 'import' },
      },
    })
    expect(['authorized', 'callable']).toContain(imported.state)
  })

  it('requestToken POSTs an empty object and returns the connection', async () => {
    const connection = await vaultClient().requestToken(dynamicsRef)
    expect(lastRequest()).toMatchObject({
      method: 'POST',
      path: '/vault/connections/accounting/dynamics-365/token',
      body: {},
    })
    expect(['authorized', 'callable']).toContain(connection.state)
  })

  it('confirmConnection POSTs the confirm token', async () => {
    const client = vaultClient()
    await client.updateConnection(salesforceRef, { enabled: true })
    const result = await client.confirmConnection(salesforceRef, 'mock-confirm.salesforce.nonce-1')
    expect(result).toEqual({ confirmed: true })
    expect(lastRequest()).toMatchObject({
      method: 'POST',
      path: '/vault/connections/crm/salesforce/confirm',
      body: { confirm_token: 'mock-confirm.salesforce.nonce-1' },
    })
  })

  it('validateConnection POSTs an empty object and returns the state', async () => {
    const client = vaultClient()
    await client.updateConnection(pipedriveRef, { enabled: true, settings: { api_key: 'key-3' } })
    const result = await client.validateConnection(pipedriveRef)
    expect(lastRequest()).toMatchObject({
      method: 'POST',
      path: '/vault/connections/crm/pipedrive/validate',
      body: {},
    })
    expect(['authorized', 'callable', 'added', 'invalid']).toContain(result.state)
  })

  it('getResourceSettings returns the flat field list of one resource', async () => {
    const settings = await vaultClient().getResourceSettings(hubspotRef, 'leads')
    expect(lastRequest()).toMatchObject({
      method: 'GET',
      path: '/vault/connections/crm/hubspot/leads/config',
    })
    expect(settings.resource).toBe('leads')
    expect(settings.fields.map((field) => field.id)).toEqual(['source'])
  })

  it('updateResourceSettings PATCHes the configuration without read-only target', async () => {
    const client = vaultClient()
    const result = await client.updateResourceSettings(hubspotRef, 'leads', {
      configuration: [
        {
          resource: 'leads',
          defaults: [{ id: 'source', value: 'ads', target: 'resource', type: 'text' }],
        },
      ],
    })
    expect(lastRequest()).toMatchObject({
      method: 'PATCH',
      path: '/vault/connections/crm/hubspot/leads/config',
      body: {
        configuration: [
          { resource: 'leads', defaults: [{ id: 'source', value: 'ads', type: 'text' }] },
        ],
      },
    })
    if (result !== null) {
      expectValidConnection(result)
    }
    const settings = await client.getResourceSettings(hubspotRef, 'leads')
    expect(settings.fields.find((field) => field.id === 'source')?.value).toBe('ads')
  })

  it('encodes path segments', async () => {
    const error = await rejection(
      vaultClient().getConnection({ unifiedApi: 'crm', serviceId: 'a b?c#d&e%' }),
    )
    expect(lastRequest().path).toBe('/vault/connections/crm/a%20b%3Fc%23d%26e%25')
    expect(error.status).toBe(404)
  })
})

describe('OAuth URLs', () => {
  const redirectUri = 'https://app.example.com/oauth/callback?a=1&b=2#x'

  it('authorizeUrl adds an encoded redirect_uri and nonce, keeping Vault parameters', async () => {
    const connection = await vaultClient().getConnection(salesforceRef)
    const url = vaultClient().authorizeUrl(connection, { redirectUri, nonce: 'n 1&2' })
    expect(url).not.toBeNull()
    const parsed = new URL(url ?? '')
    expect(parsed.searchParams.get('redirect_uri')).toBe(redirectUri)
    expect(parsed.searchParams.get('nonce')).toBe('n 1&2')
    expect(parsed.hash).toBe('')
    const original = new URL(connection.authorize_url ?? '')
    for (const [name, value] of original.searchParams) {
      expect(parsed.searchParams.get(name)).toBe(value)
    }
    expect(url).toContain(`redirect_uri=${encodeURIComponent(redirectUri)}`)
  })

  it('replaces a redirect_uri the URL already has and keeps the rest byte for byte', () => {
    const url = vaultClient().authorizeUrl(
      { authorize_url: 'https://vault.test/authorize?state=a%2Bb~c&redirect_uri=old' },
      { redirectUri },
    )
    expect(url).toBe(
      `https://vault.test/authorize?state=a%2Bb~c&redirect_uri=${encodeURIComponent(redirectUri)}`,
    )
  })

  it('revokeUrl adds redirect_uri only', () => {
    const url = vaultClient().revokeUrl(
      { revoke_url: 'https://vault.test/revoke/salesforce/app?state=s' },
      { redirectUri },
    )
    const parsed = new URL(url ?? '')
    expect(parsed.searchParams.get('redirect_uri')).toBe(redirectUri)
    expect(parsed.searchParams.has('nonce')).toBe(false)
  })

  it.each([
    [undefined],
    [null],
    [''],
    ['javascript:alert(1)//'],
    ['data:text/html,x'],
    ['/relative'],
  ])('returns null for the authorize/revoke URL %j', (value) => {
    const client = vaultClient()
    const connection = { authorize_url: value, revoke_url: value } as Pick<
      Connection,
      'authorize_url' | 'revoke_url'
    >
    expect(client.authorizeUrl(connection, { redirectUri })).toBeNull()
    expect(client.revokeUrl(connection, { redirectUri })).toBeNull()
  })
})

describe('errors', () => {
  it.each([
    [400, 'RequestValidationError'],
    [401, 'UnauthorizedError'],
    [402, 'RequestLimitError'],
    [404, 'EntityNotFoundError'],
    [409, 'ConflictError'],
    [422, 'InvalidStateError'],
    [500, 'UnexpectedError'],
    [503, 'UnexpectedError'],
  ])('maps a %i from Vault with its type_name, message and ref', async (status, typeName) => {
    vault.fail({ method: 'GET', path: '/vault/connections' }, { status })
    const error = await rejection(vaultClient().listConnections())
    expect(error).toMatchObject({ kind: 'http', status, code: typeName })
    expect(error.message.length).toBeGreaterThan(0)
    expect(error.requestId).toMatch(/^https:\/\/developers\.apideck\.com\/errors#/)
    expect(error.body).toMatchObject({ status_code: status, type_name: typeName })
    expect(error.retryable).toBe(status >= 500)
  })

  it('keeps the Vault message and detail', async () => {
    vault.fail(
      { method: 'PATCH' },
      {
        status: 422,
        body: {
          status_code: 422,
          error: 'Unprocessable Entity',
          type_name: 'InvalidStateError',
          message: 'Connection is not enabled',
          detail: { missing: ['api_key'] },
          ref: 'https://developers.apideck.com/errors#invalidstateerror',
        },
      },
    )
    const error = await rejection(vaultClient().updateConnection(pipedriveRef, { enabled: true }))
    expect(error).toMatchObject({
      status: 422,
      code: 'InvalidStateError',
      message: 'Connection is not enabled',
      detail: { missing: ['api_key'] },
    })
  })

  it('names the status for developers when the error body has no message', async () => {
    vault.fail({ method: 'GET' }, { status: 404, body: {} })
    const error = await rejection(vaultClient().getConnection(pipedriveRef))
    expect(error.message).toBe('The request failed with HTTP 404.')
    expect(error.code).toBeUndefined()
  })

  it('reads Retry-After seconds on a 429', async () => {
    vault.fail({ method: 'GET' }, { status: 429, headers: { 'Retry-After': '30' } })
    const error = await rejection(vaultClient().listConnections())
    expect(error).toMatchObject({ kind: 'http', status: 429, retryAfter: 30 })
    expect(error.message).toBe('Too Many Requests (Retry-After: 30 s)')
    expect(error.retryable).toBe(true)
  })

  it('reads a Retry-After HTTP-date on a 503', async () => {
    const inOneMinute = new Date(Date.now() + 60_000).toUTCString()
    vault.fail({ method: 'GET' }, { status: 503, headers: { 'Retry-After': inOneMinute } })
    const error = await rejection(vaultClient().listConnections())
    expect(error.status).toBe(503)
    expect(error.retryAfter).toBeGreaterThanOrEqual(58)
    expect(error.retryAfter).toBeLessThanOrEqual(60)
  })

  it('only the faulted call fails (times: 1)', async () => {
    vault.fail({ method: 'GET', path: '/vault/connections', times: 1 }, { status: 500 })
    const client = vaultClient()
    await rejection(client.listConnections())
    await expect(client.listConnections()).resolves.toHaveLength(4)
  })

  it('a malformed JSON body is a parse error', async () => {
    vault.fail({ method: 'GET' }, 'malformed')
    const error = await rejection(vaultClient().getConnection(pipedriveRef))
    expect(error.kind).toBe('parse')
    expect(error.message).toMatch(/could not be read/)
  })

  it('a dropped connection is a network error', async () => {
    vault.fail({ method: 'GET' }, 'network')
    const error = await rejection(vaultClient().listConnections())
    expect(error).toMatchObject({ kind: 'network', status: 0 })
    expect(error.message).toMatch(/^No response/)
    expect(error.retryable).toBe(true)
  })

  it('aborting through the signal is an abort error', async () => {
    const controller = new AbortController()
    const client = createVaultClient({ token: slowVault.token, baseUrl: slowVault.baseUrl })
    const pending = client.listConnections({}, { signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    const error = await rejection(pending)
    expect(error.kind).toBe('abort')
    expect(error.retryable).toBe(false)
  })

  it('an already aborted signal fails without sending', async () => {
    const error = await rejection(
      vaultClient().getConnection(pipedriveRef, { signal: AbortSignal.abort() }),
    )
    expect(error.kind).toBe('abort')
    expect(vault.requests).toHaveLength(0)
  })

  it('a slow server is a timeout error', async () => {
    const client = createVaultClient({
      token: slowVault.token,
      baseUrl: slowVault.baseUrl,
      timeoutMs: 50,
    })
    const error = await rejection(client.listConnections())
    expect(error.kind).toBe('timeout')
    expect(error.retryable).toBe(true)
  })

  it('a body that cannot be serialised fails before sending', async () => {
    const settings: Record<string, unknown> = {}
    settings.self = settings
    const error = await rejection(vaultClient().updateConnection(pipedriveRef, { settings }))
    expect(error.kind).toBe('parse')
    expect(vault.requests).toHaveLength(0)
  })

  it('a fetch that throws synchronously or resolves to junk is a network error', async () => {
    const throwing = vaultClient({
      fetch: () => {
        throw new TypeError('Failed to fetch')
      },
    })
    expect((await rejection(throwing.listConnections())).kind).toBe('network')
    const junk = vaultClient({ fetch: async () => 'not a response' as unknown as Response })
    expect((await rejection(junk.listConnections())).kind).toBe('network')
  })

  it('a wrongly shaped 2xx body is a parse error, not a TypeError', async () => {
    vault.fail({ method: 'GET' }, { status: 200, body: { status_code: 200, data: 'nope' } })
    const error = await rejection(vaultClient().listConnections())
    expect(error).toMatchObject({ kind: 'parse', status: 200 })
  })
})
