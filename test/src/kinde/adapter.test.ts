import { createKindeAdapter, kindeCapabilities } from '../../../src/kinde/adapter'
import { createMockKinde, type MockKinde } from '../../../src/testing/mock-kinde'
import {
  generateKindeConnections,
  kindeBuiltInConnections,
} from '../../../src/testing/generate-kinde-connections'
import type { MockKindeOptions } from '../../../src/testing/mock-kinde'
import { isIntegrationsApiError, type IntegrationsApiError } from '../../../src/errors'
import type { Connection } from '../../../src/types'
import { kindeDe } from 'integrations-kit/kinde/locales/de'

const API = '/api/v1/connections'
const PROXY = 'https://app.example.com/api/kinde'

function setup(options: MockKindeOptions = {}, adapterOptions = {}) {
  const kinde = createMockKinde({ auth: 'proxy', baseUrl: PROXY, ...options })
  const adapter = createKindeAdapter({ baseUrl: PROXY, fetch: kinde.fetch, ...adapterOptions })
  return { kinde, adapter }
}

async function rejection(promise: Promise<unknown>): Promise<IntegrationsApiError> {
  try {
    await promise
  } catch (error) {
    if (isIntegrationsApiError(error)) {
      return error
    }
    throw error
  }
  throw new Error('did not reject')
}

const instances = (records: Connection[]) => records.filter((record) => record.state === 'callable')

function expectNoViolations(kinde: MockKinde) {
  expect(kinde.violations).toEqual([])
}

describe('createKindeAdapter: list', () => {
  it('follows every page with page_size=100 and starting_after=<last id>', async () => {
    const { kinde, adapter } = setup({ connections: generateKindeConnections(250, 2) })
    const records = await adapter.listConnections()
    expect(instances(records)).toHaveLength(250)
    expect(kinde.requests.map((request) => request.search)).toEqual([
      '?page_size=100',
      `?page_size=100&starting_after=${kinde.connections()[99]!.id}`,
      `?page_size=100&starting_after=${kinde.connections()[199]!.id}`,
    ])
    expectNoViolations(kinde)
  })

  it('pages by pageSize when the host asks for smaller pages, clamped to 1–100', async () => {
    const { kinde, adapter } = setup(
      { connections: generateKindeConnections(25, 3) },
      { pageSize: 10 },
    )
    expect(instances(await adapter.listConnections())).toHaveLength(25)
    const ids = kinde.connections().map((record) => record.id)
    expect(kinde.requests.map((request) => request.search)).toEqual([
      '?page_size=10',
      `?page_size=10&starting_after=${ids[9]}`,
      `?page_size=10&starting_after=${ids[19]}`,
    ])
    const large = setup({ connections: generateKindeConnections(3, 3) }, { pageSize: 500 })
    await large.adapter.listConnections()
    expect(large.kinde.requests.map((request) => request.search)).toEqual(['?page_size=100'])
    expectNoViolations(kinde)
    expectNoViolations(large.kinde)
  })

  it('lists 1,000 connections in 10 sequential requests', async () => {
    const { kinde, adapter } = setup({ connections: generateKindeConnections(1000, 6) })
    expect(instances(await adapter.listConnections())).toHaveLength(1000)
    expect(kinde.requests).toHaveLength(10)
  })

  it('stops with an error on a cursor that does not advance', async () => {
    const { kinde, adapter } = setup({ connections: generateKindeConnections(3) })
    const stuck = {
      code: 'OK',
      connections: [{ id: 'conn_same', strategy: 'saml:okta' }],
      has_more: true,
    }
    kinde.fail({ method: 'GET', path: API, times: Infinity }, { status: 200, body: stuck })
    const error = await rejection(adapter.listConnections())
    expect(error.kind).toBe('parse')
    expect(String(error.detail)).toMatch(/did not advance/)
    expect(kinde.requests).toHaveLength(2)
  })

  it('stops with an error after 100 pages', async () => {
    const { kinde, adapter } = setup({ connections: generateKindeConnections(10_001, 4) })
    const error = await rejection(adapter.listConnections())
    expect(error.kind).toBe('parse')
    expect(String(error.detail)).toMatch(/100 pages/)
    expect(kinde.requests).toHaveLength(100)
  })

  it('reads flat and enveloped list items alike', async () => {
    for (const listItems of ['flat', 'envelope'] as const) {
      const { kinde, adapter } = setup({ listItems, connections: generateKindeConnections(4, 5) })
      const records = instances(await adapter.listConnections())
      expect(records.map((record) => record.connection_id)).toEqual(
        kinde.connections().map((record) => record.id),
      )
      expect(records[0]).toMatchObject({
        id: kinde.connections()[0]!.id,
        name: kinde.connections()[0]!.display_name,
        service_id: kinde.connections()[0]!.strategy,
      })
    }
  })

  it('returns the 22 catalog entries and the instances under their category', async () => {
    const { adapter } = setup({
      connections: [
        { id: 'conn_1', name: 'acme', display_name: 'Acme Okta', strategy: 'saml:okta' },
        { id: 'conn_2', name: 'gh', display_name: 'GitHub', strategy: 'oauth2:github' },
      ],
    })
    const records = await adapter.listConnections()
    const catalog = records.filter((record) => record.state === 'available')
    expect(catalog).toHaveLength(22)
    const okta = catalog.find((record) => record.service_id === 'saml:okta')
    expect(okta).toMatchObject({ unified_api: 'enterprise', allows_multiple: true })
    expect(okta?.connection_id).toBeUndefined()
    expect(instances(records)).toEqual([
      expect.objectContaining({
        id: 'conn_1',
        connection_id: 'conn_1',
        unified_api: 'enterprise',
        service_id: 'saml:okta',
        name: 'Acme Okta',
        allows_multiple: true,
      }),
      expect.objectContaining({
        connection_id: 'conn_2',
        unified_api: 'social',
        allows_multiple: false,
      }),
    ])
    expect(instances(records)[0]?.settings).toBeUndefined()
    expect(
      (await adapter.listConnections({ api: 'social' })).every((r) => r.unified_api === 'social'),
    ).toBe(true)
  })

  it("hides Kinde's built-in methods unless builtIn: 'show'", async () => {
    const connections = [...kindeBuiltInConnections(), ...generateKindeConnections(2)]
    const hidden = setup({ connections })
    expect(instances(await hidden.adapter.listConnections())).toHaveLength(2)
    const shown = setup({ connections }, { builtIn: 'show' })
    const records = instances(await shown.adapter.listConnections())
    expect(records).toHaveLength(5)
    expect(
      records.filter((record) => record.unified_api === 'built_in').map((r) => r.service_id),
    ).toEqual(['email:password', 'phone:otp', 'username:password'])
  })
})

describe('createKindeAdapter: get, create, edit, delete', () => {
  it('gets the summary of one connection', async () => {
    const { kinde, adapter } = setup()
    const stored = kinde.connections()[4]!
    const record = await adapter.getConnection({
      unifiedApi: 'enterprise',
      serviceId: stored.strategy,
      connectionId: stored.id,
    })
    expect(record).toMatchObject({ id: stored.id, name: stored.display_name, state: 'callable' })
    expect(record.form_fields?.[0]).toMatchObject({ id: 'connection_id', value: stored.id })
    expect(kinde.requests).toHaveLength(1)
  })

  it('creates with POST then GET, and sends exactly the entered SAML fields', async () => {
    const { kinde, adapter } = setup({ connections: [] })
    const created = await adapter.createConnection!(
      { unifiedApi: 'enterprise', serviceId: 'saml:okta' },
      {
        display_name: 'Acme Okta',
        name: 'acme-okta',
        saml_idp_metadata_url: 'https://acme.okta.com/metadata',
        home_realm_domains: ['@acme.com', 'acme.io'],
        saml_signing_private_key: '',
      },
    )
    expect(kinde.requests.map((request) => request.method)).toEqual(['POST', 'GET'])
    expect(kinde.requests[0]?.body).toEqual({
      name: 'acme-okta',
      display_name: 'Acme Okta',
      strategy: 'saml:okta',
      options: {
        saml_idp_metadata_url: 'https://acme.okta.com/metadata',
        home_realm_domains: ['@acme.com', 'acme.io'],
      },
    })
    const id = kinde.connections()[0]!.id
    expect(created).toMatchObject({
      id,
      connection_id: id,
      state: 'callable',
      unified_api: 'enterprise',
      service_id: 'saml:okta',
      name: 'Acme Okta',
    })
    expectNoViolations(kinde)
  })

  it('resolves a create whose follow-up GET fails', async () => {
    const { kinde, adapter } = setup({ connections: [] })
    kinde.fail({ method: 'GET', path: /^\/api\/v1\/connections\/.+/ }, { status: 503 })
    const created = await adapter.createConnection!(
      { unifiedApi: 'social', serviceId: 'oauth2:google' },
      { display_name: 'Google', client_id: 'id', client_secret: 'secret' },
    )
    expect(created).toMatchObject({
      connection_id: kinde.connections()[0]!.id,
      name: 'Google',
      service_id: 'oauth2:google',
    })
  })

  it('edits with PATCH then GET, never sending blank values, secrets left blank or the strategy', async () => {
    const { kinde, adapter } = setup()
    const stored = kinde.connections().find((record) => record.strategy.startsWith('saml:'))!
    const updated = await adapter.updateConnection(
      { unifiedApi: 'enterprise', serviceId: stored.strategy, connectionId: stored.id },
      {
        settings: {
          connection_id: stored.id,
          display_name: 'Renamed',
          name: '',
          saml_entity_id: '',
          saml_signing_private_key: '',
          home_realm_domains: [],
          is_trusted: true,
          is_create_missing_user: '',
          name_id_format: '',
        },
      },
    )
    expect(kinde.requests.map((request) => request.method)).toEqual(['PATCH', 'GET'])
    expect(kinde.requests[0]?.body).toEqual({
      display_name: 'Renamed',
      options: { is_trusted: true },
    })
    expect(updated.name).toBe('Renamed')
    // The options Kinde keeps are merged, not wiped.
    expect(kinde.connection(stored.id)?.options).toMatchObject({
      ...stored.options,
      is_trusted: true,
    })
    expectNoViolations(kinde)
  })

  it('deletes, and the instance is gone from the list', async () => {
    const { kinde, adapter } = setup()
    const stored = kinde.connections()[5]!
    await adapter.deleteConnection({
      unifiedApi: 'enterprise',
      serviceId: stored.strategy,
      connectionId: stored.id,
    })
    expect(kinde.requests.at(-1)).toMatchObject({ method: 'DELETE', path: `${API}/${stored.id}` })
    const records = await adapter.listConnections()
    expect(records.some((record) => record.connection_id === stored.id)).toBe(false)
    expect(
      records.some(
        (record) => record.service_id === stored.strategy && record.state === 'available',
      ),
    ).toBe(true)
  })

  it('refuses an edit of a catalog entry without sending anything', async () => {
    const { kinde, adapter } = setup()
    const error = await rejection(
      adapter.updateConnection(
        { unifiedApi: 'social', serviceId: 'oauth2:google' },
        { settings: {} },
      ),
    )
    expect(error.kind).toBe('invalid_request')
    expect(kinde.requests).toEqual([])
  })

  it('declares what Kinde can do', () => {
    expect(setup().adapter.capabilities).toBe(kindeCapabilities)
    expect(kindeCapabilities).toMatchObject({
      list: 'cursor',
      readableConfig: false,
      catalog: 'static',
      multiplePerConnector: true,
      create: true,
      update: 'patch',
      enable: false,
      delete: true,
    })
  })
})

describe('createKindeAdapter: errors', () => {
  it('puts a 400 field onto the form field and keeps the values local', async () => {
    const { adapter } = setup()
    const error = await rejection(
      adapter.createConnection!(
        { unifiedApi: 'enterprise', serviceId: 'oauth2:azure_ad' },
        { display_name: 'Entra', home_realm_domains: ['not a domain'] },
      ),
    )
    expect(error.status).toBe(400)
    expect(error.code).toBe('INVALID_HOME_REALM_DOMAIN')
    expect(error.detail).toEqual({
      errors: [{ field: 'home_realm_domains', message: '"not a domain" is not a domain' }],
    })
  })

  it.each([
    ['list', 'read:connections'],
    ['create', 'create:connections'],
    ['edit', 'update:connections'],
    ['delete', 'delete:connections'],
  ] as const)('names the missing scope of a 403 on %s', async (operation, scope) => {
    const { kinde, adapter } = setup()
    const ref = {
      unifiedApi: 'enterprise',
      serviceId: 'saml:okta',
      connectionId: kinde.connections()[4]!.id,
    }
    kinde.fail(
      {},
      { status: 403, body: { errors: [{ code: 'FORBIDDEN', message: 'Missing scope' }] } },
    )
    const run = {
      list: () => adapter.listConnections(),
      create: () =>
        adapter.createConnection!(
          { unifiedApi: 'social', serviceId: 'oauth2:google' },
          { display_name: 'G' },
        ),
      edit: () => adapter.updateConnection(ref, { settings: { display_name: 'X' } }),
      delete: () => adapter.deleteConnection(ref),
    }[operation]
    const error = await rejection(run())
    expect(error.status).toBe(403)
    expect(error.detail).toMatchObject({ scope })
  })

  it('maps the object-form 404 of an unknown id', async () => {
    const { adapter } = setup()
    const error = await rejection(
      adapter.deleteConnection({
        unifiedApi: 'enterprise',
        serviceId: 'saml:okta',
        connectionId: 'conn_gone',
      }),
    )
    expect(error.status).toBe(404)
    expect(error.code).toBe('CONNECTION_NOT_FOUND')
  })

  it('takes the wait of a 429 from RateLimit-Reset, falling back to Retry-After', async () => {
    const { kinde, adapter } = setup()
    kinde.fail(
      { method: 'GET' },
      { status: 429, headers: { 'ratelimit-reset': '17', 'retry-after': '60' } },
    )
    expect((await rejection(adapter.listConnections())).retryAfter).toBe(17)
    kinde.fail({ method: 'GET' }, { status: 429, headers: { 'retry-after': '9' } })
    const fallback = await rejection(adapter.listConnections())
    expect(fallback.retryAfter).toBe(9)
    expect(fallback.retryable).toBe(true)
  })
})

describe('createKindeAdapter: messages', () => {
  it('builds German create and edit forms with messages: kindeDe', async () => {
    const { adapter } = setup({ connections: generateKindeConnections(3) }, { messages: kindeDe })
    const records = await adapter.listConnections()
    const okta = records.find((record) => record.service_id === 'saml:okta')
    expect(okta?.form_fields?.slice(0, 3).map((field) => field.label)).toEqual([
      'Anzeigename',
      'Verbindungsname',
      'Entitäts-ID',
    ])
    const edit = instances(records)[0]?.form_fields ?? []
    expect(edit[0]).toMatchObject({ id: 'connection_id', label: 'Verbindungs-ID', type: 'copy' })
    expect(edit.find((field) => field.id === 'is_trusted')?.placeholder).toBe(
      'Aktuelle Einstellung beibehalten',
    )
  })

  it('rejects an invalid value in the form language and sends nothing', async () => {
    const { kinde, adapter } = setup({}, { messages: kindeDe })
    const error = await rejection(
      adapter.createConnection!(
        { unifiedApi: 'enterprise', serviceId: 'oauth2:azure_ad' },
        { display_name: 'Entra', upstream_params: 'not json' },
      ),
    )
    expect(error.detail).toEqual({
      errors: [{ field: 'upstream_params', message: 'Bitte ein JSON-Objekt eingeben.' }],
    })
    expect(kinde.requests).toEqual([])
  })

  it('falls back to English for the keys a partial table leaves out', async () => {
    const { adapter } = setup({ connections: [] }, { messages: { client_id: 'App-ID' } })
    const google = await adapter.getConnection({ unifiedApi: 'social', serviceId: 'oauth2:google' })
    expect(google.form_fields?.map((field) => field.label).slice(0, 4)).toEqual([
      'Display name',
      'Connection name',
      'App-ID',
      'Client secret',
    ])
  })
})
