import { setupServer } from 'msw/node'
import {
  createMockVault,
  generateConnector,
  generateConnectors,
  mockConfirmToken,
} from 'integrations-kit/testing/msw'
import type { Connection } from 'integrations-kit'
import { field } from '../../../src/testing/form-field-builders'
import { callVault } from './vault-test-client'

const apiKeyConnector = generateConnector({
  service_id: 'keyed',
  unified_api: 'crm',
  auth_type: 'apiKey',
  validation_support: true,
  settings_required_for_authorization: ['api_key'],
  form_fields: [
    field('api_key', 'API key', 'text', { required: true, sensitive: true }),
    field('region', 'Region', 'select', { required: true }),
  ],
})
const oauthConnector = generateConnector({
  service_id: 'oauthy',
  unified_api: 'crm',
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
})
const needsConfiguration = generateConnector({
  service_id: 'unconfigured',
  unified_api: 'crm',
  auth_type: 'oauth2',
  integration_state: 'needs_configuration',
})

const vault = createMockVault({
  connectors: [apiKeyConnector, oauthConnector, needsConfiguration],
})
const server = setupServer(...vault.handlers)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  expect(vault.violations).toEqual([])
  vault.reset()
})
afterAll(() => server.close())

const keyed = '/vault/connections/crm/keyed'
const oauthy = '/vault/connections/crm/oauthy'

async function patch(path: string, body: unknown): Promise<Connection> {
  const answer = await callVault(vault, path, { method: 'PATCH', body })
  expect(answer.status).toBe(200)
  return (answer.body as { data: Connection }).data
}

describe('an apiKey connector', () => {
  it('goes available → added → authorized → callable as settings arrive', async () => {
    expect(vault.connection('crm+keyed')).toMatchObject({ state: 'available', enabled: false })
    expect(await patch(keyed, { enabled: true })).toMatchObject({
      state: 'added',
      health: 'missing_settings',
    })
    expect(await patch(keyed, { settings: { api_key: 'k-1' } })).toMatchObject({
      state: 'authorized',
      health: 'missing_settings',
    })
    expect(await patch(keyed, { settings: { region: 'eu' } })).toMatchObject({
      state: 'callable',
      health: 'ok',
    })
  })

  it("turns invalid when a setting is 'invalid', and valid again when fixed", async () => {
    await patch(keyed, { enabled: true, settings: { region: 'eu', api_key: 'invalid' } })
    const validated = await callVault(vault, `${keyed}/validate`, { method: 'POST', body: {} })
    expect(validated.body).toMatchObject({ data: { state: 'invalid' } })
    expect(vault.connection('crm+keyed')).toMatchObject({ state: 'invalid', health: 'needs_auth' })
    expect(await patch(keyed, { settings: { api_key: 'k-2' } })).toMatchObject({
      state: 'callable',
    })
  })

  it('keeps its state when disabled and back when enabled', async () => {
    await patch(keyed, { enabled: true, settings: { region: 'eu', api_key: 'k' } })
    expect(await patch(keyed, { enabled: false })).toMatchObject({
      state: 'callable',
      enabled: false,
    })
    expect(await patch(keyed, { enabled: true })).toMatchObject({
      state: 'callable',
      enabled: true,
    })
  })

  it('returns to available with settings cleared on DELETE', async () => {
    await patch(keyed, { enabled: true, settings: { region: 'eu', api_key: 'k' } })
    expect((await callVault(vault, keyed, { method: 'DELETE' })).status).toBe(204)
    expect(vault.connection('crm+keyed')).toMatchObject({ state: 'available', settings: null })
    expect(await patch(keyed, { enabled: true })).toMatchObject({ state: 'added', settings: {} })
  })

  it('refuses POST token: it has no token grant', async () => {
    await patch(keyed, { enabled: true })
    const answer = await callVault(vault, `${keyed}/token`, { method: 'POST' })
    expect(answer.status).toBe(422)
    expect(answer.body).toMatchObject({ type_name: 'InvalidStateError', message: 'Invalid State' })
  })
})

describe('an OAuth connector', () => {
  it('is authorized by confirm with a token for its own service, once', async () => {
    await patch(oauthy, { enabled: true })
    expect(vault.connection('crm+oauthy')).toMatchObject({ state: 'added', health: 'needs_auth' })

    const foreign = await callVault(vault, `${oauthy}/confirm`, {
      method: 'POST',
      body: { confirm_token: mockConfirmToken('salesforce', 'n') },
    })
    expect(foreign.status).toBe(422)
    const junk = await callVault(vault, `${oauthy}/confirm`, {
      method: 'POST',
      body: { confirm_token: 'not-a-token' },
    })
    expect(junk.status).toBe(400)
    expect(junk.body).toMatchObject({ type_name: 'RequestValidationError' })
    expect(vault.connection('crm+oauthy')?.state).toBe('added')

    const token = mockConfirmToken('oauthy', 'nonce-42')
    const confirmed = await callVault(vault, `${oauthy}/confirm`, {
      method: 'POST',
      body: { confirm_token: token },
    })
    expect(confirmed.body).toMatchObject({ data: { confirmed: true } })
    expect(vault.connection('crm+oauthy')).toMatchObject({ state: 'callable', health: 'ok' })

    const replay = await callVault(vault, `${oauthy}/confirm`, {
      method: 'POST',
      body: { confirm_token: token },
    })
    expect(replay.status).toBe(422)
  })

  it('goes back to added with health revoked when revoked on the provider page', async () => {
    vault.authorize('crm+oauthy')
    const answer = await callVault(vault, '/__mock/revoke/crm/oauthy', { method: 'POST' })
    expect(answer.status).toBe(200)
    expect(vault.connection('crm+oauthy')).toMatchObject({ state: 'added', health: 'revoked' })
    // The mock-only page is not a Vault API request.
    expect(vault.requests).toEqual([])
  })

  it('refuses confirm while the integration needs configuration', async () => {
    const answer = await callVault(vault, '/vault/connections/crm/unconfigured/confirm', {
      method: 'POST',
      body: { confirm_token: mockConfirmToken('unconfigured', 'n') },
    })
    expect(answer.status).toBe(422)
  })

  it('consents on the default consent URL and redirects with a confirm token', async () => {
    const connection = vault.connection('crm+oauthy')
    const url = new URL(connection?.authorize_url ?? '')
    url.searchParams.set('redirect_uri', 'https://app.test/callback')
    url.searchParams.set('nonce', 'abc')
    const response = await fetch(url, { redirect: 'manual' })
    expect(response.status).toBe(302)
    const location = new URL(response.headers.get('location') ?? '')
    const hash = new URLSearchParams(location.hash.slice(1))
    expect(hash.get('nonce')).toBe('abc')
    expect(hash.get('service_id')).toBe('oauthy')
    const confirmed = await callVault(vault, `${oauthy}/confirm`, {
      method: 'POST',
      body: { confirm_token: hash.get('confirm_token') },
    })
    expect(confirmed.status).toBe(200)
  })

  it('becomes callable on import', async () => {
    const answer = await callVault(vault, `${oauthy}/import`, {
      method: 'POST',
      body: { credentials: { access_token: 'at' } },
    })
    expect((answer.body as { data: Connection }).data.state).toBe('callable')
  })
})

describe('fixtures', () => {
  it('report their own state and health until the first write', async () => {
    const catalog = createMockVault()
    server.use(...catalog.handlers)
    expect(catalog.connection('customer-support+zendesk')).toMatchObject({
      state: 'added',
      health: 'pending_confirmation',
    })
    expect(catalog.connection('ats+greenhouse')).toMatchObject({
      state: 'callable',
      enabled: false,
    })
    await callVault(catalog, '/vault/connections/customer-support/zendesk/confirm', {
      method: 'POST',
      body: { confirm_token: mockConfirmToken('zendesk', 'n') },
    })
    expect(catalog.connection('customer-support+zendesk')).toMatchObject({
      state: 'callable',
      health: 'ok',
    })
    catalog.reset()
    expect(catalog.connection('customer-support+zendesk')?.health).toBe('pending_confirmation')
    expect(catalog.violations).toEqual([])
  })
})

describe('generated catalogs', () => {
  it.each([1, 2])(
    'agree with the state machine (seed %i): a no-op write keeps every state',
    async (seed) => {
      const catalog = createMockVault({ connectors: generateConnectors(100, seed) })
      server.use(...catalog.handlers)
      const mismatches: string[] = []
      for (const connection of generateConnectors(100, seed)) {
        if (connection.state === 'available') {
          continue
        }
        const answer = await callVault(
          catalog,
          `/vault/connections/${connection.unified_api}/${connection.service_id}`,
          { method: 'PATCH', body: { enabled: connection.enabled } },
        )
        const state = (answer.body as { data: Connection }).data.state
        if (state !== connection.state) {
          mismatches.push(`${connection.id}: ${connection.state} → ${state}`)
        }
      }
      expect(mismatches).toEqual([])
      expect(catalog.violations).toEqual([])
    },
  )
})
