'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { Connection, ConnectionRef } from '../src/types'
import { supportedOperation, withApiErrors } from '../src/query/adapter-errors'
import {
  cachedConnection,
  invalidateLists,
  removeCachedConnection,
  updateCachedConnection,
} from './query/connection-cache'
import { eventIds } from '../src/connection-ref'
import { connectionKeys } from '../src/query/keys'
import { mutationRetry, retryDelay } from '../src/query/retry'
import { useMutationEnvironment } from './query/useMutationEnvironment'

export interface DeleteConnectionVariables {
  ref: ConnectionRef
}

/** What a deleted connection is again: an available connector, not enabled. */
function asAvailable(connection: Connection): Connection {
  return { ...connection, enabled: false, state: 'available' }
}

/** The connection when the cache never held it: enough for the callbacks to name it. */
function uncachedConnection(ref: ConnectionRef): Connection {
  const connection: Connection = {
    id: `${ref.unifiedApi}+${ref.serviceId}`,
    unified_api: ref.unifiedApi,
    service_id: ref.serviceId,
    name: ref.serviceId,
    state: 'available',
  }
  if (ref.connectionId !== undefined) {
    connection.id = ref.connectionId
    connection.connection_id = ref.connectionId
    connection.state = 'callable'
  }
  return connection
}

/**
 * Deletes a connection.
 * - Vault (no `connectionId`): the connector stays in the catalog as available. Cache: sets
 *   detail(ref) and every cached list entry to state 'available', removes that connection's resource
 *   settings; invalidates detail(ref) and lists(scope). `onConnectionDelete` gets it as available.
 * - An instance (`connectionId` set, Kinde/Authress): it is gone, and its catalog entry stays. Cache:
 *   removes it from every cached list and marks detail(ref) stale without refetching it (an open panel
 *   closes on the delete and must not flash an error); invalidates lists(scope).
 *   `onConnectionDelete` gets it as it was.
 */
export function useDeleteConnection(): UseMutationResult<
  void,
  IntegrationsApiError,
  DeleteConnectionVariables
> {
  const { adapter, queryClient, events } = useMutationEnvironment()
  const scope = adapter.scope
  return useMutation<void, IntegrationsApiError, DeleteConnectionVariables>({
    mutationKey: connectionKeys.mutation(scope, 'delete'),
    mutationFn: ({ ref }) =>
      withApiErrors(() => supportedOperation(adapter, 'deleteConnection').call(adapter, ref)),
    retry: mutationRetry('idempotent'),
    retryDelay,
    onSuccess: (_nothing, { ref }) => {
      const previous = cachedConnection(queryClient, scope, ref) ?? uncachedConnection(ref)
      const detailKey = connectionKeys.detail(scope, ref)
      if (ref.connectionId !== undefined) {
        removeCachedConnection(queryClient, scope, ref)
        events.connectionDeleted(previous)
        events.track({ type: 'connection_deleted', ...eventIds(ref) })
        return Promise.all([
          invalidateLists(queryClient, scope),
          queryClient.invalidateQueries({ queryKey: detailKey, refetchType: 'none' }),
        ]).then(() => undefined)
      }
      // The detail is kept (as available) rather than removed, so an open details panel shows
      // "not connected" at once instead of flashing a loading state.
      updateCachedConnection(queryClient, scope, ref, asAvailable)
      queryClient.removeQueries({
        queryKey: detailKey,
        predicate: (query) => query.queryKey.length > detailKey.length,
      })
      events.connectionDeleted(asAvailable(previous))
      events.track({ type: 'connection_deleted', ...eventIds(ref) })
      return Promise.all([
        invalidateLists(queryClient, scope),
        queryClient.invalidateQueries({ queryKey: detailKey, exact: true }),
      ]).then(() => undefined)
    },
    onError: (error) => events.error(error),
  })
}
