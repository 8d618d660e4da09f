// The mock Authress's contract tests: each operation answers the shape the hand-written contract
// documents, and each request the issue lists is recorded as a violation.
import { authressContract } from '../../../src/testing/authress-contract'
import { createMockAuthress } from '../../../src/testing/mock-authress'

const authress = createMockAuthress({ pageSize: 5 })
afterEach(() => authress.reset())

const url = (path: string) => `${authress.baseUrl}${path}`
const headers = (extra: Record<string, string> = {}) => ({
  accept: 'application/links+json',
  authorization: `Bearer ${authress.token}`,
  ...extra,
})
const json = { 'content-type': 'application/json' }

async function call(method: string, path: string, body?: unknown, extra?: Record<string, string>) {
  const response = await authress.fetch(url(path), {
    method,
    headers: headers({ ...(body === undefined ? {} : json), ...extra }),
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) }
}

const newConnection = {
  type: 'SAML2',
  authenticationUrl: 'https://idp.new.example/sso',
  issuerUrl: 'urn:new',
  providerCertificate: 'MIIC',
  data: { name: 'New SAML' },
}

describe('mock Authress: each operation answers its documented shape', () => {
  it('getConnections pages by cursor and returns links on another host', async () => {
    const first = await call('GET', '/v1/connections')
    expect(first.status).toBe(200)
    expect(authressContract.checkResponseBody('getConnections', 200, first.body)).toEqual([])
    expect(first.body.connections).toHaveLength(5)
    const cursor = first.body.pagination.next.cursor
    expect(new URL(first.body.links.next.href).origin).not.toBe(new URL(authress.baseUrl).origin)
    const second = await call('GET', `/v1/connections?cursor=${cursor}`)
    expect(second.body.connections[0].connectionId).not.toBe(first.body.connections[0].connectionId)
    expect(authress.violations).toEqual([])
  })

  it('createConnection answers 201 with the connection and a generated id', async () => {
    const created = await call('POST', '/v1/connections', newConnection)
    expect(created.status).toBe(201)
    expect(authressContract.checkResponseBody('createConnection', 201, created.body)).toEqual([])
    expect(created.body.connectionId).toMatch(/^con_/)
    expect(authress.connection(created.body.connectionId)?.data?.name).toBe('New SAML')
  })

  it('getConnection answers the connection without its client secret', async () => {
    const got = await call('GET', '/v1/connections/google')
    expect(got.status).toBe(200)
    expect(authressContract.checkResponseBody('getConnection', 200, got.body)).toEqual([])
    expect(got.body).not.toHaveProperty('clientSecret')
    expect(authress.connection('google')?.clientSecret).toMatch(/^GOCSPX-/)
  })

  it('updateConnection replaces the connection and keeps the secret a PUT leaves out', async () => {
    const before = authress.connection('okta-acme')
    const { body: current } = await call('GET', '/v1/connections/okta-acme')
    const { createdTime: _c, lastUpdated: _l, isActiveConnection: _a, ...writable } = current
    const put = await call('PUT', '/v1/connections/okta-acme', {
      ...writable,
      data: { name: 'Renamed' },
    })
    expect(put.status).toBe(200)
    expect(authressContract.checkResponseBody('updateConnection', 200, put.body)).toEqual([])
    expect(authress.connection('okta-acme')?.data?.name).toBe('Renamed')
    expect(authress.connection('okta-acme')?.clientSecret).toBe(before?.clientSecret)
    expect(authress.violations).toEqual([])
  })

  it('deleteConnection answers 204 and unknown ids 404 with an Authress error body', async () => {
    expect((await call('DELETE', '/v1/connections/github')).status).toBe(204)
    const missing = await call('GET', '/v1/connections/github')
    expect(missing.status).toBe(404)
    expect(missing.body).toMatchObject({ errorCode: 'NotFound', errorId: expect.any(String) })
    expect(authressContract.checkResponseBody('getConnection', 404, missing.body)).toEqual([])
  })

  it('getConnectionCredentials serves the seeded token for that user only', async () => {
    const seeded = createMockAuthress({ credentials: { google: { 'oauth|u/1': 'tok-1' } } })
    const ask = (userId: string) =>
      seeded.fetch(
        `${seeded.baseUrl}/v1/connections/google/users/${encodeURIComponent(userId)}/credentials`,
        { headers: { accept: 'application/json', authorization: `Bearer ${seeded.token}` } },
      )
    const found = await ask('oauth|u/1')
    expect(found.status).toBe(200)
    const body = await found.json()
    expect(body).toEqual({ accessToken: 'tok-1' })
    expect(authressContract.checkResponseBody('getConnectionCredentials', 200, body)).toEqual([])
    expect((await ask('oauth|u/2')).status).toBe(404)
    expect(seeded.violations).toEqual([])
  })
})

describe('mock Authress: requests that are violations', () => {
  it('createdTime sent in a PUT', async () => {
    const answer = await call('PUT', '/v1/connections/google', {
      type: 'OAUTH2',
      authenticationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
      createdTime: '2026-01-01T00:00:00.000Z',
    })
    expect(answer.status).toBe(400)
    expect(authress.violations.map((violation) => violation.rule)).toEqual(['read-only-property'])
    expect(authress.violations[0]?.message).toContain('createdTime')
  })

  it('an unknown property', async () => {
    const answer = await call('POST', '/v1/connections', { ...newConnection, displayName: 'x' })
    expect(answer.status).toBe(400)
    expect(authress.violations.map((violation) => violation.rule)).toEqual(['body-schema'])
    expect(authress.connections().some((item) => item.data?.name === 'New SAML')).toBe(false)
  })

  it.each([
    ['missing', undefined, 'missing-header'],
    ['text only', 'text/html', 'invalid-header'],
  ])('an Accept that does not allow JSON (%s)', async (_name, accept, rule) => {
    const response = await authress.fetch(url('/v1/connections'), {
      headers: {
        authorization: `Bearer ${authress.token}`,
        ...(accept === undefined ? {} : { accept }),
      },
    })
    expect(response.status).toBe(400)
    expect(authress.violations.map((violation) => violation.rule)).toEqual([rule])
  })

  it.each([
    'application/json',
    'application/links+json',
    '*/*',
    'text/html, application/json;q=0.9',
  ])('accepts Accept: %s', async (accept) => {
    const response = await authress.fetch(url('/v1/connections'), {
      headers: { authorization: `Bearer ${authress.token}`, accept },
    })
    expect(response.status).toBe(200)
    expect(authress.violations).toEqual([])
  })

  it('no bearer, or a wrong one', async () => {
    const none = await authress.fetch(url('/v1/connections'), {
      headers: { accept: 'application/json' },
    })
    expect(none.status).toBe(401)
    const wrong = await call('GET', '/v1/connections', undefined, { authorization: 'Bearer nope' })
    expect(wrong.status).toBe(401)
    expect(authress.violations.map((violation) => violation.rule)).toEqual([
      'unauthorized',
      'unauthorized',
    ])
  })

  it('takes requests without a bearer in proxy mode', async () => {
    const behindProxy = createMockAuthress({ auth: 'proxy' })
    const response = await behindProxy.fetch(`${behindProxy.baseUrl}/v1/connections`, {
      headers: { accept: 'application/json' },
    })
    expect(response.status).toBe(200)
    expect(behindProxy.violations).toEqual([])
  })

  it('a method or path the contract does not have', async () => {
    expect((await call('PATCH', '/v1/connections/google', {})).status).toBe(405)
    expect((await call('GET', '/v1/tenants')).status).toBe(404)
    expect(authress.violations.map((violation) => violation.rule)).toEqual([
      'method-not-allowed',
      'unknown-path',
    ])
  })
})
