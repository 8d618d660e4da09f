'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { Connection, ConnectionRef } from '../src/types'
import { supportedOperation, withApiErrors } from '../src/query/adapter-errors'
import { connectionKeys } from '../src/query/keys'
import { mutationRetry, retryDelay } from '../src/query/retry'
import { onConnectionSaved, useMutationEnvironment } from './query/useMutationEnvironment'

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
  const environment = useMutationEnvironment()
  const { adapter, events } = environment
  return useMutation<Connection, IntegrationsApiError, ConnectionTokenVariables>({
    mutationKey: connectionKeys.mutation(adapter.scope, 'token'),
    mutationFn: ({ ref }) =>
      withApiErrors(() => supportedOperation(adapter, 'requestToken').call(adapter, ref)),
    retry: mutationRetry('unsafe'),
    retryDelay,
    onSuccess: onConnectionSaved(environment),
    onError: (error) => events.error(error),
  })
}
