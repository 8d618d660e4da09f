'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { Connection, ConnectionRef } from '../src/types'
import { supportedOperation, withApiErrors } from '../src/query/adapter-errors'
import { invalidateLists, writeConnection } from './query/connection-cache'
import { integrationKeys } from '../src/query/keys'
import { mutationRetry, retryDelay } from '../src/query/retry'
import { useMutationEnvironment } from './query/useMutationEnvironment'

export interface ConnectionTokenVariables {
  ref: ConnectionRef
}

/**
 * client_credentials / password grants: the backend fetches the token (it is never returned).
 * Cache: writes the answer into detail(ref) and every cached list; invalidates lists(scope).
 */
export function useConnectionToken(): UseMutationResult<
  Connection,
  IntegrationsApiError,
  ConnectionTokenVariables
> {
  const { adapter, queryClient, events } = useMutationEnvironment()
  return useMutation<Connection, IntegrationsApiError, ConnectionTokenVariables>({
    mutationKey: integrationKeys.mutation(adapter.scope, 'token'),
    mutationFn: ({ ref }) =>
      withApiErrors(() => supportedOperation(adapter, 'requestToken').call(adapter, ref)),
    retry: mutationRetry('unsafe'),
    retryDelay,
    onSuccess: (connection, { ref }) => {
      writeConnection(queryClient, adapter.scope, ref, connection)
      events.connectionChanged(connection)
      return invalidateLists(queryClient, adapter.scope)
    },
    onError: (error) => events.error(error),
  })
}
