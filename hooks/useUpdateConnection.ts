'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { IntegrationsEvent } from '../src/events'
import type { Connection, ConnectionRef, UpdateConnectionBody } from '../src/types'
import { withApiErrors } from '../src/query/adapter-errors'
import { eventIds, isSameRef } from '../src/connection-ref'
import {
  invalidateLists,
  restoreConnection,
  snapshotConnection,
  updateCachedConnection,
  writeConnection,
  type ConnectionSnapshot,
} from './query/connection-cache'
import { connectionKeys } from '../src/query/keys'
import { mutationRetry, retryDelay } from '../src/query/retry'
import { useMutationEnvironment } from './query/useMutationEnvironment'

export interface UpdateConnectionVariables {
  ref: ConnectionRef
  patch: UpdateConnectionBody
}

export interface UpdateConnectionContext {
  snapshot: ConnectionSnapshot
}

/** The patch as the server will apply it: top-level fields replaced, settings/metadata merged. */
function applyPatch(connection: Connection, patch: UpdateConnectionBody): Connection {
  const next: Connection = { ...connection }
  if (patch.enabled !== undefined) {
    next.enabled = patch.enabled
  }
  if (patch.settings !== undefined) {
    next.settings = patch.settings === null ? null : { ...connection.settings, ...patch.settings }
  }
  if (patch.metadata !== undefined) {
    next.metadata = patch.metadata === null ? null : { ...connection.metadata, ...patch.metadata }
  }
  if (patch.configuration !== undefined) {
    next.configuration = patch.configuration
  }
  return next
}

function funnelEvents(ref: ConnectionRef, patch: UpdateConnectionBody): IntegrationsEvent[] {
  const ids = eventIds(ref)
  const events: IntegrationsEvent[] = []
  if (patch.enabled !== undefined) {
    events.push({ type: patch.enabled ? 'connection_enabled' : 'connection_disabled', ...ids })
  }
  if (patch.settings !== undefined) {
    events.push({ type: 'settings_saved', ...ids })
  }
  return events
}

/**
 * Updates settings, metadata, enabled or configuration, optimistically.
 * Cache: patches detail(ref) and every cached list containing it at once, restores both on error,
 * writes the answer on success; invalidates lists(scope) (and detail(ref) after an error) when settled,
 * except after a success with `multiplePerConnector` (the answer is already in every list).
 */
export function useUpdateConnection(): UseMutationResult<
  Connection,
  IntegrationsApiError,
  UpdateConnectionVariables,
  UpdateConnectionContext
> {
  const { adapter, queryClient, events } = useMutationEnvironment()
  const scope = adapter.scope
  const mutationKey = connectionKeys.mutation(scope, 'update')
  const pendingUpdatesOf = (ref: ConnectionRef) =>
    queryClient.isMutating({
      mutationKey,
      predicate: (mutation) => {
        const variables = mutation.state.variables as UpdateConnectionVariables | undefined
        return variables !== undefined && isSameRef(variables.ref, ref)
      },
    })
  return useMutation<
    Connection,
    IntegrationsApiError,
    UpdateConnectionVariables,
    UpdateConnectionContext
  >({
    mutationKey,
    mutationFn: ({ ref, patch }) => withApiErrors(() => adapter.updateConnection(ref, patch)),
    retry: mutationRetry('idempotent'),
    retryDelay,
    onMutate: async ({ ref, patch }) => {
      // Stop in-flight fetches so they cannot land on top of the optimistic value.
      await Promise.all([
        queryClient.cancelQueries({ queryKey: connectionKeys.detail(scope, ref), exact: true }),
        queryClient.cancelQueries({ queryKey: connectionKeys.lists(scope) }),
      ])
      const snapshot = snapshotConnection(queryClient, scope, ref)
      updateCachedConnection(queryClient, scope, ref, (connection) => applyPatch(connection, patch))
      return { snapshot }
    },
    onError: (error, { ref }, context) => {
      if (context) {
        restoreConnection(queryClient, scope, ref, context.snapshot)
      }
      events.error(error)
    },
    onSuccess: (connection, { ref, patch }) => {
      // A later update of the same connection is still in flight: its optimistic value is newer
      // than this answer, so keep it (the last update's answer is written when it lands).
      if (pendingUpdatesOf(ref) <= 1) {
        writeConnection(queryClient, scope, ref, connection)
      }
      events.connectionChanged(connection)
      for (const event of funnelEvents(ref, patch)) {
        events.track(event)
      }
    },
    onSettled: (_connection, error, { ref }) => {
      // With overlapping updates only the last one refetches: an earlier refetch would overwrite the
      // later optimistic value with data from before it was saved.
      if (queryClient.isMutating({ mutationKey }) > 1) {
        return
      }
      // Connectors with many connections (Kinde, Authress): the answer was written into every
      // cached list on success, and their list is every page (10 requests at 1,000 connections),
      // so a save is the update and nothing more. Vault keeps its refetch: one request, and it
      // brings the list-level fields its PATCH answer does not settle (the design since the hooks
      // began, which its views and tests assume).
      if (!error && adapter.capabilities.multiplePerConnector) {
        return
      }
      // Returned so the mutation stays pending until the refetch is back.
      return Promise.all([
        invalidateLists(queryClient, scope),
        error
          ? queryClient.invalidateQueries({
              queryKey: connectionKeys.detail(scope, ref),
              exact: true,
            })
          : undefined,
      ])
    },
  })
}
