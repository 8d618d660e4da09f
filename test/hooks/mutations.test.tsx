import { act, waitFor } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../support/serve-mock-vault'
import {
  createVaultAdapter,
  integrationKeys,
  useAddConnection,
  useConnection,
  useConnections,
  useConnectionToken,
  useDeleteConnection,
  useImportConnection,
  useResourceSettings,
  useUpdateConnection,
  useUpdateResourceSettings,
  useValidateConnection,
  type Connection,
  type ConnectionRef,
  type ConnectionsAdapter,
  type IntegrationsCallbacks,
} from 'integrations-kit'
import { useConfirmConnection } from '../../hooks/useConfirmConnection'
import { createMockVault, INVALID_CREDENTIAL, type MockVault } from 'integrations-kit/testing/msw'
import { renderHookWithProviders } from '../utils'
import { crmRef, exact, exactRef, hubspot, hubspotRef, salesforce } from './fixtures'

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

/**
 * From now on every GET fails (403, not retried). What the views show after a mutation is then what
 * the mutation wrote into the cache itself, not what a refetch brought back.
 */
function failEveryRead(mock: MockVault) {
  mock.fail({ method: 'GET', times: Infinity }, { status: 403 })
}

/** A promise the test resolves by hand (Promise.withResolvers is Node 22+). */
function createGate() {
  let resolve = () => {}
  const promise = new Promise<void>((done) => {
    resolve = done
  })
  return { promise, resolve: () => resolve() }
}

const listReads = (mock: MockVault) => requestsTo(mock, 'GET', /^\/vault\/connections$/).length

function callbackSpies() {
  return {
    onConnectionChange: vi.fn<(connection: Connection) => void>(),
    onConnectionDelete: vi.fn<(connection: Connection) => void>(),
    onError: vi.fn<(error: Error) => void>(),
    onEvent: vi.fn(),
  } satisfies IntegrationsCallbacks
}

/**
 * Renders a mutation next to the three queries that show one connection: the unfiltered list, the
 * list filtered by its unified API, and its detail. All three are loaded before it returns.
 */
async function renderWithViews<Mutation>(
  adapter: ConnectionsAdapter,
  ref: ConnectionRef,
  useMutationHook: () => Mutation,
  callbacks: IntegrationsCallbacks = {},
) {
  const rendered = renderHookWithProviders(
    () => ({
      all: useConnections(),
      filtered: useConnections({ api: ref.unifiedApi }),
      detail: useConnection(ref),
      mutation: useMutationHook(),
    }),
    { adapter, callbacks },
  )
  await waitFor(() => {
    const { all, filtered, detail } = rendered.result.current
    expect(all.isSuccess && filtered.isSuccess && detail.isSuccess).toBe(true)
    expect(detail.isPlaceholderData).toBe(false)
  })
  const views = () => {
    const { all, filtered, detail } = rendered.result.current
    const find = (list: Connection[] | undefined) =>
      list?.find(
        (connection) =>
          connection.unified_api === ref.unifiedApi && connection.service_id === ref.serviceId,
      )
    return { all: find(all.data), filtered: find(filtered.data), detail: detail.data }
  }
  return { ...rendered, views }
}

describe('useAddConnection', () => {
  it('adds an available connector; detail and both lists show it, onConnectionChange fires once', async () => {
    const { adapter, vault: mock } = startVault()
    const callbacks = callbackSpies()
    const { result, views } = await renderWithViews(
      adapter,
      hubspotRef,
      useAddConnection,
      callbacks,
    )
    failEveryRead(mock)
    expect(views().all?.state).toBe('available')
    const readsBefore = listReads(mock)

    const added = await result.current.mutation.mutateAsync({ ref: hubspotRef })

    expect(added.state).toBe('added')
    expect(added.enabled).toBe(true)
    await waitFor(() => {
      const { all, filtered, detail } = views()
      expect([all?.state, filtered?.state, detail?.state]).toEqual(['added', 'added', 'added'])
    })
    expect(mock.connection(hubspotRef)?.state).toBe('added')
    // Both list variants were invalidated and refetched (here the refetches fail, the data stays).
    expect(listReads(mock)).toBe(readsBefore + 2)
    expect(callbacks.onConnectionChange).toHaveBeenCalledTimes(1)
    expect(callbacks.onConnectionChange).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'crm+hubspot', state: 'added' }),
    )
  })
})

describe('useUpdateConnection', () => {
  it('shows the patch everywhere before the server answers, then keeps the answer', async () => {
    const { adapter, vault: mock } = startVault({ latency: 150 })
    const callbacks = callbackSpies()
    const { result, views } = await renderWithViews(adapter, crmRef, useUpdateConnection, callbacks)
    failEveryRead(mock)
    expect(views().detail?.enabled).toBe(true)

    result.current.mutation.mutate({ ref: crmRef, patch: { enabled: false } })

    // Optimistic: visible in all three while the PATCH is still in flight.
    await waitFor(() => {
      const { all, filtered, detail } = views()
      expect([all?.enabled, filtered?.enabled, detail?.enabled]).toEqual([false, false, false])
    })
    expect(result.current.mutation.isPending).toBe(true)
    await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true))
    const { all, filtered, detail } = views()
    expect([all?.enabled, filtered?.enabled, detail?.enabled]).toEqual([false, false, false])
    expect(callbacks.onConnectionChange).toHaveBeenCalledTimes(1)
    expect(callbacks.onEvent).toHaveBeenCalledWith({
      type: 'connection_disabled',
      unifiedApi: 'crm',
      serviceId: 'salesforce',
    })
  })

  it('rolls the detail and both lists back when the server refuses', async () => {
    const { adapter, vault: mock } = startVault({ latency: 50 })
    mock.fail({ method: 'PATCH', path: /\/crm\/salesforce$/ }, { status: 500 })
    const callbacks = callbackSpies()
    const { result, views } = await renderWithViews(adapter, crmRef, useUpdateConnection, callbacks)
    failEveryRead(mock)

    result.current.mutation.mutate({
      ref: crmRef,
      patch: { settings: { instance_url: 'https://new.my.salesforce.com' } },
    })
    await waitFor(() =>
      expect(views().filtered?.settings?.instance_url).toBe('https://new.my.salesforce.com'),
    )
    await waitFor(() => expect(result.current.mutation.isError).toBe(true))

    const { all, filtered, detail } = views()
    expect([
      all?.settings?.instance_url,
      filtered?.settings?.instance_url,
      detail?.settings?.instance_url,
    ]).toEqual([
      'https://acme.my.salesforce.com',
      'https://acme.my.salesforce.com',
      'https://acme.my.salesforce.com',
    ])
    expect(result.current.mutation.error?.status).toBe(500)
    expect(callbacks.onError).toHaveBeenCalledWith(result.current.mutation.error)
    expect(callbacks.onConnectionChange).not.toHaveBeenCalled()
    // A 5xx on a mutation is not retried: the user decides.
    expect(requestsTo(mock, 'PATCH', /\/crm\/salesforce$/)).toHaveLength(1)
  })

  it('keeps the newest optimistic value while an older update is still answering', async () => {
    const { adapter, vault: mock } = startVault()
    // Hold each PATCH before it reaches the mock until the test releases it, so the first answer
    // lands while the second update is in flight (a resolver that returns nothing passes the
    // request on to the mock's handler).
    const gates = [createGate(), createGate()]
    let patches = 0
    server.use(
      http.patch(`${mock.baseUrl}/vault/connections/crm/salesforce`, async () => {
        await gates[patches++]?.promise
      }),
    )
    const seen: Array<boolean | undefined> = []
    const { result } = renderHookWithProviders(
      () => {
        const detail = useConnection(crmRef)
        seen.push(detail.isPlaceholderData ? undefined : detail.data?.enabled)
        return { detail, update: useUpdateConnection() }
      },
      { adapter },
    )
    await waitFor(() => expect(result.current.detail.data?.enabled).toBe(true))

    let first: Promise<unknown> = Promise.resolve()
    act(() => {
      first = result.current.update.mutateAsync({ ref: crmRef, patch: { enabled: false } })
    })
    await waitFor(() => expect(result.current.detail.data?.enabled).toBe(false))
    let second: Promise<unknown> = Promise.resolve()
    act(() => {
      second = result.current.update.mutateAsync({ ref: crmRef, patch: { enabled: true } })
    })
    await waitFor(() => expect(result.current.detail.data?.enabled).toBe(true))
    const sinceSecondUpdate = seen.length - 1

    gates[0]?.resolve()
    await act(() => first)
    // React Query notifies observers on a timer: let that run before looking.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    // The first answer (enabled: false) is older than the second optimistic value: no flash back.
    expect(seen.slice(sinceSecondUpdate)).not.toContain(false)
    expect(result.current.detail.data?.enabled).toBe(true)

    gates[1]?.resolve()
    await act(() => second)
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true))
    expect(seen.slice(sinceSecondUpdate)).not.toContain(false)
    expect(mock.connection(crmRef)?.enabled).toBe(true)
  })

  it('does not retry a 4xx', async () => {
    const { adapter, vault: mock } = startVault()
    mock.fail({ method: 'PATCH', path: /\/crm\/salesforce$/ }, { status: 422 })
    const { result } = await renderWithViews(adapter, crmRef, useUpdateConnection)
    await expect(
      result.current.mutation.mutateAsync({ ref: crmRef, patch: { enabled: false } }),
    ).rejects.toMatchObject({ status: 422 })
    expect(requestsTo(mock, 'PATCH', /\/crm\/salesforce$/)).toHaveLength(1)
  })

  it('retries a 429 after Retry-After and succeeds', async () => {
    const { adapter, vault: mock } = startVault()
    mock.fail(
      { method: 'PATCH', path: /\/crm\/salesforce$/, times: 1 },
      { status: 429, headers: { 'Retry-After': '0' } },
    )
    const { result, views } = await renderWithViews(adapter, crmRef, useUpdateConnection)
    const updated = await act(() =>
      result.current.mutation.mutateAsync({ ref: crmRef, patch: { enabled: false } }),
    )
    expect(updated.enabled).toBe(false)
    expect(requestsTo(mock, 'PATCH', /\/crm\/salesforce$/)).toHaveLength(2)
    await waitFor(() => expect(views().all?.enabled).toBe(false))
  })
})

describe('useDeleteConnection', () => {
  it('puts the connector back to available everywhere and reports the old connection', async () => {
    const { adapter, vault: mock } = startVault()
    const callbacks = callbackSpies()
    const { result, views } = await renderWithViews(adapter, crmRef, useDeleteConnection, callbacks)
    failEveryRead(mock)

    await result.current.mutation.mutateAsync({ ref: crmRef })

    await waitFor(() => {
      const { all, filtered, detail } = views()
      expect([all?.state, filtered?.state, detail?.state]).toEqual([
        'available',
        'available',
        'available',
      ])
    })
    expect(requestsTo(mock, 'DELETE', /\/crm\/salesforce$/)).toHaveLength(1)
    expect(callbacks.onConnectionDelete).toHaveBeenCalledTimes(1)
    expect(callbacks.onConnectionDelete).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'crm+salesforce', name: 'Salesforce', state: 'available' }),
    )
    expect(callbacks.onEvent).toHaveBeenCalledWith({
      type: 'connection_deleted',
      unifiedApi: 'crm',
      serviceId: 'salesforce',
    })
  })

  it('reports a failure to onError and changes nothing', async () => {
    const { adapter, vault: mock } = startVault()
    mock.fail({ method: 'DELETE' }, { status: 403 })
    const callbacks = callbackSpies()
    const { result, views } = await renderWithViews(adapter, crmRef, useDeleteConnection, callbacks)
    await expect(result.current.mutation.mutateAsync({ ref: crmRef })).rejects.toMatchObject({
      status: 403,
    })
    expect(views().all?.state).toBe('callable')
    expect(callbacks.onError).toHaveBeenCalledTimes(1)
    expect(callbacks.onConnectionDelete).not.toHaveBeenCalled()
  })
})

describe('useImportConnection', () => {
  it('stores the answer in the detail and both lists', async () => {
    const { adapter, vault: mock } = startVault()
    const callbacks = callbackSpies()
    const { result, views } = await renderWithViews(
      adapter,
      hubspotRef,
      useImportConnection,
      callbacks,
    )
    failEveryRead(mock)
    const imported = await result.current.mutation.mutateAsync({
      ref: hubspotRef,
      body: { credentials: { access_token: 'imported-access-token', expires_in: 3600 } },
    })
    expect(imported.state).not.toBe('available')
    await waitFor(() => {
      const { all, filtered, detail } = views()
      expect([all?.state, filtered?.state, detail?.state]).toEqual([
        imported.state,
        imported.state,
        imported.state,
      ])
    })
    expect(requestsTo(mock, 'POST', /\/crm\/hubspot\/import$/)).toHaveLength(1)
    expect(callbacks.onConnectionChange).toHaveBeenCalledTimes(1)
  })

  it("rejects with kind 'unsupported' and sends nothing when the adapter cannot import", async () => {
    const { adapter, vault: mock } = startVault()
    const { importConnection: _dropped, ...rest } = adapter
    const limited: ConnectionsAdapter = rest
    const callbacks = callbackSpies()
    const { result } = await renderWithViews(limited, hubspotRef, useImportConnection, callbacks)
    const before = mock.requests.length
    await expect(
      result.current.mutation.mutateAsync({
        ref: hubspotRef,
        body: { credentials: { access_token: 'x' } },
      }),
    ).rejects.toMatchObject({ kind: 'unsupported', code: 'unsupported' })
    expect(mock.requests).toHaveLength(before)
    expect(callbacks.onError).toHaveBeenCalledTimes(1)
  })
})

describe('useConnectionToken', () => {
  it('requests a token for a client_credentials connector and shows the new state', async () => {
    const clientCredentials = hubspot({
      id: 'crm+pipedrive',
      service_id: 'pipedrive',
      name: 'Pipedrive',
      state: 'added',
      enabled: true,
      oauth_grant_type: 'client_credentials',
    })
    const ref = { unifiedApi: 'crm', serviceId: 'pipedrive' }
    const { adapter, vault: mock } = startVault({ connectors: [salesforce(), clientCredentials] })
    const callbacks = callbackSpies()
    const { result, views } = await renderWithViews(adapter, ref, useConnectionToken, callbacks)
    failEveryRead(mock)
    const connection = await result.current.mutation.mutateAsync({ ref })
    await waitFor(() => {
      const { all, filtered, detail } = views()
      expect([all?.state, filtered?.state, detail?.state]).toEqual([
        connection.state,
        connection.state,
        connection.state,
      ])
    })
    expect(callbacks.onConnectionChange).toHaveBeenCalledTimes(1)
  })
})

describe('useValidateConnection', () => {
  it('writes the resulting state everywhere and reports the change', async () => {
    // Stored credentials the provider now rejects ('invalid' is the mock's convention for that).
    const { adapter, vault: mock } = startVault({
      connectors: [exact({ settings: { api_key: INVALID_CREDENTIAL } }), salesforce()],
    })
    const callbacks = callbackSpies()
    const { result, views } = await renderWithViews(
      adapter,
      exactRef,
      useValidateConnection,
      callbacks,
    )
    failEveryRead(mock)
    expect(views().all?.state).toBe('callable')

    const outcome = await result.current.mutation.mutateAsync({ ref: exactRef })

    expect(outcome.state).toBe('invalid')
    await waitFor(() => {
      const { all, filtered, detail } = views()
      expect([all?.state, filtered?.state, detail?.state]).toEqual([
        'invalid',
        'invalid',
        'invalid',
      ])
    })
    expect(callbacks.onConnectionChange).toHaveBeenCalledTimes(1)
    expect(callbacks.onConnectionChange).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'accounting+exact-online', state: 'invalid' }),
    )
    expect(callbacks.onEvent).toHaveBeenCalledWith({
      type: 'connection_validated',
      unifiedApi: 'accounting',
      serviceId: 'exact-online',
      valid: false,
    })
  })
})

describe('useConfirmConnection', () => {
  it('confirms an OAuth connection and shows it connected everywhere', async () => {
    const { adapter, vault: mock } = startVault({
      connectors: [salesforce(), hubspot({ state: 'added', enabled: true })],
    })
    const callbacks = callbackSpies()
    const { result, views } = await renderWithViews(
      adapter,
      hubspotRef,
      useConfirmConnection,
      callbacks,
    )
    const answer = await result.current.mutation.mutateAsync({
      ref: hubspotRef,
      confirmToken: 'mock-confirm.hubspot.nonce-1',
    })
    expect(answer.confirmed).toBe(true)
    const confirmedState = mock.connection(hubspotRef)?.state
    expect(confirmedState).not.toBe('added')
    await waitFor(() => {
      const { all, filtered, detail } = views()
      expect([all?.state, filtered?.state, detail?.state]).toEqual([
        confirmedState,
        confirmedState,
        confirmedState,
      ])
    })
    expect(callbacks.onConnectionChange).toHaveBeenCalledTimes(1)
    expect(callbacks.onConnectionChange).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'crm+hubspot', state: confirmedState }),
    )
  })

  it('does not retry a refused confirm token', async () => {
    const { adapter, vault: mock } = startVault({
      connectors: [salesforce(), hubspot({ state: 'added', enabled: true })],
    })
    const { result } = await renderWithViews(adapter, hubspotRef, useConfirmConnection)
    await expect(
      result.current.mutation.mutateAsync({ ref: hubspotRef, confirmToken: 'forged' }),
    ).rejects.toMatchObject({ kind: 'http' })
    expect(requestsTo(mock, 'POST', /\/confirm$/)).toHaveLength(1)
  })
})

describe('useUpdateResourceSettings', () => {
  it('saves the defaults, refetches that resource and shows the answer in the detail', async () => {
    const { adapter, vault: mock } = startVault()
    const callbacks = callbackSpies()
    const { result, views, queryClient } = await renderWithViews(
      adapter,
      crmRef,
      () => ({ settings: useResourceSettings(crmRef, 'leads'), save: useUpdateResourceSettings() }),
      callbacks,
    )
    await waitFor(() => expect(result.current.mutation.settings.isSuccess).toBe(true))
    const settingsRequests = () => requestsTo(mock, 'GET', /\/leads\/config$/).length
    const before = settingsRequests()

    const connection = await result.current.mutation.save.mutateAsync({
      ref: crmRef,
      resource: 'leads',
      defaults: [{ id: 'status', value: 'open' }],
    })

    expect(requestsTo(mock, 'PATCH', /\/leads\/config$/)).toHaveLength(1)
    await waitFor(() => expect(settingsRequests()).toBe(before + 1))
    expect(views().detail).toEqual(connection)
    expect(
      queryClient.getQueryState(integrationKeys.resourceSettings(adapter.scope, crmRef, 'leads'))
        ?.isInvalidated,
    ).toBe(false)
    expect(callbacks.onConnectionChange).toHaveBeenCalledTimes(1)
    expect(callbacks.onEvent).toHaveBeenCalledWith({
      type: 'resource_settings_saved',
      unifiedApi: 'crm',
      serviceId: 'salesforce',
      resource: 'leads',
    })
  })
})
