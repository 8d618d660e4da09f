/**
 * Cache writes for a custom mapping. A mapping lives in the connection's `custom_mappings` (detail
 * and every cached list entry) and in each cached customMappings(ref, resource) list; every write
 * goes to all of them, so the field mapping section and the connection's status agree.
 */
import type { QueryClient } from '@tanstack/react-query'
import type { Connection, ConnectionRef, CustomMapping } from '../../src/types'
import { integrationKeys } from '../../src/query/keys'
import { invalidateLists, updateCachedConnection } from './connection-cache'

function replaceMapping<T extends { id?: string }>(
  mappings: T[] | undefined,
  id: string,
  update: (mapping: T) => T,
): T[] | undefined {
  return mappings?.some((mapping) => mapping.id === id)
    ? mappings.map((mapping) => (mapping.id === id ? update(mapping) : mapping))
    : mappings
}

/**
 * Applies `update` to mapping `id` wherever it is cached, then invalidates the mapping lists,
 * detail(ref) and lists(scope); the promise settles when the ones on screen are back.
 */
export function writeCustomMapping(
  queryClient: QueryClient,
  scope: string,
  ref: ConnectionRef,
  id: string,
  update: (mapping: CustomMapping) => CustomMapping,
): Promise<void> {
  updateCachedConnection(queryClient, scope, ref, (connection) => {
    const custom_mappings = replaceMapping(connection.custom_mappings, id, (mapping) =>
      update(mapping as CustomMapping),
    )
    return custom_mappings === connection.custom_mappings
      ? connection
      : ({ ...connection, custom_mappings } as Connection)
  })
  queryClient.setQueriesData<CustomMapping[]>(
    { queryKey: integrationKeys.customMappingLists(scope, ref) },
    (old) => replaceMapping(old, id, update),
  )
  return Promise.all([
    invalidateLists(queryClient, scope),
    queryClient.invalidateQueries({ queryKey: integrationKeys.detail(scope, ref), exact: true }),
    queryClient.invalidateQueries({ queryKey: integrationKeys.customMappingLists(scope, ref) }),
  ]).then(() => undefined)
}
