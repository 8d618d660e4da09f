'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { Connection, ConnectionRef, ResourceDefault } from '../src/types'
import { supportedOperation, withApiErrors } from '../src/query/adapter-errors'
import { invalidateLists, writeConnection } from './query/connection-cache'
import { eventIds } from '../src/connection-ref'
import { connectionKeys } from '../src/query/keys'
import { mutationRetry, retryDelay } from '../src/query/retry'
import { useMutationEnvironment } from './query/useMutationEnvironment'

export interface UpdateResourceSettingsVariables {
  ref: ConnectionRef
  /** The resource whose defaults are saved, e.g. 'leads'. */
  resource: string
  defaults: ResourceDefault[]
}

/**
 * Saves the defaults of one resource of a connection.
 * Cache: writes the answer into detail(ref) and every cached list; invalidates
 * resourceSettings(ref, resource) and lists(scope).
 */
export function useUpdateResourceSettings(): UseMutationResult<
  Connection,
  IntegrationsApiError,
  UpdateResourceSettingsVariables
> {
  const { adapter, queryClient, events } = useMutationEnvironment()
  const scope = adapter.scope
  return useMutation<Connection, IntegrationsApiError, UpdateResourceSettingsVariables>({
    mutationKey: connectionKeys.mutation(scope, 'update-resource-settings'),
    mutationFn: ({ ref, resource, defaults }) =>
      withApiErrors(() =>
        supportedOperation(adapter, 'updateResourceSettings').call(
          adapter,
          ref,
          resource,
          defaults,
        ),
      ),
    retry: mutationRetry('idempotent'),
    retryDelay,
    onSuccess: (connection, { ref, resource }) => {
      writeConnection(queryClient, scope, ref, connection)
      events.connectionChanged(connection)
      events.track({
        type: 'resource_settings_saved',
        ...eventIds(ref),
        resource,
      })
      return Promise.all([
        invalidateLists(queryClient, scope),
        queryClient.invalidateQueries({
          queryKey: connectionKeys.resourceSettings(scope, ref, resource),
        }),
      ]).then(() => undefined)
    },
    onError: (error) => events.error(error),
  })
}
