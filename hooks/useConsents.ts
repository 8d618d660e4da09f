'use client'
import { skipToken, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { ConnectionRef, ConsentRecord } from '../src/types'
import { withHostStaleTime } from './query/host-query-defaults'
import { integrationQueries } from './query/integration-queries'
import { useIntegrationsAdapter } from './IntegrationsProvider'
import { useReportQueryError } from './query/useReportQueryError'

/** Stands in for the key while no connection is selected; its query never runs (skipToken). */
const NO_CONNECTION: ConnectionRef = { unifiedApi: '', serviceId: '' }

/**
 * The connection's data-scope consent records, oldest first (`GET …/consent`). Reads
 * `integrationKeys.consents(scope, ref)`; disabled while `ref` is undefined. Fails with kind
 * 'unsupported' when the adapter has no `consent` capability. A failure (after the retries) is
 * reported to `onError`.
 */
export function useConsents(
  ref: ConnectionRef | undefined,
): UseQueryResult<ConsentRecord[], IntegrationsApiError> {
  const adapter = useIntegrationsAdapter()
  const queryClient = useQueryClient()
  const options = withHostStaleTime(
    queryClient,
    integrationQueries.consents(adapter, ref ?? NO_CONNECTION),
  )
  const query = useQuery({ ...options, queryFn: ref ? options.queryFn : skipToken })
  useReportQueryError(options.queryKey)
  return query
}
