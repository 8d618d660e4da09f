import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query'
import { render, renderHook, screen, waitFor } from '@testing-library/react'
import { StrictMode, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../support/serve-mock-vault'
import {
  createVaultAdapter,
  integrationKeys,
  IntegrationsProvider,
  useConnections,
  useIntegrationsAdapter,
  useUpdateConnection,
} from 'integrations-kit'
import { IntegrationsCallbacksProvider } from '../../hooks/IntegrationsProvider'
import { useIntegrationsEvents } from '../../hooks/useIntegrationsEvents'
import { createMockVault, type MockVault } from 'integrations-kit/testing/msw'
import { createTestQueryClient } from '../utils'
import { crmRef, exact, hubspot, salesforce } from './fixtures'

const { serve } = serveMockVault()
let vault: MockVault | undefined

function startVault() {
  vault = createMockVault({ connectors: [salesforce(), hubspot(), exact()] })
  serve(vault)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  return { vault, adapter }
}

function ConnectionCount() {
  const connections = useConnections()
  return <p>{connections.isSuccess ? `${connections.data.length} connectors` : 'loading'}</p>
}

describe('IntegrationsProvider', () => {
  describe('given a host QueryClientProvider above it', () => {
    it('uses the host client: our queries land in the host cache', async () => {
      const { adapter } = startVault()
      const host = createTestQueryClient()
      render(
        <QueryClientProvider client={host}>
          <IntegrationsProvider adapter={adapter}>
            <ConnectionCount />
          </IntegrationsProvider>
        </QueryClientProvider>,
      )
      expect(await screen.findByText('3 connectors')).toBeInTheDocument()
      expect(host.getQueryData(integrationKeys.list(adapter.scope))).toHaveLength(3)
    })

    it('prefers an explicit queryClient prop over the host client', async () => {
      const { adapter } = startVault()
      const host = createTestQueryClient()
      const own = createTestQueryClient()
      render(
        <QueryClientProvider client={host}>
          <IntegrationsProvider adapter={adapter} queryClient={own}>
            <ConnectionCount />
          </IntegrationsProvider>
        </QueryClientProvider>,
      )
      expect(await screen.findByText('3 connectors')).toBeInTheDocument()
      expect(own.getQueryData(integrationKeys.list(adapter.scope))).toHaveLength(3)
      expect(host.getQueryData(integrationKeys.list(adapter.scope))).toBeUndefined()
    })
  })

  describe('given no QueryClient above it', () => {
    it('makes exactly one client of its own and keeps it across re-renders', async () => {
      const { adapter } = startVault()
      const seen = new Set<QueryClient>()
      function Probe() {
        seen.add(useQueryClient())
        return <ConnectionCount />
      }
      const ui = (onError: () => void) => (
        <StrictMode>
          <IntegrationsProvider adapter={adapter} onError={onError}>
            <Probe />
          </IntegrationsProvider>
        </StrictMode>
      )
      const { rerender } = render(ui(() => {}))
      expect(await screen.findByText('3 connectors')).toBeInTheDocument()
      // (StrictMode's mount-unmount-mount may abort and repeat the very first fetch: count after it.)
      const requestsAfterLoad = vault?.requests.length
      rerender(ui(() => {}))
      rerender(ui(() => {}))
      expect(screen.getByText('3 connectors')).toBeInTheDocument()
      expect(seen.size).toBe(1)
      // The cache survived the re-renders: no new request.
      expect(vault?.requests.length).toBe(requestsAfterLoad)
    })

    it('gives separate providers separate clients', async () => {
      const { adapter } = startVault()
      const seen: QueryClient[] = []
      function Probe() {
        const client = useQueryClient()
        if (!seen.includes(client)) {
          seen.push(client)
        }
        return null
      }
      render(
        <>
          <IntegrationsProvider adapter={adapter}>
            <Probe />
          </IntegrationsProvider>
          <IntegrationsProvider adapter={adapter}>
            <Probe />
          </IntegrationsProvider>
        </>,
      )
      await waitFor(() => expect(seen).toHaveLength(2))
    })
  })

  it('useIntegrationsAdapter throws a clear error outside a provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => renderHook(() => useIntegrationsAdapter())).toThrow(/IntegrationsProvider/)
  })

  it('useIntegrationsAdapter returns the adapter of the nearest provider', () => {
    const { adapter } = startVault()
    const { result } = renderHook(() => useIntegrationsAdapter(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <IntegrationsProvider adapter={adapter} queryClient={createTestQueryClient()}>
          {children}
        </IntegrationsProvider>
      ),
    })
    expect(result.current).toBe(adapter)
  })
})

describe('host callbacks', () => {
  it('fires the callbacks of every enclosing provider, innermost first', () => {
    const { adapter } = startVault()
    const calls: string[] = []
    const { result } = renderHook(() => useIntegrationsEvents(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <IntegrationsProvider
          adapter={adapter}
          queryClient={createTestQueryClient()}
          onConnectionChange={(connection) => calls.push(`outer:${connection.id}`)}
          onEvent={(event) => calls.push(`outer:${event.type}`)}
        >
          <IntegrationsCallbacksProvider
            onConnectionChange={(connection) => calls.push(`inner:${connection.id}`)}
          >
            {children}
          </IntegrationsCallbacksProvider>
        </IntegrationsProvider>
      ),
    })
    result.current.connectionChanged(salesforce())
    result.current.track({ type: 'connector_opened', ...crmRef })
    expect(calls).toEqual([
      'inner:crm+salesforce',
      'outer:crm+salesforce',
      'outer:connector_opened',
    ])
  })

  it('calls the latest callback props without re-creating the emitters', () => {
    const { adapter } = startVault()
    const queryClient = createTestQueryClient()
    const first = vi.fn()
    const second = vi.fn()
    let onConnectionChange = first
    const { result, rerender } = renderHook(() => useIntegrationsEvents(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <IntegrationsProvider
          adapter={adapter}
          queryClient={queryClient}
          onConnectionChange={onConnectionChange}
        >
          {children}
        </IntegrationsProvider>
      ),
    })
    const emitters = result.current
    onConnectionChange = second
    rerender()
    expect(result.current).toBe(emitters)
    result.current.connectionChanged(salesforce())
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledTimes(1)
  })

  it('reports a throwing onConnectionChange to onError, and the mutation still succeeds', async () => {
    const { adapter } = startVault()
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const failure = new Error('host analytics is down')
    const onError = vi.fn()
    const onConnectionChange = vi.fn(() => {
      throw failure
    })
    const queryClient = createTestQueryClient()
    const { result } = renderHook(() => useUpdateConnection(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <IntegrationsProvider
          adapter={adapter}
          queryClient={queryClient}
          onConnectionChange={onConnectionChange}
          onError={onError}
        >
          {children}
        </IntegrationsProvider>
      ),
    })
    const updated = await result.current.mutateAsync({ ref: crmRef, patch: { enabled: false } })
    expect(updated.enabled).toBe(false)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(onConnectionChange).toHaveBeenCalledTimes(1)
    expect(onError).toHaveBeenCalledWith(failure)
    expect(consoleError).toHaveBeenCalled()
  })

  it('survives an onError that throws too', () => {
    const { adapter } = startVault()
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { result } = renderHook(() => useIntegrationsEvents(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <IntegrationsProvider
          adapter={adapter}
          queryClient={createTestQueryClient()}
          onConnectionDelete={() => {
            throw new Error('first')
          }}
          onError={() => {
            throw new Error('second')
          }}
        >
          {children}
        </IntegrationsProvider>
      ),
    })
    expect(() => result.current.connectionDeleted(hubspot())).not.toThrow()
    expect(() => result.current.error(new Error('request failed'))).not.toThrow()
  })
})
