'use client'
import { skipToken, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { Connection, ConnectionRef } from '../src/types'
import { cachedConnection } from './query/connection-cache'
import { withHostStaleTime } from './query/host-query-defaults'
import { connectionQueries } from './query/connection-queries'
import { useIntegrationsAdapter } from './IntegrationsProvider'
import { useReportQueryError } from './query/useReportQueryError'

/** Stands in for the key while no connection is selected; its query never runs (skipToken). */
const NO_CONNECTION: ConnectionRef = { unifiedApi: '', serviceId: '' }

/**
 * One connection. Reads `connectionKeys.detail(scope, ref)`; disabled (`skipToken`) while `ref` is
 * undefined. While the detail loads, the entry from an already cached list is shown as placeholder
 * (`isPlaceholderData`), so opening a connector from the catalog is instant. A failure (after the
 * retries) is reported to `onError`.
 */
export function useConnection(
  ref: ConnectionRef | undefined,
): UseQueryResult<Connection, IntegrationsApiError> {
  const adapter = useIntegrationsAdapter()
  const queryClient = useQueryClient()
  const options = withHostStaleTime(
    queryClient,
    connectionQueries.detail(adapter, ref ?? NO_CONNECTION),
  )
  const query = useQuery({
    ...options,
    queryFn: ref ? options.queryFn : skipToken,
    placeholderData: () => (ref ? cachedConnection(queryClient, adapter.scope, ref) : undefined),
  })
  useReportQueryError(options.queryKey)
  return query
}
