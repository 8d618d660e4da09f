'use client'
import { useQueryClient } from '@tanstack/react-query'
import type { Connection } from '../../src/types'
import { connectionKeys } from '../../src/query/keys'
import { useIntegrationsAdapter } from '../IntegrationsProvider'

/**
 * How many connections (instances) a connector has, from the lists in the cache (never fetched:
 * the page's list holds them), counted once across filter variants: the number its catalog card
 * shows ("2 connections").
 */
export function useConnectionCount(
  connection: Pick<Connection, 'unified_api' | 'service_id'>,
): number {
  const queryClient = useQueryClient()
  const { scope } = useIntegrationsAdapter()
  const ids = new Set<string>()
  for (const [, list] of queryClient.getQueriesData<Connection[]>({
    queryKey: connectionKeys.lists(scope),
  })) {
    for (const item of list ?? []) {
      if (
        item.connection_id !== undefined &&
        item.unified_api === connection.unified_api &&
        item.service_id === connection.service_id
      ) {
        ids.add(item.connection_id)
      }
    }
  }
  return ids.size
}
