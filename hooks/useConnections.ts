'use client'
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import { useState } from 'react'
import type { IntegrationsApiError } from '../src/errors'
import type { Connection, ConnectionFilters } from '../src/types'
import { withHostStaleTime } from './query/host-query-defaults'
import { connectionQueries } from './query/connection-queries'
import { useIntegrationsAdapter } from './IntegrationsProvider'
import { useReportQueryError } from './query/useReportQueryError'
import { useIntegrationsEvents } from './useIntegrationsEvents'

/**
 * Every connector/connection for these filters. Reads `connectionKeys.list(scope, filters)`. A
 * failure (after the retries) is reported to `onError`.
 * Records the response carried but the list leaves out (duplicates, unaddressable ids, malformed)
 * are reported to `onEvent` as `record_skipped`: once while this hook is mounted, not again on
 * every refetch (each save refetches the list), so a host's monitoring sees each problem once.
 */
export function useConnections(
  filters: ConnectionFilters = {},
): UseQueryResult<Connection[], IntegrationsApiError> {
  const adapter = useIntegrationsAdapter()
  const queryClient = useQueryClient()
  const events = useIntegrationsEvents()
  const [reported] = useState(() => new Set<string>())
  const options = withHostStaleTime(
    queryClient,
    connectionQueries.list(adapter, filters, {
      onRecordSkipped: (skipped) => {
        const key = JSON.stringify(skipped)
        if (!reported.has(key)) {
          reported.add(key)
          events.track({ type: 'record_skipped', ...skipped })
        }
      },
    }),
  )
  // The list's request starts while the page first renders, not after its commit: useQuery fetches
  // from a passive effect, which runs after the page's first render and commit (tens of
  // milliseconds for the catalog's request). In the browser only: a server render never fetches
  // (its result would be thrown away). Once there is any state (in flight, data, error) this is a
  // no-op, so the request is still made once (the query deduplicates it).
  if (typeof window !== 'undefined' && !queryClient.getQueryState(options.queryKey)) {
    void queryClient.prefetchQuery(options)
  }
  const query = useQuery(options)
  useReportQueryError(options.queryKey)
  return query
}
