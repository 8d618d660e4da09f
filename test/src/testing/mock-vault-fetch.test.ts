// `integrations-kit/testing` without MSW: the in-memory Vault's own `fetch` serves a client, with
// the same spec checks and faults as the MSW handlers.
import { createVaultClient, IntegrationsApiError } from 'integrations-kit'
import { createMockVault, generateConnectors } from 'integrations-kit/testing'

function clientOf(vault: ReturnType<typeof createMockVault>) {
  return createVaultClient({ token: vault.token, baseUrl: vault.baseUrl, fetch: vault.fetch })
}

describe('createMockVault().fetch', () => {
  it('answers a Vault client with the catalog and records the request', async () => {
    const vault = createMockVault({ connectors: generateConnectors(5, 3) })
    const connections = await clientOf(vault).listConnections()
    expect(connections.map((connection) => connection.id)).toEqual(
      generateConnectors(5, 3).map((connection) => connection.id),
    )
    expect(vault.requests.map(({ method, path }) => `${method} ${path}`)).toEqual([
      'GET /vault/connections',
    ])
    expect(vault.violations).toEqual([])
  })

  it('checks requests against the spec: a read-only property is a violation answered 400', async () => {
    const vault = createMockVault()
    const response = await vault.fetch(`${vault.baseUrl}/vault/connections/crm/salesforce`, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${vault.token}`,
        'x-apideck-app-id': vault.appId,
        'x-apideck-consumer-id': vault.consumerId,
        'x-apideck-auth-type': 'JWT',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ state: 'callable' }),
    })
    expect(response.status).toBe(400)
    expect(vault.violations.map((violation) => violation.rule)).toEqual(['read-only-property'])
  })

  it('rejects like fetch for a network fault and for a URL the mock does not serve', async () => {
    const vault = createMockVault()
    vault.fail({ path: '/vault/connections' }, 'network')
    await expect(clientOf(vault).listConnections()).rejects.toBeInstanceOf(IntegrationsApiError)
    await expect(vault.fetch('https://elsewhere.test/')).rejects.toThrow(TypeError)
    expect(await vault.handle(new Request('https://elsewhere.test/'))).toBeUndefined()
  })

  it('rejects with the signal reason when the request is aborted while it waits', async () => {
    vi.useFakeTimers()
    try {
      const vault = createMockVault({ latency: 1000 })
      const controller = new AbortController()
      const pending = vault.fetch(`${vault.baseUrl}/vault/connections`, {
        signal: controller.signal,
      })
      controller.abort(new DOMException('stop', 'AbortError'))
      await expect(pending).rejects.toMatchObject({ name: 'AbortError', message: 'stop' })
    } finally {
      vi.useRealTimers()
    }
  })
})
