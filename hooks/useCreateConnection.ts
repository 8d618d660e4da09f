'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import { eventIds, refOf } from '../src/connection-ref'
import type { IntegrationsApiError } from '../src/errors'
import type { Connection, ConnectionRef } from '../src/types'
import { supportedOperation, withApiErrors } from '../src/query/adapter-errors'
import { connectionKeys } from '../src/query/keys'
import { insertCachedConnection, invalidateLists } from './query/connection-cache'
import { useMutationEnvironment } from './query/useMutationEnvironment'

export interface CreateConnectionVariables {
  /** The catalog entry to create a connection of (no `connectionId`). */
  catalogRef: ConnectionRef
  /** The create form's values, `{ [fieldId]: value }`. */
  values: Record<string, unknown>
}

/**
 * A failure after which the connection may exist all the same: no answer (network, timeout), a
 * server error, or a 2xx the adapter could not read.
 */
function outcomeUnknown(error: IntegrationsApiError): boolean {
  return (
    error.kind === 'network' ||
    error.kind === 'timeout' ||
    error.kind === 'parse' ||
    (error.kind === 'http' && error.status >= 500)
  )
}

/**
 * Creates a connection of a catalog entry from its create form (Kinde, Authress; capability
 * `create`). Never retried, not even after a 429: a POST is not safe to repeat.
 * Cache: writes the new instance into its detail and inserts it into every cached list that holds
 * its connector; after a failure whose outcome is unknown, refetches the lists so a connection that
 * was created after all shows up. Calls `onConnectionChange` and emits `connection_created`.
 */
export function useCreateConnection(): UseMutationResult<
  Connection,
  IntegrationsApiError,
  CreateConnectionVariables
> {
  const { adapter, queryClient, events } = useMutationEnvironment()
  const scope = adapter.scope
  return useMutation<Connection, IntegrationsApiError, CreateConnectionVariables>({
    mutationKey: connectionKeys.mutation(scope, 'create'),
    mutationFn: ({ catalogRef, values }) =>
      withApiErrors(() =>
        supportedOperation(adapter, 'createConnection').call(adapter, catalogRef, values),
      ),
    retry: false,
    onSuccess: (connection) => {
      const ref = refOf(connection)
      queryClient.setQueryData(connectionKeys.detail(scope, ref), connection)
      insertCachedConnection(queryClient, scope, connection)
      events.connectionChanged(connection)
      events.track({ type: 'connection_created', ...eventIds(ref) })
      return invalidateLists(queryClient, scope)
    },
    onError: (error) => {
      events.error(error)
      return outcomeUnknown(error) ? invalidateLists(queryClient, scope) : undefined
    },
  })
}
