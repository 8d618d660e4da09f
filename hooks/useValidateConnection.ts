'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { ConnectionRef, ValidateConnectionResult } from '../src/types'
import { supportedOperation, withApiErrors } from '../src/query/adapter-errors'
import { cachedConnection, invalidateLists, updateCachedConnection } from './query/connection-cache'
import { eventIds } from '../src/connection-ref'
import { connectionKeys } from '../src/query/keys'
import { mutationRetry, retryDelay } from '../src/query/retry'
import { useMutationEnvironment } from './query/useMutationEnvironment'

export interface ValidateConnectionVariables {
  ref: ConnectionRef
}

/**
 * Tests the stored credentials; the answer is the connection's resulting state.
 * Cache: sets `state` on detail(ref) and every cached list entry; invalidates detail(ref) and lists(scope).
 */
export function useValidateConnection(): UseMutationResult<
  ValidateConnectionResult,
  IntegrationsApiError,
  ValidateConnectionVariables
> {
  const { adapter, queryClient, events } = useMutationEnvironment()
  const scope = adapter.scope
  return useMutation<ValidateConnectionResult, IntegrationsApiError, ValidateConnectionVariables>({
    mutationKey: connectionKeys.mutation(scope, 'validate'),
    mutationFn: ({ ref }) =>
      withApiErrors(() => supportedOperation(adapter, 'validateConnection').call(adapter, ref)),
    // Validation only reads the credentials and records the outcome: safe to repeat.
    retry: mutationRetry('idempotent'),
    retryDelay,
    onSuccess: (result, { ref }) => {
      const before = cachedConnection(queryClient, scope, ref)
      updateCachedConnection(queryClient, scope, ref, (connection) => ({
        ...connection,
        state: result.state,
      }))
      if (before && before.state !== result.state) {
        events.connectionChanged({ ...before, state: result.state })
      }
      events.track({
        type: 'connection_validated',
        ...eventIds(ref),
        valid: result.state === 'callable',
      })
      return Promise.all([
        invalidateLists(queryClient, scope),
        queryClient.invalidateQueries({
          queryKey: connectionKeys.detail(scope, ref),
          exact: true,
        }),
      ]).then(() => undefined)
    },
    onError: (error) => events.error(error),
  })
}
