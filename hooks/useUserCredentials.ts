'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { ConnectionRef } from '../src/types'
import { supportedOperation, withApiErrors } from '../src/query/adapter-errors'
import { connectionKeys } from '../src/query/keys'
import { mutationRetry, retryDelay } from '../src/query/retry'
import { useMutationEnvironment } from './query/useMutationEnvironment'

export interface UserCredentialsVariables {
  ref: ConnectionRef
}

/**
 * Asks whether the signed-in user holds credentials from a connection (Authress:
 * `hasUserCredentials`, capability `perUserCredentials`). A mutation, run when the user asks, whose
 * data is only the boolean: the credential never reaches the UI or the query cache. A read, so it
 * is repeated after a failure like any idempotent request.
 */
export function useUserCredentials(): UseMutationResult<
  boolean,
  IntegrationsApiError,
  UserCredentialsVariables
> {
  const { adapter, events } = useMutationEnvironment()
  return useMutation<boolean, IntegrationsApiError, UserCredentialsVariables>({
    mutationKey: connectionKeys.mutation(adapter.scope, 'credentials'),
    mutationFn: ({ ref }) =>
      withApiErrors(async () => {
        const held = await supportedOperation(adapter, 'hasUserCredentials').call(adapter, ref)
        // Whatever an adapter resolves with, only a boolean is kept.
        return held === true
      }),
    retry: mutationRetry('idempotent'),
    retryDelay,
    onError: (error) => events.error(error),
  })
}
