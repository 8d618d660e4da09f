// createKindeProxy with the mock Kinde (bearer mode) as its upstream fetch, and the browser adapter
// in front of it: the token flow, the allow-list, what is stripped, and each bad input.
import { createKindeProxy } from '../../../src/server/kinde-proxy'
import { createKindeAdapter } from '../../../src/kinde/adapter'
import { createMockKinde, type MockKinde } from '../../../src/testing/mock-kinde'
import { generateKindeConnections } from '../../../src/testing/generate-kinde-connections'

const APP = 'https://app.example.com'
const BASE = '/api/kinde'

function setup(
  options: {
    authorize?: (request: Request) => boolean | Promise<boolean>
    tokenLifetime?: number
  } = {},
) {
  const kinde: MockKinde = createMockKinde({
    connections: generateKindeConnections(5, 7),
    tokenLifetime: options.tokenLifetime,
  })
  const upstream: Request[] = []
  const proxy = createKindeProxy({
    domain: 'mock.kinde.com',
    clientId: kinde.clientId,
    clientSecret: kinde.clientSecret,
    basePath: BASE,
    authorize: options.authorize ?? (() => true),
    fetch: (input, init) => {
      const request = new Request(input, init)
      upstream.push(request.clone())
      return kinde.fetch(request)
    },
  })
  const browser = (path: string, init: RequestInit = {}) =>
    proxy(new Request(`${APP}${BASE}${path}`, init))
  const apiCalls = () => upstream.filter((request) => !request.url.endsWith('/oauth2/token'))
  return { kinde, proxy, browser, upstream, apiCalls }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('createKindeProxy: the M2M token', () => {
  it('gets a client_credentials token for https://<domain>/api once and reuses it', async () => {
    const { kinde, browser, apiCalls } = setup()
    for (let index = 0; index < 3; index++) {
      expect((await browser('/api/v1/connections')).status).toBe(200)
    }
    expect(kinde.tokenRequests).toEqual([
      { grantType: 'client_credentials', audience: 'https://mock.kinde.com/api' },
    ])
    const tokens = new Set(apiCalls().map((request) => request.headers.get('authorization')))
    expect(tokens.size).toBe(1)
    expect(kinde.violations).toEqual([])
  })

  it('shares one token request between concurrent calls', async () => {
    const { kinde, browser } = setup()
    const answers = await Promise.all([1, 2, 3].map(() => browser('/api/v1/connections')))
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200])
    expect(kinde.tokenRequests).toHaveLength(1)
  })

  it('renews the token shortly before it expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const { kinde, browser } = setup({ tokenLifetime: 3600 })
    await browser('/api/v1/connections')
    vi.setSystemTime(Date.now() + 3600_000 - 120_000)
    await browser('/api/v1/connections')
    expect(kinde.tokenRequests).toHaveLength(1)
    vi.setSystemTime(Date.now() + 90_000)
    await browser('/api/v1/connections')
    expect(kinde.tokenRequests).toHaveLength(2)
  })

  it('gets a new token once when Kinde answers 401, and retries the call', async () => {
    const { kinde, browser, apiCalls } = setup()
    await browser('/api/v1/connections')
    kinde.revokeTokens()
    const answer = await browser('/api/v1/connections/' + kinde.connections()[0]!.id, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ display_name: 'Renamed' }),
    })
    expect(answer.status).toBe(200)
    expect(kinde.tokenRequests).toHaveLength(2)
    expect(kinde.connections()[0]?.display_name).toBe('Renamed')
    expect(apiCalls().map((request) => request.method)).toEqual(['GET', 'PATCH', 'PATCH'])
  })

  it('passes a second 401 back instead of looping', async () => {
    const { kinde, browser } = setup()
    kinde.fail(
      { method: 'GET', times: 2 },
      { status: 401, body: { errors: [{ code: 'X', message: 'no' }] } },
    )
    expect((await browser('/api/v1/connections')).status).toBe(401)
    expect(kinde.tokenRequests).toHaveLength(2)
  })

  it('answers 502 when the token cannot be had, without calling the API', async () => {
    const { kinde, browser, apiCalls } = setup()
    kinde.fail({ path: '/oauth2/token' }, { status: 401, body: { error: 'invalid_client' } })
    const answer = await browser('/api/v1/connections')
    expect(answer.status).toBe(502)
    expect(JSON.stringify(await answer.json())).not.toContain(kinde.clientSecret)
    expect(apiCalls()).toEqual([])
  })
})

describe('createKindeProxy: what is forwarded', () => {
  it('forwards only the allowed query parameters and passes status, body and rate-limit headers back', async () => {
    const { kinde, browser, apiCalls } = setup()
    const answer = await browser('/api/v1/connections?page_size=2&home_realm_domain=x.com&debug=1')
    expect(answer.status).toBe(200)
    expect(new URL(apiCalls()[0]!.url).search).toBe('?page_size=2&home_realm_domain=x.com')
    kinde.fail(
      { method: 'GET' },
      { status: 429, headers: { 'ratelimit-reset': '30', 'retry-after': '31' } },
    )
    const limited = await browser('/api/v1/connections')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('ratelimit-reset')).toBe('30')
    expect(limited.headers.get('retry-after')).toBe('31')
  })

  it("never forwards the browser's cookies or Authorization header", async () => {
    const { browser, apiCalls } = setup()
    await browser('/api/v1/connections', {
      headers: {
        cookie: 'session=browser',
        authorization: 'Bearer browser-token',
        'x-custom': '1',
      },
    })
    const sent = apiCalls()[0]!
    expect(sent.headers.get('cookie')).toBeNull()
    expect(sent.headers.get('x-custom')).toBeNull()
    expect(sent.headers.get('authorization')).toMatch(/^Bearer mock-kinde-m2m-token-/)
  })

  it.each([
    ['an unknown route', '/api/v1/users', 'GET', undefined, 404],
    ['another Kinde admin route', '/api/v1/applications/app/connections', 'GET', undefined, 404],
    ['a method the route lacks', '/api/v1/connections', 'DELETE', undefined, 405],
    [
      'a body over the size limit',
      '/api/v1/connections',
      'POST',
      JSON.stringify({ name: 'x'.repeat(70_000) }),
      413,
    ],
    ['malformed JSON on POST', '/api/v1/connections', 'POST', '{"name":', 400],
    ['malformed JSON on PATCH', '/api/v1/connections/conn_1', 'PATCH', 'nope', 400],
    ['malformed JSON on PUT', '/api/v1/connections/conn_1', 'PUT', '{', 400],
  ])('answers %s itself, without an upstream call', async (_name, path, method, body, status) => {
    const { browser, upstream } = setup()
    const answer = await browser(path, {
      method,
      body,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
    })
    expect(answer.status).toBe(status)
    expect(upstream).toEqual([])
    if (status === 404) {
      // In Kinde's 404 shape, so the adapter reads it like Kinde's own.
      expect(await answer.json()).toMatchObject({ errors: { code: expect.any(String) } })
    }
  })

  it('answers 403 without an upstream call when authorize says no', async () => {
    const { browser, upstream } = setup({ authorize: async () => false })
    expect((await browser('/api/v1/connections')).status).toBe(403)
    expect(upstream).toEqual([])
  })

  it('serves the browser adapter end to end', async () => {
    const { kinde, proxy } = setup()
    const adapter = createKindeAdapter({
      baseUrl: `${APP}${BASE}`,
      fetch: (input, init) => proxy(new Request(input, init)),
    })
    const records = await adapter.listConnections()
    expect(records.filter((record) => record.state === 'callable')).toHaveLength(5)
    const created = await adapter.createConnection!(
      { unifiedApi: 'enterprise', serviceId: 'saml:custom' },
      { display_name: 'Acme SAML', saml_idp_metadata_url: 'https://idp.acme.com/md' },
    )
    expect(kinde.connection(created.connection_id!)).toMatchObject({ display_name: 'Acme SAML' })
    expect(kinde.violations).toEqual([])
  })
})
