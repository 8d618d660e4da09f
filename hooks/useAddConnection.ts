'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { Connection, ConnectionRef, UpdateConnectionBody } from '../src/types'
import { supportedOperation, withApiErrors } from '../src/query/adapter-errors'
import { connectionKeys } from '../src/query/keys'
import { mutationRetry, retryDelay } from '../src/query/retry'
import { onConnectionSaved, useMutationEnvironment } from './query/useMutationEnvironment'

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
  const environment = useMutationEnvironment()
  const { adapter, events } = environment
  return useMutation<Connection, IntegrationsApiError, AddConnectionVariables>({
    mutationKey: connectionKeys.mutation(adapter.scope, 'add'),
    mutationFn: ({ ref, body }) =>
      withApiErrors(() => supportedOperation(adapter, 'addConnection').call(adapter, ref, body)),
    retry: mutationRetry('idempotent'),
    retryDelay,
    onSuccess: onConnectionSaved(environment),
    onError: (error) => events.error(error),
  })
}
