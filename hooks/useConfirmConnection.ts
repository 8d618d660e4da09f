'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { ConnectionRef } from '../src/types'
import { supportedOperation, withApiErrors } from '../src/query/adapter-errors'
import { invalidateLists, writeConnection } from './query/connection-cache'
import { connectionKeys } from '../src/query/keys'
import { connectionQueries } from './query/connection-queries'
import { mutationRetry, retryDelay } from '../src/query/retry'
import { useMutationEnvironment } from './query/useMutationEnvironment'

export interface ConfirmConnectionVariables {
  ref: ConnectionRef
  /** The single-use token the OAuth callback received. */
  confirmToken: string
}

/**
 * OAuth step 2: confirms the connection with the callback's single-use token.
 * Cache: the answer is only `{ confirmed }`, so detail(ref) is refetched and written into every
 * cached list, then lists(scope) are invalidated. `onConnectionChange` gets the refetched connection.
 */
export function useConfirmConnection(): UseMutationResult<
  { confirmed: boolean },
  IntegrationsApiError,
  ConfirmConnectionVariables
> {
  const { adapter, queryClient, events } = useMutationEnvironment()
  const scope = adapter.scope
  return useMutation<{ confirmed: boolean }, IntegrationsApiError, ConfirmConnectionVariables>({
    mutationKey: connectionKeys.mutation(scope, 'confirm'),
    mutationFn: ({ ref, confirmToken }) =>
      withApiErrors(() =>
        supportedOperation(adapter, 'confirmConnection').call(adapter, ref, confirmToken),
      ),
    // The token is single-use: a repeat after an unknown outcome would be refused anyway.
    retry: mutationRetry('unsafe'),
    retryDelay,
    onSuccess: async ({ confirmed }, { ref }) => {
      if (confirmed) {
        try {
          const connection = await queryClient.fetchQuery({
            ...connectionQueries.detail(adapter, ref),
            staleTime: 0,
          })
          writeConnection(queryClient, scope, ref, connection)
          events.connectionChanged(connection)
        } catch {
          // The confirmation itself succeeded; the lists' refetch below will show the new state.
        }
      }
      await invalidateLists(queryClient, scope)
    },
    onError: (error) => events.error(error),
  })
}
