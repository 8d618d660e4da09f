// createAuthressProxy against the mock Authress as its upstream fetch: what reaches Authress, and
// what never does.
import { createAuthressAdapter } from 'integrations-kit/authress'
import { createAuthressProxy, type AuthressProxyOptions } from '../../../src/server/authress-proxy'
import { createMockAuthress } from '../../../src/testing/mock-authress'

const authress = createMockAuthress({
  credentials: {
    'okta-acme': { 'oauth|alice/1': 'alice-token', 'oauth|mallory': 'mallory-token' },
  },
})
afterEach(() => {
  const violations = [...authress.violations]
  authress.reset()
  expect(violations).toEqual([])
})

const origin = 'https://app.example'
const basePath = '/api/authress'

function proxy(options: Partial<AuthressProxyOptions> = {}) {
  return createAuthressProxy({
    authressApiUrl: authress.baseUrl,
    accessKey: authress.token,
    authorize: (request) => request.headers.get('x-role') === 'admin',
    userId: () => 'oauth|alice/1',
    basePath,
    fetch: authress.fetch,
    ...options,
  })
}

function browser(path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  if (!headers.has('x-role')) {
    headers.set('x-role', 'admin')
  }
  return new Request(`${origin}${basePath}${path}`, { ...init, headers })
}

describe('createAuthressProxy', () => {
  it('serves the adapter end to end: list, edit, credentials', async () => {
    const handler = proxy()
    const adapter = createAuthressAdapter({
      baseUrl: `${origin}${basePath}`,
      userId: 'whoever',
      headers: { 'x-role': 'admin' },
      fetch: (input, init) => handler(new Request(input, init)),
    })
    const list = await adapter.listConnections()
    expect(list.filter((item) => item.state === 'callable')).toHaveLength(12)
    const ref = { unifiedApi: 'enterprise', serviceId: 'okta', connectionId: 'okta-acme' }
    await adapter.updateConnection(ref, { settings: { name: 'Renamed' } })
    expect(authress.connection('okta-acme')?.data?.name).toBe('Renamed')
    expect(await adapter.hasUserCredentials!(ref)).toBe(true)
  })

  it('sends its own bearer and Accept upstream, never the browser cookies or Authorization', async () => {
    const response = await proxy()(
      browser('/v1/connections', {
        headers: {
          cookie: 'session=browser-session',
          authorization: 'Bearer browser-token',
          'x-forwarded-for': '10.0.0.1',
        },
      }),
    )
    expect(response.status).toBe(200)
    const sent = authress.requests[0]?.headers ?? {}
    expect(sent.authorization).toBe(`Bearer ${authress.token}`)
    expect(sent.accept).toBe('application/links+json')
    expect(sent).not.toHaveProperty('cookie')
    expect(sent).not.toHaveProperty('x-forwarded-for')
    expect(JSON.stringify(sent)).not.toContain('browser')
  })

  it('uses a token function per upstream call when given one', async () => {
    const token = vi.fn(() => Promise.resolve(authress.token))
    const handler = proxy({ accessKey: undefined, token })
    expect((await handler(browser('/v1/connections/google'))).status).toBe(200)
    expect(token).toHaveBeenCalledTimes(1)
    expect(() =>
      createAuthressProxy({
        authressApiUrl: authress.baseUrl,
        authorize: () => true,
        userId: () => 'u',
      }),
    ).toThrow(TypeError)
  })

  it('asks a token function once more and retries once after a 401', async () => {
    const token = vi.fn().mockResolvedValueOnce('expired').mockResolvedValue(authress.token)
    const response = await proxy({ accessKey: undefined, token })(browser('/v1/connections/google'))
    expect(response.status).toBe(200)
    expect(token).toHaveBeenCalledTimes(2)
    expect(authress.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer expired',
      `Bearer ${authress.token}`,
    ])
    expect(authress.violations.map((violation) => violation.rule)).toEqual(['unauthorized'])
    authress.reset()
  })

  it('passes a 401 back after one retry, and does not retry a fixed access key', async () => {
    const token = vi.fn().mockResolvedValue('revoked')
    expect((await proxy({ accessKey: undefined, token })(browser('/v1/connections'))).status).toBe(
      401,
    )
    expect(token).toHaveBeenCalledTimes(2)
    authress.reset()
    expect((await proxy({ accessKey: 'wrong-key' })(browser('/v1/connections'))).status).toBe(401)
    expect(authress.requests).toHaveLength(1)
    authress.reset()
  })

  it("forces the credentials route to the signed-in user's own id", async () => {
    const response = await proxy()(
      browser(`/v1/connections/okta-acme/users/${encodeURIComponent('oauth|mallory')}/credentials`),
    )
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ accessToken: 'alice-token' })
    expect(authress.requests.map((request) => request.path)).toEqual([
      '/v1/connections/okta-acme/users/oauth%7Calice%2F1/credentials',
    ])
  })

  it('answers 403 on the credentials route without a signed-in user, with no upstream call', async () => {
    const response = await proxy({ userId: () => undefined })(
      browser('/v1/connections/okta-acme/users/anyone/credentials'),
    )
    expect(response.status).toBe(403)
    expect(authress.requests).toEqual([])
  })

  it('answers 403 when the host does not authorize, with no upstream call', async () => {
    const response = await proxy()(browser('/v1/connections', { headers: { 'x-role': 'viewer' } }))
    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({ errorCode: 'forbidden' })
    expect(authress.requests).toEqual([])
  })

  it.each([
    ['an unknown route', '/v1/tenants', 'GET', 404],
    ['another account route', '/v1/connections/google/users', 'GET', 404],
    ['a route outside the mount', '/../v1/connections', 'GET', 404],
    ['a method Authress has but the adapter does not use', '/v1/connections/google', 'PATCH', 405],
    ['a dot segment (the URL parser resolves it)', '/v1/connections/%2e%2e', 'GET', 404],
    ['a malformed escape', '/v1/connections/bad%ZZ', 'GET', 400],
  ])('answers %s with no upstream call', async (_name, path, method, status) => {
    const response = await proxy()(
      new Request(`${origin}${basePath}${path}`, { method, headers: { 'x-role': 'admin' } }),
    )
    expect(response.status).toBe(status)
    expect(authress.requests).toEqual([])
  })

  it('drops query parameters the adapter does not send', async () => {
    await proxy()(browser('/v1/connections?cursor=page.10&filter=x&limit=1'))
    expect(authress.requests.map((request) => request.search)).toEqual(['?cursor=page.10'])
  })

  it('answers 413 for a body over the limit and 400 for malformed JSON, with no upstream call', async () => {
    const post = (body: string) =>
      proxy({ maxBodyBytes: 1024 })(
        browser('/v1/connections', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        }),
      )
    expect((await post(JSON.stringify({ data: { name: 'x'.repeat(2000) } }))).status).toBe(413)
    expect((await post('{"type":')).status).toBe(400)
    expect(authress.requests).toEqual([])
  })

  it('passes status, body and Retry-After back', async () => {
    authress.fail(
      { path: '/v1/connections' },
      {
        status: 429,
        body: { title: 'Slow down', errorCode: 'TooManyRequests' },
        headers: { 'retry-after': '7', 'x-internal': 'no' },
      },
    )
    const response = await proxy()(browser('/v1/connections'))
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('7')
    expect(response.headers.get('x-internal')).toBeNull()
    expect(await response.json()).toEqual({ title: 'Slow down', errorCode: 'TooManyRequests' })
  })

  it('passes a 204 back without a body', async () => {
    const response = await proxy()(browser('/v1/connections/github', { method: 'DELETE' }))
    expect(response.status).toBe(204)
    expect(await response.text()).toBe('')
    expect(authress.connection('github')).toBeUndefined()
  })
})
