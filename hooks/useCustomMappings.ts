'use client'
import { skipToken, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { ConnectionRef, CustomMapping } from '../src/types'
import { withHostStaleTime } from './query/host-query-defaults'
import { integrationQueries } from './query/integration-queries'
import { useIntegrationsAdapter } from './IntegrationsProvider'
import { useReportQueryError } from './query/useReportQueryError'

/** Stands in for the key while no connection is selected; its query never runs (skipToken). */
const NO_CONNECTION: ConnectionRef = { unifiedApi: '', serviceId: '' }

/**
 * The connection's custom field mappings: of one resource (e.g. 'employees'), or all of them without
 * `resource`. Reads `integrationKeys.customMappings(scope, ref, resource ?? null)`; disabled while
 * `ref` is undefined. Fails with kind 'unsupported' without the `customMapping` capability. A
 * failure (after the retries) is reported to `onError`.
 */
export function useCustomMappings(
  ref: ConnectionRef | undefined,
  resource?: string,
): UseQueryResult<CustomMapping[], IntegrationsApiError> {
  const adapter = useIntegrationsAdapter()
  const queryClient = useQueryClient()
  const options = withHostStaleTime(
    queryClient,
    integrationQueries.customMappings(adapter, ref ?? NO_CONNECTION, resource),
  )
  const query = useQuery({ ...options, queryFn: ref ? options.queryFn : skipToken })
  useReportQueryError(options.queryKey)
  return query
}
