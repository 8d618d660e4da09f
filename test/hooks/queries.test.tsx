import { waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../support/serve-mock-vault'
import {
  createVaultAdapter,
  integrationKeys,
  useConnection,
  useConnections,
  useResourceSettings,
  type ConnectionRef,
  type ConnectionsAdapter,
} from 'integrations-kit'
import { createMockVault, type MockVault } from 'integrations-kit/testing/msw'
import { advanceTime } from '../fake-time'
import { createTestQueryClient, renderHookWithProviders } from '../utils'
import { crmRef, exact, exactRef, hubspot, salesforce } from './fixtures'

const { server, serve } = serveMockVault()
let vault: MockVault | undefined

function startVault(options: Parameters<typeof createMockVault>[0] = {}) {
  vault = createMockVault({ connectors: [salesforce(), hubspot(), exact()], ...options })
  serve(vault)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  return { vault, adapter }
}

function requestsTo(mock: MockVault, method: string, path: RegExp) {
  return mock.requests.filter((request) => request.method === method && path.test(request.path))
}

describe('useConnections', () => {
  it('is pending, then holds every connector', async () => {
    const { adapter } = startVault()
    const { result } = renderHookWithProviders(() => useConnections(), { adapter })
    expect(result.current.isPending).toBe(true)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.map((connection) => connection.id)).toEqual(
      expect.arrayContaining(['crm+salesforce', 'crm+hubspot', 'accounting+exact-online']),
    )
  })

  it('asks for the list while it first renders, not after its commit, and once', async () => {
    const { adapter } = startVault()
    let calls = 0
    const counted: ConnectionsAdapter = {
      ...adapter,
      listConnections: (...args) => {
        calls += 1
        return adapter.listConnections(...args)
      },
    }
    const seen: number[] = []
    const { result } = renderHookWithProviders(
      () => {
        const query = useConnections()
        seen.push(calls)
        return query
      },
      { adapter: counted },
    )
    // useQuery alone starts fetching from an effect, after the first render has committed.
    expect(seen[0]).toBe(1)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(calls).toBe(1)
  })

  it('filters by unified API with ?api=', async () => {
    const { adapter, vault: mock } = startVault()
    const { result } = renderHookWithProviders(() => useConnections({ api: 'crm' }), { adapter })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.every((connection) => connection.unified_api === 'crm')).toBe(true)
    expect(result.current.data).toHaveLength(2)
    expect(requestsTo(mock, 'GET', /\/vault\/connections$/)[0]?.search).toContain('api=crm')
  })

  it('fails with an IntegrationsApiError and does not retry a 4xx', async () => {
    const { adapter, vault: mock } = startVault()
    mock.fail({ method: 'GET', path: '/vault/connections' }, { status: 401 })
    const { result } = renderHookWithProviders(() => useConnections(), { adapter })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toMatchObject({ name: 'IntegrationsApiError', status: 401 })
    expect(requestsTo(mock, 'GET', /\/vault\/connections$/)).toHaveLength(1)
  })

  it('waits Retry-After on 429, then retries and succeeds', async () => {
    const { adapter, vault: mock } = startVault()
    mock.fail(
      { method: 'GET', path: '/vault/connections', times: 1 },
      { status: 429, headers: { 'Retry-After': '1' } },
    )
    // Fake time: the asked-for second passes at once instead of for real, and the fake clock
    // dates each request.
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const sentAt: number[] = []
    const stamp = () => sentAt.push(Date.now())
    server.events.on('request:start', stamp)
    try {
      const { result } = renderHookWithProviders(() => useConnections(), { adapter })
      await waitFor(() => expect(requestsTo(mock, 'GET', /\/vault\/connections$/)).toHaveLength(1))
      expect(result.current.isPending).toBe(true)
      expect(result.current.failureReason).toMatchObject({ status: 429, retryAfter: 1 })
      await advanceTime(1000)
      await waitFor(() => expect(result.current.isSuccess).toBe(true))
      // The retry went out no sooner than the second the server asked for.
      expect(sentAt[1]! - sentAt[0]!).toBeGreaterThanOrEqual(950)
      expect(requestsTo(mock, 'GET', /\/vault\/connections$/)).toHaveLength(2)
    } finally {
      server.events.removeListener('request:start', stamp)
      vi.useRealTimers()
    }
  })

  it('keeps two consumers apart in one QueryClient (scope isolation)', async () => {
    const first = startVault({ consumerId: 'consumer-a', connectors: [salesforce()] })
    const firstVault = first.vault
    const second = createMockVault({
      consumerId: 'consumer-b',
      baseUrl: 'https://consumer-b.vault.test',
      connectors: [exact(), hubspot()],
    })
    server.use(...second.handlers)
    const secondAdapter = createVaultAdapter({ token: second.token, baseUrl: second.baseUrl })
    expect(first.adapter.scope).not.toBe(secondAdapter.scope)

    const queryClient = createTestQueryClient()
    const a = renderHookWithProviders(() => useConnections(), {
      adapter: first.adapter,
      queryClient,
    })
    await waitFor(() => expect(a.result.current.isSuccess).toBe(true))
    const b = renderHookWithProviders(() => useConnections(), {
      adapter: secondAdapter,
      queryClient,
    })
    // Consumer B must not see consumer A's cached list, even for an instant.
    expect(b.result.current.data).toBeUndefined()
    await waitFor(() => expect(b.result.current.isSuccess).toBe(true))
    expect(a.result.current.data?.map((connection) => connection.service_id)).toEqual([
      'salesforce',
    ])
    expect(b.result.current.data?.map((connection) => connection.service_id).sort()).toEqual([
      'exact-online',
      'hubspot',
    ])
    expect(queryClient.getQueryData(integrationKeys.list('consumer-a'))).toHaveLength(1)
    expect(queryClient.getQueryData(integrationKeys.list('consumer-b'))).toHaveLength(2)
    expect(firstVault.violations).toEqual([])
    expect(second.violations).toEqual([])
  })
})

describe('useConnection', () => {
  it('loads one connection with its form fields', async () => {
    const { adapter } = startVault()
    const { result } = renderHookWithProviders(() => useConnection(crmRef), { adapter })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toMatchObject({ id: 'crm+salesforce', state: 'callable' })
    expect(result.current.data?.form_fields?.[0]?.id).toBe('instance_url')
  })

  it('sends no request while the ref is undefined', async () => {
    const { adapter, vault: mock } = startVault()
    const { result, rerender } = renderHookWithProviders(
      (ref: ConnectionRef | undefined) => useConnection(ref),
      { adapter, initialProps: undefined },
    )
    expect(result.current.fetchStatus).toBe('idle')
    expect(result.current.data).toBeUndefined()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(mock.requests).toHaveLength(0)
    rerender(exactRef)
    await waitFor(() => expect(result.current.data?.id).toBe('accounting+exact-online'))
  })

  it('shows the cached list entry at once while the detail loads', async () => {
    const { adapter } = startVault({ latency: 50 })
    const queryClient = createTestQueryClient()
    const list = renderHookWithProviders(() => useConnections(), { adapter, queryClient })
    await waitFor(() => expect(list.result.current.isSuccess).toBe(true))
    const { result } = renderHookWithProviders(() => useConnection(crmRef), {
      adapter,
      queryClient,
    })
    expect(result.current.isPlaceholderData).toBe(true)
    expect(result.current.data?.id).toBe('crm+salesforce')
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false))
    expect(result.current.data?.id).toBe('crm+salesforce')
  })

  it('fails on 404 without retrying', async () => {
    const { adapter, vault: mock } = startVault()
    const missing = { unifiedApi: 'crm', serviceId: 'does-not-exist' }
    const { result } = renderHookWithProviders(() => useConnection(missing), { adapter })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error?.status).toBe(404)
    expect(requestsTo(mock, 'GET', /does-not-exist/)).toHaveLength(1)
  })
})

describe('useResourceSettings', () => {
  it('loads the defaults of one resource', async () => {
    const { adapter, vault: mock } = startVault()
    const { result } = renderHookWithProviders(() => useResourceSettings(crmRef, 'leads'), {
      adapter,
    })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.resource).toBe('leads')
    expect(Array.isArray(result.current.data?.fields)).toBe(true)
    expect(requestsTo(mock, 'GET', /\/crm\/salesforce\/leads\/config$/)).toHaveLength(1)
  })

  it("fails with kind 'unsupported' and sends nothing when the adapter has no resource settings", async () => {
    const { adapter, vault: mock } = startVault()
    const limited: ConnectionsAdapter = {
      ...adapter,
      capabilities: { ...adapter.capabilities, resourceSettings: false },
    }
    const { result } = renderHookWithProviders(() => useResourceSettings(crmRef, 'leads'), {
      adapter: limited,
    })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toMatchObject({ kind: 'unsupported', code: 'unsupported' })
    expect(mock.requests).toHaveLength(0)
  })
})
