import { QueryClient } from '@tanstack/react-query'
import { retryDelay, shouldRetryQuery } from '../../src/query/retry'

/**
 * The QueryClient IntegrationsProvider makes when the host has none: our retry policy as defaults
 * (our query options set it per query too, so a host's client gets the same behaviour), and a short
 * staleTime so opening and closing a connector does not refetch the whole catalog each time.
 */
export function createIntegrationsQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetryQuery, retryDelay, staleTime: 30_000 },
      mutations: { retry: false },
    },
  })
}
