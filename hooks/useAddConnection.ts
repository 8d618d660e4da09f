'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { Connection, ConnectionRef, UpdateConnectionBody } from '../src/types'
import { supportedOperation, withApiErrors } from '../src/query/adapter-errors'
import { invalidateLists, writeConnection } from './query/connection-cache'
import { integrationKeys } from '../src/query/keys'
import { mutationRetry, retryDelay } from '../src/query/retry'
import { useMutationEnvironment } from './query/useMutationEnvironment'

export interface AddConnectionVariables {
  ref: ConnectionRef
  /** Initial settings/metadata; Vault adds with `PATCH {enabled: true, …body}`. */
  body?: UpdateConnectionBody
}

/**
 * Adds an available connector for this consumer.
 * Cache: writes the answer into detail(ref) and every cached list; invalidates lists(scope).
 */
export function useAddConnection(): UseMutationResult<
  Connection,
  IntegrationsApiError,
  AddConnectionVariables
> {
  const { adapter, queryClient, events } = useMutationEnvironment()
  return useMutation<Connection, IntegrationsApiError, AddConnectionVariables>({
    mutationKey: integrationKeys.mutation(adapter.scope, 'add'),
    mutationFn: ({ ref, body }) =>
      withApiErrors(() => supportedOperation(adapter, 'addConnection').call(adapter, ref, body)),
    retry: mutationRetry('idempotent'),
    retryDelay,
    onSuccess: (connection, { ref }) => {
      writeConnection(queryClient, adapter.scope, ref, connection)
      events.connectionChanged(connection)
      return invalidateLists(queryClient, adapter.scope)
    },
    onError: (error) => events.error(error),
  })
}
