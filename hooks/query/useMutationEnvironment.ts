'use client'
import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { ConnectionsAdapter } from '../../src/adapter'
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
