'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { ConnectionRef } from '../src/types'
import { supportedOperation, withApiErrors } from '../src/query/adapter-errors'
import { eventIds } from '../src/connection-ref'
import { integrationKeys } from '../src/query/keys'
import { mutationRetry, retryDelay } from '../src/query/retry'
import { useMutationEnvironment } from './query/useMutationEnvironment'
import { writeCustomMapping } from './query/custom-mapping-cache'

export interface DeleteCustomMappingVariables {
  ref: ConnectionRef
  /** The target field id of a mapping the consumer owns (`consumer_id` set). */
  id: string
}

/**
 * Deletes the consumer's mapping of a field (`DELETE /vault/custom-mappings/{api}/{svc}/{id}`): the
 * field stays, unmapped. Emits `custom_mapping_deleted`.
 * Cache: clears `value` and `consumer_id` of that mapping in the connection's `custom_mappings`
 * (detail and every cached list entry) and in every cached customMappings(ref, …) list; invalidates
 * those lists, detail(ref) and lists(scope). Retried like every idempotent write.
 */
export function useDeleteCustomMapping(): UseMutationResult<
  void,
  IntegrationsApiError,
  DeleteCustomMappingVariables
> {
  const { adapter, queryClient, events } = useMutationEnvironment()
  const scope = adapter.scope
  return useMutation<void, IntegrationsApiError, DeleteCustomMappingVariables>({
    mutationKey: integrationKeys.mutation(scope, 'delete-custom-mapping'),
    mutationFn: ({ ref, id }) =>
      withApiErrors(() =>
        supportedOperation(adapter, 'deleteCustomMapping').call(adapter, ref, id),
      ),
    retry: mutationRetry('idempotent'),
    retryDelay,
    onSuccess: (_nothing, { ref, id }) => {
      events.track({ type: 'custom_mapping_deleted', ...eventIds(ref), mappingId: id })
      return writeCustomMapping(queryClient, scope, ref, id, ({ value: _value, ...rest }) => ({
        ...rest,
        consumer_id: null,
      }))
    },
    onError: (error) => events.error(error),
  })
}
