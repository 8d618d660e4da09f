'use client'
import { skipToken, useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { ConnectionRef, ResourceSettings } from '../src/types'
import { connectionQueries } from './query/connection-queries'
import { useIntegrationsAdapter } from './IntegrationsProvider'
import { useReportQueryError } from './query/useReportQueryError'

const NO_CONNECTION: ConnectionRef = { unifiedApi: '', serviceId: '' }

/**
 * The settable defaults of one resource (e.g. 'leads') of a connection. Reads
 * `connectionKeys.resourceSettings(scope, ref, resource)`; disabled while `ref` is undefined. Fails
 * with kind 'unsupported' when the adapter has no resource settings. A failure (after the retries)
 * is reported to `onError`.
 */
export function useResourceSettings(
  ref: ConnectionRef | undefined,
  resource: string,
): UseQueryResult<ResourceSettings, IntegrationsApiError> {
  const adapter = useIntegrationsAdapter()
  const options = connectionQueries.resourceSettings(adapter, ref ?? NO_CONNECTION, resource)
  const query = useQuery({ ...options, queryFn: ref ? options.queryFn : skipToken })
  useReportQueryError(options.queryKey)
  return query
}
