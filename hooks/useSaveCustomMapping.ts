'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type { ConnectionRef, CustomMapping } from '../src/types'
import { supportedOperation, withApiErrors } from '../src/query/adapter-errors'
import { eventIds } from '../src/connection-ref'
import { integrationKeys } from '../src/query/keys'
import { mutationRetry, retryDelay } from '../src/query/retry'
import { useMutationEnvironment } from './query/useMutationEnvironment'
import { writeCustomMapping } from './query/custom-mapping-cache'

export interface SaveCustomMappingVariables {
  ref: ConnectionRef
  /**
   * The mapping as shown: one without a `value` is created (POST), one with a value is changed
   * (PATCH).
   */
  mapping: Pick<CustomMapping, 'id' | 'value'>
  /** The JSONPath or custom field finder to map the field to. */
  value: string
}

/**
 * Maps a custom field, creating or updating the mapping; resolves to the saved mapping. Emits
 * `custom_mapping_saved` (with the mapping id and whether it was created, never the value).
 * Cache: replaces the mapping in the `custom_mappings` of detail(ref) and every cached list entry
 * and in every cached customMappings(ref, …) list; invalidates those lists, detail(ref) and
 * lists(scope) (a required mapping filled changes the connection's status). Retried on 429 only (a
 * repeated POST could fail as a duplicate).
 */
export function useSaveCustomMapping(): UseMutationResult<
  CustomMapping,
  IntegrationsApiError,
  SaveCustomMappingVariables
> {
  const { adapter, queryClient, events } = useMutationEnvironment()
  const scope = adapter.scope
  return useMutation<CustomMapping, IntegrationsApiError, SaveCustomMappingVariables>({
    mutationKey: integrationKeys.mutation(scope, 'save-custom-mapping'),
    mutationFn: ({ ref, mapping, value }) =>
      withApiErrors(() =>
        supportedOperation(
          adapter,
          isMapped(mapping) ? 'updateCustomMapping' : 'createCustomMapping',
        ).call(adapter, ref, mapping.id, value),
      ),
    retry: mutationRetry('unsafe'),
    retryDelay,
    onSuccess: (saved, { ref, mapping }) => {
      events.track({
        type: 'custom_mapping_saved',
        ...eventIds(ref),
        mappingId: mapping.id,
        created: !isMapped(mapping),
      })
      return writeCustomMapping(queryClient, scope, ref, mapping.id, (old) => ({
        ...old,
        ...saved,
      }))
    },
    onError: (error) => events.error(error),
  })
}

function isMapped(mapping: Pick<CustomMapping, 'value'>): boolean {
  return mapping.value !== undefined && mapping.value !== ''
}
