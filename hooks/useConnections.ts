'use client'
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { Connection, ConnectionFilters } from '../src/types'
import { withHostStaleTime } from './host-query-defaults'
import { integrationQueries } from './integration-queries'
import { useIntegrationsAdapter } from './IntegrationsProvider'
import { useReportQueryError } from './use-report-query-error'

/**
 * Every connector/connection for these filters. Reads `integrationKeys.list(scope, filters)`. A
 * failure (after the retries) is reported to `onError`.
 */
export function useConnections(
  filters: ConnectionFilters = {},
): UseQueryResult<Connection[], IntegrationsApiError> {
  const adapter = useIntegrationsAdapter()
  const queryClient = useQueryClient()
  const options = withHostStaleTime(queryClient, integrationQueries.list(adapter, filters))
  const query = useQuery(options)
  useReportQueryError(options.queryKey)
  return query
}
