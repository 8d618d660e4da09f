import { createVaultAdapter, createVaultClient } from 'integrations-kit'
import { vaultCapabilities } from '../../../src/vault/adapter'
import { createMockVault } from 'integrations-kit/testing/msw'
import { expectValidConnection } from './connection-invariants'
import { catalog, hubspotRef, pipedriveRef, salesforceRef } from './fixtures'
import { serveMockVault } from '../../support/serve-mock-vault'

const vault = createMockVault({ connectors: catalog() })
serveMockVault(vault)

afterEach(() => {
  const violations = [...vault.violations]
  vault.reset()
  expect(violations).toEqual([])
})

function vaultAdapter() {
  return createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
}

describe('createVaultAdapter', () => {
  it('declares what Vault can do', () => {
    const adapter = vaultAdapter()
    expect(adapter.kind).toBe('vault')
    expect(adapter.capabilities).toEqual({
      list: 'single',
      readableConfig: true,
      catalog: 'api',
      multiplePerConnector: false,
      add: true,
      create: false,
      update: 'patch',
      enable: true,
      delete: true,
      oauth: true,
      tokenGrant: true,
      resourceSettings: true,
      import: true,
      validate: true,
      perUserCredentials: false,
      consent: true,
      customMapping: true,
      logs: true,
    })
    expect(adapter.capabilities).toBe(vaultCapabilities)
  })

  it("is scoped to the session's consumer, or 'default' without one", () => {
    expect(vaultAdapter().scope).toBe(vault.consumerId)
    expect(createVaultAdapter({ token: 'sk_key', appId: 'app' }).scope).toBe('default')
  })

  it('accepts a ready client as well as client options', async () => {
    const client = createVaultClient({ token: vault.token, baseUrl: vault.baseUrl })
    const adapter = createVaultAdapter(client)
    expect(adapter.scope).toBe(vault.consumerId)
    const list = await adapter.listConnections()
    expect(list).toHaveLength(4)
    list.forEach(expectValidConnection)
  })

  it('adds a connector with PATCH {enabled:true}, not POST', async () => {
    const adapter = vaultAdapter()
    const added = await adapter.addConnection?.(pipedriveRef)
    expect(vault.requests.at(-1)).toMatchObject({
      method: 'PATCH',
      path: '/vault/connections/crm/pipedrive',
      body: { enabled: true },
    })
    expect(vault.requests.some((request) => request.method === 'POST')).toBe(false)
    expect(added).toMatchObject({ id: 'crm+pipedrive', state: 'added', enabled: true })
  })

  it('adds with settings in the same PATCH, and always enabled', async () => {
    const adapter = vaultAdapter()
    await adapter.addConnection?.(pipedriveRef, { enabled: false, settings: { api_key: 'k' } })
    expect(vault.requests.at(-1)?.body).toEqual({ enabled: true, settings: { api_key: 'k' } })
  })

  it('updates resource defaults through …/{resource}/config and returns the connection', async () => {
    const adapter = vaultAdapter()
    const connection = await adapter.updateResourceSettings?.(hubspotRef, 'leads', [
      { id: 'source', value: 'partner', target: 'resource' },
    ])
    expect(vault.requests.at(-1)).toMatchObject({
      method: 'PATCH',
      path: '/vault/connections/crm/hubspot/leads/config',
      body: {
        configuration: [{ resource: 'leads', defaults: [{ id: 'source', value: 'partner' }] }],
      },
    })
    expect(connection?.id).toBe('crm+hubspot')
    const settings = await adapter.getResourceSettings?.(hubspotRef, 'leads')
    expect(settings?.fields[0]?.value).toBe('partner')
  })

  it('re-reads the connection when the resource-settings answer lacks one', async () => {
    const client = createVaultClient({ token: vault.token, baseUrl: vault.baseUrl })
    const adapter = createVaultAdapter({
      ...client,
      updateResourceSettings: async (...args) => {
        await client.updateResourceSettings(...args)
        return null
      },
    })
    const connection = await adapter.updateResourceSettings?.(hubspotRef, 'leads', [
      { id: 'source', value: 'events' },
    ])
    expect(connection?.id).toBe('crm+hubspot')
    expect(vault.requests.at(-1)).toMatchObject({
      method: 'GET',
      path: '/vault/connections/crm/hubspot',
    })
  })

  it('delegates the OAuth URLs to the client', async () => {
    const adapter = vaultAdapter()
    const connection = await adapter.getConnection(salesforceRef)
    const url = adapter.authorizeUrl?.(connection, {
      redirectUri: 'https://app.test/cb',
      nonce: 'n1',
    })
    expect(new URL(url ?? '').searchParams.get('redirect_uri')).toBe('https://app.test/cb')
    expect(new URL(url ?? '').searchParams.get('nonce')).toBe('n1')
    expect(
      adapter.revokeUrl?.(
        { ...connection, revoke_url: 'javascript:alert(1)' },
        {
          redirectUri: 'https://app.test/cb',
        },
      ),
    ).toBeNull()
  })
})
