'use client'
import { useQueryClient } from '@tanstack/react-query'
import type { Connection } from '../../src/types'
import { useIntegrationsAdapter } from '../IntegrationsProvider'
import { cachedConnection } from './connection-cache'

/**
 * The name of the connector an instance belongs to ("Okta SAML" for "Acme Okta"), from its catalog
 * entry in the cache (never fetched: the page's list holds it); its service id when none is cached.
 * For a record that is no instance, its own name.
 */
export function useConnectorName(
  connection: Pick<Connection, 'unified_api' | 'service_id' | 'connection_id' | 'name'>,
): string {
  const queryClient = useQueryClient()
  const adapter = useIntegrationsAdapter()
  if (connection.connection_id === undefined) {
    return connection.name
  }
  const entry = cachedConnection(queryClient, adapter.scope, {
    unifiedApi: connection.unified_api,
    serviceId: connection.service_id,
  })
  return entry?.name ?? connection.service_id
}
