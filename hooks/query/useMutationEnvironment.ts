'use client'
import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { ConnectionsAdapter } from '../../src/adapter'
import type { Connection, ConnectionRef } from '../../src/types'
import { invalidateLists, writeConnection } from './connection-cache'
import { useIntegrationsAdapter } from '../IntegrationsProvider'
import { useIntegrationsEvents, type IntegrationsEvents } from '../useIntegrationsEvents'

export interface MutationEnvironment {
  adapter: ConnectionsAdapter
  queryClient: QueryClient
  events: IntegrationsEvents
}

/** What every mutation hook closes over: the adapter, the QueryClient in use, the guarded emitters. */
export function useMutationEnvironment(): MutationEnvironment {
  return {
    adapter: useIntegrationsAdapter(),
    queryClient: useQueryClient(),
    events: useIntegrationsEvents(),
  }
}

/**
 * `onSuccess` of a mutation that answers with the saved connection: written into detail(ref) and
 * every cached list, announced to the host once, lists invalidated.
 */
export function onConnectionSaved({ adapter, queryClient, events }: MutationEnvironment) {
  return (connection: Connection, { ref }: { ref: ConnectionRef }) => {
    writeConnection(queryClient, adapter.scope, ref, connection)
    events.connectionChanged(connection)
    return invalidateLists(queryClient, adapter.scope)
  }
}
