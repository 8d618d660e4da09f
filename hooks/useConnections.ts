'use client'
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { Connection, ConnectionFilters } from '../src/types'
import { integrationQueries } from './integration-queries'
import { useIntegrationsAdapter } from './IntegrationsProvider'

/** Every connector/connection for these filters. Reads `integrationKeys.list(scope, filters)`. */
export function useConnections(
  filters: ConnectionFilters = {},
): UseQueryResult<Connection[], IntegrationsApiError> {
  const adapter = useIntegrationsAdapter()
  return useQuery(integrationQueries.list(adapter, filters))
}
