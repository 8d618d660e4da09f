'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { Connection, ConnectionRef, ImportConnectionBody } from '../src/types'
import { supportedOperation, withApiErrors } from '../src/query/adapter-errors'
import { connectionKeys } from '../src/query/keys'
import { mutationRetry, retryDelay } from '../src/query/retry'
import { onConnectionSaved, useMutationEnvironment } from './query/useMutationEnvironment'

export interface ImportConnectionVariables {
  ref: ConnectionRef
  /** Holds the imported tokens: never cached (see gcTime below). */
  body: ImportConnectionBody
}

/**
 * Imports existing credentials (access/refresh token) into a connection.
 * Cache: writes the answer into detail(ref) and every cached list; invalidates lists(scope).
 * The variables carry secrets, so the mutation leaves the MutationCache as soon as no component
 * observes it (gcTime 0); call `reset()` when the import dialog closes to drop them at once.
 */
export function useImportConnection(): UseMutationResult<
  Connection,
  IntegrationsApiError,
  ImportConnectionVariables
> {
  const environment = useMutationEnvironment()
  const { adapter, events } = environment
  return useMutation<Connection, IntegrationsApiError, ImportConnectionVariables>({
    mutationKey: connectionKeys.mutation(adapter.scope, 'import'),
    mutationFn: ({ ref, body }) =>
      withApiErrors(() => supportedOperation(adapter, 'importConnection').call(adapter, ref, body)),
    gcTime: 0,
    retry: mutationRetry('unsafe'),
    retryDelay,
    onSuccess: onConnectionSaved(environment),
    onError: (error) => events.error(error),
  })
}
