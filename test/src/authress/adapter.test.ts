import { setupServer } from 'msw/node'
import { createAuthressAdapter, type AuthressAdapterOptions } from 'integrations-kit/authress'
import { createMockAuthress } from 'integrations-kit/testing/msw'
import { authressDe } from 'integrations-kit/authress/locales/de'
import { IntegrationsApiError } from '../../../src/errors'

const authress = createMockAuthress({
  pageSize: 5,
  credentials: { 'okta-acme': { 'oauth|alice/1': 'provider-access-token' } },
})
const server = setupServer(...authress.handlers)
// Every URL the adapter asked for, served or not (MSW sees them before deciding).
const requested: string[] = []
server.events.on('request:start', ({ request }) => {
  requested.push(request.url)
})

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  const violations = [...authress.violations]
  authress.reset()
  requested.length = 0
  expect(violations).toEqual([])
})
afterAll(() => server.close())

function adapter(options: Partial<AuthressAdapterOptions> = {}) {
  return createAuthressAdapter({ baseUrl: authress.baseUrl, token: authress.token, ...options })
}

const apiRequests = () =>
  authress.requests.map(({ method, path, search }) => `${method} ${path}${search}`)

describe('createAuthressAdapter: the list', () => {
  it('follows pagination.next.cursor across pages and never requests links.next.href', async () => {
    const list = await adapter().listConnections()
    expect(apiRequests()).toEqual([
      'GET /v1/connections',
      'GET /v1/connections?cursor=page.5',
      'GET /v1/connections?cursor=page.10',
    ])
    expect(requested.every((url) => url.startsWith(authress.baseUrl))).toBe(true)
    expect(
      authress.requests.every((request) => request.headers.accept === 'application/links+json'),
    ).toBe(true)
    const instances = list.filter((item) => item.state === 'callable')
    // 13 stored; the built-in WebAuthN connection is hidden.
    expect(instances).toHaveLength(12)
    expect(instances.map((item) => item.connection_id)).not.toContain('passkeys')
  })

  it('lists the six connectors as catalog entries next to the instances', async () => {
    const list = await adapter().listConnections()
    const catalog = list.filter((item) => item.state === 'available')
    expect(catalog.map((item) => `${item.unified_api}/${item.service_id}`)).toEqual([
      'social/google',
      'social/github',
      'enterprise/microsoft-entra-id',
      'enterprise/okta',
      'enterprise/oauth2',
      'enterprise/saml2',
    ])
    expect(catalog.every((item) => (item.form_fields ?? []).length > 0)).toBe(true)
    const okta = list.find((item) => item.connection_id === 'okta-acme')
    expect(okta).toMatchObject({
      unified_api: 'enterprise',
      service_id: 'okta',
      name: 'Acme Okta',
      state: 'callable',
      allows_multiple: true,
      settings: { name: 'Acme Okta', oktaDomain: 'acme.okta.com' },
    })
  })

  it("shows the built-in types with builtIn: 'show'", async () => {
    const list = await adapter({ builtIn: 'show' }).listConnections()
    expect(list.find((item) => item.connection_id === 'passkeys')).toMatchObject({
      unified_api: 'built-in',
      service_id: 'webauthn',
      name: 'Passkeys',
    })
  })

  it('fails, never silently, on a cursor that repeats', async () => {
    const page = (cursor: string) => ({
      connections: [],
      pagination: { next: { cursor } },
    })
    authress.fail(
      { method: 'GET', path: '/v1/connections', times: 3 },
      { status: 200, body: page('same') },
    )
    const failure = adapter().listConnections()
    await expect(failure).rejects.toBeInstanceOf(IntegrationsApiError)
    await expect(failure).rejects.toMatchObject({
      kind: 'parse',
      detail: expect.stringContaining('repeated'),
    })
  })

  it('keeps no client secret in what it returns', async () => {
    const list = await adapter().listConnections()
    const secrets = authress
      .connections()
      .map((item) => item.clientSecret)
      .filter(Boolean)
    const text = JSON.stringify(list)
    expect(secrets.length).toBeGreaterThan(0)
    expect(secrets.some((secret) => text.includes(String(secret)))).toBe(false)
  })
})

describe('createAuthressAdapter: create, edit, delete', () => {
  it('creates Google with the preset URLs in one POST and resolves to the instance', async () => {
    const fresh = createMockAuthress({ connections: [] })
    server.use(...fresh.handlers)
    const created = await createAuthressAdapter({ baseUrl: fresh.baseUrl, token: fresh.token })
      .createConnection!(
      { unifiedApi: 'social', serviceId: 'google' },
      { name: 'Google', clientId: 'cid', clientSecret: 'shh', scope: 'openid profile email' },
    )
    expect(fresh.requests.map((request) => request.method)).toEqual(['POST'])
    expect(fresh.requests[0]?.body).toEqual({
      type: 'OAUTH2',
      authenticationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
      tokenUrl: 'https://oauth2.googleapis.com/token',
      issuerUrl: 'https://accounts.google.com',
      clientId: 'cid',
      clientSecret: 'shh',
      defaultConnectionProperties: { scope: 'openid profile email' },
      data: { name: 'Google' },
    })
    expect(created).toMatchObject({
      unified_api: 'social',
      service_id: 'google',
      state: 'callable',
      connection_id: expect.stringMatching(/^con_/),
    })
    expect(fresh.violations).toEqual([])
    server.resetHandlers()
  })

  it('edits with a GET then a PUT without read-only fields; the stored secret survives', async () => {
    const before = authress.connection('okta-acme')
    const updated = await adapter().updateConnection(
      { unifiedApi: 'enterprise', serviceId: 'okta', connectionId: 'okta-acme' },
      {
        settings: {
          name: 'Acme (new)',
          oktaDomain: 'acme.okta.com',
          clientId: before?.clientId,
          clientSecret: '',
        },
      },
    )
    expect(authress.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /v1/connections/okta-acme',
      'PUT /v1/connections/okta-acme',
    ])
    const put = authress.requests[1]?.body as Record<string, unknown>
    expect(put).not.toHaveProperty('createdTime')
    expect(put).not.toHaveProperty('lastUpdated')
    expect(put).not.toHaveProperty('isActiveConnection')
    expect(put).not.toHaveProperty('clientSecret')
    // Properties the form does not own are sent back.
    expect(put.tags).toEqual(before?.tags)
    expect(authress.connection('okta-acme')?.clientSecret).toBe(before?.clientSecret)
    expect(authress.connection('okta-acme')?.data?.name).toBe('Acme (new)')
    expect(updated).toMatchObject({ name: 'Acme (new)', connection_id: 'okta-acme' })
  })

  it('sends a new secret when one is typed, and never a blank value', async () => {
    await adapter().updateConnection(
      { unifiedApi: 'enterprise', serviceId: 'oauth2', connectionId: 'oidc-initech' },
      { settings: { clientSecret: 'rotated', issuerUrl: '' } },
    )
    const put = authress.requests[1]?.body as Record<string, unknown>
    expect(put.clientSecret).toBe('rotated')
    expect(put).not.toHaveProperty('issuerUrl')
    expect(Object.values(put)).not.toContain('')
    expect(authress.connection('oidc-initech')?.clientSecret).toBe('rotated')
  })

  it('keeps a secret Authress does return out of the record, yet sends it back in the PUT', async () => {
    const stored = authress.connection('okta-acme')
    const { clientSecret, ...rest } = stored ?? {}
    const returned = { ...rest, clientSecret, createdTime: undefined, lastUpdated: undefined }
    authress.fail(
      { method: 'GET', path: '/v1/connections/okta-acme', times: 2 },
      { status: 200, body: JSON.parse(JSON.stringify(returned)) },
    )
    const ref = { unifiedApi: 'enterprise', serviceId: 'okta', connectionId: 'okta-acme' }
    const opened = await adapter().getConnection(ref)
    expect(JSON.stringify(opened)).not.toContain(String(clientSecret))
    const saved = await adapter().updateConnection(ref, { settings: { name: 'Acme' } })
    expect(JSON.stringify(saved)).not.toContain(String(clientSecret))
    expect((authress.requests.at(-1)?.body as Record<string, unknown>).clientSecret).toBe(
      clientSecret,
    )
  })

  it('deletes with one DELETE (204)', async () => {
    await adapter().deleteConnection({
      unifiedApi: 'social',
      serviceId: 'github',
      connectionId: 'github',
    })
    expect(apiRequests()).toEqual(['DELETE /v1/connections/github'])
    expect(authress.connection('github')).toBeUndefined()
  })

  it('opens an instance with one GET and a catalog entry with none', async () => {
    const okta = await adapter().getConnection({
      unifiedApi: 'enterprise',
      serviceId: 'okta',
      connectionId: 'okta-acme',
    })
    expect(okta.form_fields?.find((field) => field.id === 'oktaDomain')?.value).toBe(
      'acme.okta.com',
    )
    const entry = await adapter().getConnection({ unifiedApi: 'enterprise', serviceId: 'saml2' })
    expect(entry.state).toBe('available')
    expect(apiRequests()).toEqual(['GET /v1/connections/okta-acme'])
  })
})

describe('createAuthressAdapter: credentials', () => {
  const ref = { unifiedApi: 'enterprise', serviceId: 'okta', connectionId: 'okta-acme' }

  it('resolves to true or false, with the user id percent-encoded, and never to the token', async () => {
    const withUser = adapter({ userId: 'oauth|alice/1' })
    expect(withUser.capabilities.perUserCredentials).toBe(true)
    const yes = await withUser.hasUserCredentials!(ref)
    expect(yes).toBe(true)
    expect(authress.requests[0]?.path).toBe(
      '/v1/connections/okta-acme/users/oauth%7Calice%2F1/credentials',
    )
    const no = await adapter({ userId: 'oauth|bob' }).hasUserCredentials!(ref)
    expect(no).toBe(false)
  })

  it('is offered only with a userId', () => {
    const without = adapter()
    expect(without.capabilities.perUserCredentials).toBe(false)
    expect(without.hasUserCredentials).toBeUndefined()
  })
})

describe('createAuthressAdapter: errors', () => {
  it.each([401, 403, 404])('maps a %i with its errorCode and errorId', async (status) => {
    authress.fail(
      { method: 'GET', path: '/v1/connections/google' },
      { status, body: { title: 'No', errorCode: `Code${status}`, errorId: `id-${status}` } },
    )
    const failure = adapter().getConnection({
      unifiedApi: 'social',
      serviceId: 'google',
      connectionId: 'google',
    })
    await expect(failure).rejects.toMatchObject({
      kind: 'http',
      status,
      code: `Code${status}`,
      requestId: `id-${status}`,
    })
  })

  it('lets a 403 on the credentials route through (only a 404 means no credentials)', async () => {
    authress.fail({ path: /\/credentials$/ }, { status: 403 })
    await expect(
      adapter({ userId: 'u' }).hasUserCredentials!({
        unifiedApi: 'social',
        serviceId: 'google',
        connectionId: 'google',
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('refuses an id that would leave its path segment before sending anything', async () => {
    await expect(
      adapter().deleteConnection({ unifiedApi: 'social', serviceId: 'google', connectionId: '..' }),
    ).rejects.toMatchObject({ kind: 'invalid_request' })
    expect(authress.requests).toEqual([])
  })
})

describe('createAuthressAdapter: messages', () => {
  it('builds German forms with messages: authressDe, English for keys a table leaves out', async () => {
    const list = await adapter({ messages: authressDe }).listConnections()
    const okta = list.find((item) => item.state === 'available' && item.service_id === 'okta')
    expect(okta?.form_fields?.map((field) => field.label)).toEqual([
      'Anzeigename',
      'Okta-Domäne',
      'Client-ID',
      'Geheimer Clientschlüssel',
      'Bereiche',
    ])
    const instance = list.find((item) => item.state === 'callable' && item.service_id === 'okta')
    expect(instance?.form_fields?.at(-1)).toMatchObject({ label: 'Verbindungs-ID', type: 'copy' })

    const partial = await adapter({ messages: { scope: 'Berechtigungen' } }).listConnections()
    const google = partial.find(
      (item) => item.state === 'available' && item.service_id === 'google',
    )
    expect(google?.form_fields?.map((field) => field.label)).toEqual([
      'Display name',
      'Client ID',
      'Client secret',
      'Berechtigungen',
    ])
  })
})
