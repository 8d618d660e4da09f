import { setupServer } from 'msw/node'
import { createMockVault, generateConnector, mockConfirmToken } from 'integrations-kit/testing/msw'
import type { Connection } from 'integrations-kit'
import { specErrors } from './spec-conformance'
import { callVault } from './vault-test-client'

const vault = createMockVault()
const server = setupServer(...vault.handlers)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  // Every happy path here must be spec-clean.
  expect(vault.violations).toEqual([])
  vault.reset()
})
afterAll(() => server.close())

function dataOf(body: unknown): Connection {
  return (body as { data: Connection }).data
}

describe('given the default catalog', () => {
  it('lists every connector in a GetConnectionsResponse envelope', async () => {
    const answer = await callVault(vault, '/vault/connections')
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ status_code: 200, status: 'OK' })
    const data = (answer.body as { data: Connection[] }).data
    expect(data).toHaveLength(24)
    expect(data[0]).toMatchObject({ id: 'crm+salesforce', state: 'callable' })
    expect(specErrors('connectionsAll', 200, answer.body)).toEqual([])
  })

  it('filters by ?api= and ?configured=', async () => {
    const crm = await callVault(vault, '/vault/connections?api=crm')
    const crmData = (crm.body as { data: Connection[] }).data
    expect(crmData.length).toBeGreaterThan(0)
    expect(crmData.every((connection) => connection.unified_api === 'crm')).toBe(true)

    const unconfigured = await callVault(vault, '/vault/connections?configured=false')
    expect((unconfigured.body as { data: Connection[] }).data.map((c) => c.id)).toEqual([
      'ats+lever',
    ])
    const configured = await callVault(vault, '/vault/connections?configured=true')
    expect((configured.body as { data: Connection[] }).data).toHaveLength(23)
  })

  it('gets one connection', async () => {
    const answer = await callVault(vault, '/vault/connections/accounting/xero')
    expect(answer.status).toBe(200)
    expect(dataOf(answer.body)).toMatchObject({ id: 'accounting+xero', name: 'Xero' })
    expect(specErrors('connectionsOne', 200, answer.body)).toEqual([])
  })

  it('answers an unknown connector with a 404 EntityNotFoundError body', async () => {
    const answer = await callVault(vault, '/vault/connections/crm/nope')
    expect(answer.status).toBe(404)
    expect(answer.body).toMatchObject({
      status_code: 404,
      error: 'Not Found',
      type_name: 'EntityNotFoundError',
      detail: { not_found: { entity: 'connection', id: 'crm+nope' } },
    })
  })

  it('adds with PATCH enabled:true and updates settings and metadata', async () => {
    const added = await callVault(vault, '/vault/connections/crm/pipedrive', {
      method: 'PATCH',
      body: { enabled: false },
    })
    expect(dataOf(added.body)).toMatchObject({ enabled: false, state: 'authorized' })

    const enabled = await callVault(vault, '/vault/connections/accounting/quickbooks', {
      method: 'PATCH',
      body: { enabled: true },
    })
    expect(enabled.status).toBe(200)
    expect(dataOf(enabled.body)).toMatchObject({
      enabled: true,
      state: 'added',
      health: 'needs_auth',
    })
    expect(specErrors('connectionsUpdate', 200, enabled.body)).toEqual([])

    const updated = await callVault(vault, '/vault/connections/accounting/quickbooks', {
      method: 'PATCH',
      body: { settings: { sync_start: '2025-01-01' }, metadata: { plan: 'pro' } },
    })
    const data = dataOf(updated.body)
    expect(data.settings).toEqual({ sync_start: '2025-01-01' })
    expect(data.metadata).toEqual({ plan: 'pro' })
    expect(data.form_fields?.find((field) => field.id === 'sync_start')?.value).toBe('2025-01-01')
  })

  it('creates an authorized connection with POST', async () => {
    const answer = await callVault(vault, '/vault/connections/file-storage/google-drive', {
      method: 'POST',
      body: { enabled: true, settings: { include_shared_drives: true } },
    })
    expect(answer.status).toBe(200)
    expect(dataOf(answer.body)).toMatchObject({ state: 'callable', enabled: true })
    expect(specErrors('connectionsAdd', 200, answer.body)).toEqual([])
  })

  it('deletes with 204 and no body, back to available with settings cleared', async () => {
    const answer = await callVault(vault, '/vault/connections/accounting/xero', {
      method: 'DELETE',
    })
    expect(answer.status).toBe(204)
    expect(answer.text).toBe('')
    expect(vault.connection({ unifiedApi: 'accounting', serviceId: 'xero' })).toMatchObject({
      state: 'available',
      enabled: false,
      settings: null,
    })
    const again = await callVault(vault, '/vault/connections/accounting/xero', { method: 'DELETE' })
    expect(again.status).toBe(404)
  })

  it('imports credentials and becomes callable', async () => {
    const answer = await callVault(vault, '/vault/connections/file-storage/google-drive/import', {
      method: 'POST',
      body: {
        credentials: { access_token: 'at-1', refresh_token: 'rt-1', expires_in: 3600 },
        settings: { include_shared_drives: false },
        metadata: { imported: true },
      },
    })
    expect(answer.status).toBe(200)
    expect(dataOf(answer.body)).toMatchObject({ state: 'callable', metadata: { imported: true } })
    expect(specErrors('connectionsImport', 200, answer.body)).toEqual([])
  })

  it('requests a token for a client_credentials connector', async () => {
    const path = '/vault/connections/accounting/dynamics-365-business-central'
    await callVault(vault, path, {
      method: 'PATCH',
      body: { settings: { tenant_id: 't', client_id: 'c', client_secret: 's' } },
    })
    const answer = await callVault(vault, `${path}/token`, { method: 'POST', body: {} })
    expect(answer.status).toBe(200)
    expect(dataOf(answer.body)).toMatchObject({ state: 'callable', health: 'ok' })
    expect(specErrors('connectionsToken', 200, answer.body)).toEqual([])
  })

  it('validates a connection', async () => {
    const answer = await callVault(vault, '/vault/connections/hris/bamboohr/validate', {
      method: 'POST',
    })
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({
      status_code: 200,
      status: 'OK',
      data: { id: 'hris+bamboohr', state: 'invalid' },
    })
    expect(specErrors('validateConnectionState', 200, answer.body)).toEqual([])
  })

  it('confirms an OAuth connection with the consent page token', async () => {
    const answer = await callVault(vault, '/vault/connections/crm/hubspot/confirm', {
      method: 'POST',
      body: { confirm_token: mockConfirmToken('hubspot', 'n-1') },
    })
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ status_code: 200, status: 'OK', data: { confirmed: true } })
    expect(specErrors('connectionsConfirm', 200, answer.body)).toEqual([])
    expect(vault.connection('crm+hubspot')).toMatchObject({ state: 'callable', health: 'ok' })
  })

  it('serves resource settings as a flat field list and saves defaults', async () => {
    const path = '/vault/connections/crm/pipedrive/deals/config'
    const read = await callVault(vault, path)
    expect(read.status).toBe(200)
    const configuration = (
      read.body as { data: { configuration: Array<{ id: string; type: string }> } }
    ).data.configuration
    expect(configuration.map((field) => [field.id, field.type])).toEqual([
      ['pipeline_id', 'select'],
      ['stage_id', 'filtered-select'],
      ['expected_close_in_days', 'number'],
    ])
    expect(specErrors('connectionSettingsAll', 200, read.body)).toEqual([])

    const saved = await callVault(vault, path, {
      method: 'PATCH',
      body: {
        configuration: [
          {
            resource: 'deals',
            defaults: [
              { id: 'pipeline_id', value: '2' },
              { id: 'stage_id', value: '4' },
            ],
          },
        ],
      },
    })
    expect(saved.status).toBe(200)
    const data = dataOf(saved.body)
    expect(data.state).toBe('callable')
    expect(data.configuration?.[0]?.defaults).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'stage_id', value: '4' })]),
    )
    expect(specErrors('connectionSettingsUpdate', 200, saved.body)).toEqual([])
  })

  it('gives OAuth connectors authorize and revoke URLs on the consent URL', async () => {
    const hubspot = vault.connection({ unifiedApi: 'crm', serviceId: 'hubspot' })
    const authorizeUrl = new URL(hubspot?.authorize_url ?? '')
    expect(`${authorizeUrl.origin}${authorizeUrl.pathname}`).toBe(
      `${vault.baseUrl}/vault/authorize`,
    )
    expect(authorizeUrl.searchParams.get('service_id')).toBe('hubspot')
    expect(authorizeUrl.searchParams.get('application_id')).toBe(vault.appId)
    expect(authorizeUrl.searchParams.get('state')).toMatch(/^[\w-]+$/)
    expect(hubspot?.revoke_url).toContain(`${vault.baseUrl}/vault/revoke?service_id=hubspot`)
    // Token-grant and key connectors have no consent window.
    expect(vault.connection('hris+bamboohr')?.authorize_url).toBeNull()
    expect(vault.connection('accounting+dynamics-365-business-central')?.authorize_url).toBeNull()
  })
})

describe('given options', () => {
  it('uses the given catalog, ids, base URL and consent URL', async () => {
    const custom = createMockVault({
      connectors: [generateConnector({ service_id: 'acme', auth_type: 'oauth2' })],
      appId: 'app-1',
      consumerId: 'user-1',
      baseUrl: 'https://vault.test/api',
      consentUrl: 'https://app.test/mock-oauth/consent.html',
    })
    server.use(...custom.handlers)
    const answer = await callVault(custom, '/vault/connections')
    expect(answer.status).toBe(200)
    const [acme] = (answer.body as { data: Connection[] }).data
    expect(acme?.authorize_url).toMatch(
      /^https:\/\/app\.test\/mock-oauth\/consent\.html\?service_id=acme&unified_api=crm&application_id=app-1&state=/,
    )
    expect(custom.requests.map((request) => request.path)).toEqual(['/vault/connections'])
    expect(custom.violations).toEqual([])
  })

  it('issues a session token whose claims the client can decode', () => {
    const [, payload] = vault.token.split('.')
    const claims = JSON.parse(
      atob((payload ?? '').replace(/-/g, '+').replace(/_/g, '/')),
    ) as Record<string, unknown>
    expect(claims).toMatchObject({ application_id: 'mock-app-id', consumer_id: 'mock-consumer-id' })
    expect(Number(claims.exp)).toBeGreaterThan(Number(claims.iat))
  })

  it('records method, path, search, lower-cased headers and parsed body', async () => {
    await callVault(vault, '/vault/connections/crm/hubspot', {
      method: 'PATCH',
      body: { enabled: true },
      headers: { 'X-Custom-Header': 'yes' },
    })
    await callVault(vault, '/vault/connections?api=crm')
    expect(vault.requests).toEqual([
      expect.objectContaining({
        method: 'PATCH',
        path: '/vault/connections/crm/hubspot',
        search: '',
        body: { enabled: true },
        headers: expect.objectContaining({
          'x-custom-header': 'yes',
          'x-apideck-auth-type': 'JWT',
        }),
      }),
      expect.objectContaining({ method: 'GET', search: '?api=crm', body: undefined }),
    ])
  })
})
