'use client'
import {
  skipToken,
  useInfiniteQuery,
  useQueryClient,
  type InfiniteData,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { ConnectionLogsParams, ConnectionRef, LogsPage } from '../src/types'
import { withHostStaleTime } from './query/host-query-defaults'
import { integrationQueries } from './query/integration-queries'
import { useIntegrationsAdapter } from './IntegrationsProvider'
import { useReportQueryError } from './query/useReportQueryError'

/** Stands in for the key while no connection is selected; its query never runs (skipToken). */
const NO_CONNECTION: ConnectionRef = { unifiedApi: '', serviceId: '' }

/**
 * The connection's request logs, newest first, as an infinite query: `data.pages` holds the pages
 * loaded so far, `fetchNextPage()` loads one more ("Load more"), `hasNextPage` is false after the
 * last. Nothing is loaded that was not asked for: the first page on mount, then one page per
 * `fetchNextPage()`. `limit` is the page size (Vault: 1–200, default 20); `filter` narrows further
 * (path, methods, status codes, dates). Reads `integrationKeys.logs(scope, ref, { limit, filter })`;
 * disabled while `ref` is undefined. Fails with kind 'unsupported' without the `logs` capability. A
 * failure (after the retries) is reported to `onError`.
 */
export function useConnectionLogs(
  ref: ConnectionRef | undefined,
  params: Omit<ConnectionLogsParams, 'cursor'> = {},
): UseInfiniteQueryResult<InfiniteData<LogsPage, string | null>, IntegrationsApiError> {
  const adapter = useIntegrationsAdapter()
  const queryClient = useQueryClient()
  const options = withHostStaleTime(
    queryClient,
    integrationQueries.logs(adapter, ref ?? NO_CONNECTION, params),
  )
  const query = useInfiniteQuery({ ...options, queryFn: ref ? options.queryFn : skipToken })
  useReportQueryError(options.queryKey)
  return query
}
