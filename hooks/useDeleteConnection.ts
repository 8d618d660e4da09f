'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { Connection, ConnectionRef } from '../src/types'
import { supportedOperation, withApiErrors } from '../src/query/adapter-errors'
import { cachedConnection, invalidateLists, updateCachedConnection } from './query/connection-cache'
import { integrationKeys } from '../src/query/keys'
import { mutationRetry, retryDelay } from '../src/query/retry'
import { useMutationEnvironment } from './query/useMutationEnvironment'

export interface DeleteConnectionVariables {
  ref: ConnectionRef
}

/** What a deleted connection is again: an available connector, not enabled. */
function asAvailable(connection: Connection): Connection {
  return { ...connection, enabled: false, state: 'available' }
}

/**
 * Deletes the consumer's connection; the connector stays in the catalog as available.
 * Cache: sets detail(ref) and every cached list entry to state 'available', removes that connection's
 * resource settings; invalidates detail(ref) and lists(scope).
 */
export function useDeleteConnection(): UseMutationResult<
  void,
  IntegrationsApiError,
  DeleteConnectionVariables
> {
  const { adapter, queryClient, events } = useMutationEnvironment()
  const scope = adapter.scope
  return useMutation<void, IntegrationsApiError, DeleteConnectionVariables>({
    mutationKey: integrationKeys.mutation(scope, 'delete'),
    mutationFn: ({ ref }) =>
      withApiErrors(() => supportedOperation(adapter, 'deleteConnection').call(adapter, ref)),
    retry: mutationRetry('idempotent'),
    retryDelay,
    onSuccess: (_nothing, { ref }) => {
      const previous: Connection = cachedConnection(queryClient, scope, ref) ?? {
        id: `${ref.unifiedApi}+${ref.serviceId}`,
        unified_api: ref.unifiedApi,
        service_id: ref.serviceId,
        name: ref.serviceId,
        state: 'available',
      }
      // The detail is kept (as available) rather than removed, so an open details panel shows
      // "not connected" at once instead of flashing a loading state.
      updateCachedConnection(queryClient, scope, ref, asAvailable)
      const detailKey = integrationKeys.detail(scope, ref)
      queryClient.removeQueries({
        queryKey: detailKey,
        predicate: (query) => query.queryKey.length > detailKey.length,
      })
      events.connectionDeleted(asAvailable(previous))
      events.track({
        type: 'connection_deleted',
        unifiedApi: ref.unifiedApi,
        serviceId: ref.serviceId,
      })
      return Promise.all([
        invalidateLists(queryClient, scope),
        queryClient.invalidateQueries({ queryKey: detailKey, exact: true }),
      ]).then(() => undefined)
    },
    onError: (error) => events.error(error),
  })
}
