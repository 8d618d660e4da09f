// @module-tag page
/**
 * Nested readers of one connection share one request, also under a host QueryClient whose
 * staleTime is TanStack's default 0; a host can still ask for other freshness for our keys.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { serveMockVault } from '../support/serve-mock-vault'
import {
  ConnectionDetails,
  createVaultAdapter,
  IntegrationsPage,
  IntegrationsProvider,
  integrationKeys,
  useConnection,
  useConnections,
  type ConnectionsAdapter,
} from 'integrations-kit'
import { createMockVault, generateConnectors, type MockVault } from 'integrations-kit/testing/msw'

const { serve } = serveMockVault()
let vault: MockVault | undefined

function start() {
  vault = createMockVault({ connectors: generateConnectors(24, 1) })
  serve(vault)
  return { vault, adapter: createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl }) }
}

/** A host app's own client: TanStack defaults (staleTime 0), no retries to keep failures fast. */
function hostClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } })
}

function Host({
  client,
  adapter,
  children,
}: {
  client: QueryClient
  adapter: ConnectionsAdapter
  children: ReactNode
}) {
  return (
    <QueryClientProvider client={client}>
      <IntegrationsProvider adapter={adapter}>{children}</IntegrationsProvider>
    </QueryClientProvider>
  )
}

function connectionGets(mock: MockVault, path: string) {
  return mock.requests.filter((request) => request.method === 'GET' && request.path.endsWith(path))
}

describe('given a host QueryClient with the default staleTime of 0', () => {
  it('fetches an opened connection once, however many parts of the panel read it', async () => {
    const { vault: mock, adapter } = start()
    const client = hostClient()
    // Opened directly (a deep link): no list entry to show first, so the panel's body and its
    // manage actions mount only after the connection has arrived, and read it again on mount.
    render(
      <Host client={client} adapter={adapter}>
        <ConnectionDetails connectionRef={{ unifiedApi: 'crm', serviceId: 'salesforce' }} />
      </Host>,
    )
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' })
    await within(dialog).findByRole('group', { name: 'Manage Salesforce' })
    await waitFor(() => expect(client.isFetching()).toBe(0))
    expect(connectionGets(mock, '/vault/connections/crm/salesforce')).toHaveLength(1)
  })

  it('shares the catalog list between page and host reads', async () => {
    const { vault: mock, adapter } = start()
    const client = hostClient()
    function ListReader() {
      const query = useConnections()
      return <p>{query.data ? `host sees ${query.data.length}` : 'host loading'}</p>
    }
    const { rerender } = render(
      <Host client={client} adapter={adapter}>
        <IntegrationsPage />
      </Host>,
    )
    await screen.findByRole('button', { name: /^Salesforce/ })
    await waitFor(() => expect(client.isFetching()).toBe(0))
    rerender(
      <Host client={client} adapter={adapter}>
        <IntegrationsPage />
        <ListReader />
      </Host>,
    )
    await screen.findByText('host sees 24')
    await waitFor(() => expect(client.isFetching()).toBe(0))
    expect(connectionGets(mock, '/vault/connections')).toHaveLength(1)
  })

  it('lets the host register another staleTime for our keys with setQueryDefaults', async () => {
    const { vault: mock, adapter } = start()
    const client = hostClient()
    client.setQueryDefaults(integrationKeys.all(adapter.scope), { staleTime: 0 })
    const ref = { unifiedApi: 'crm', serviceId: 'salesforce' }
    function Reader() {
      const query = useConnection(ref)
      return <p>{query.data ? `read ${query.data.name}` : 'loading'}</p>
    }
    const { rerender } = render(
      <Host client={client} adapter={adapter}>
        <Reader />
      </Host>,
    )
    await screen.findByText('read Salesforce')
    await waitFor(() => expect(client.isFetching()).toBe(0))
    // A second reader mounting later finds the data stale (the host's choice) and refetches.
    rerender(
      <Host client={client} adapter={adapter}>
        <Reader />
        <Reader />
      </Host>,
    )
    await waitFor(() =>
      expect(connectionGets(mock, '/vault/connections/crm/salesforce')).toHaveLength(2),
    )
  })
})
