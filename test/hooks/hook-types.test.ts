/**
 * Type contracts of the hooks layer. `tsc --noEmit` checks these; at run time they are no-ops, so
 * this file also runs as a normal test.
 */
import type { QueryClient, QueryKey, UseMutationResult } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import {
  integrationKeys,
  integrationQueries,
  useConnection,
  useConnections,
  useDeleteConnection,
  useResourceSettings,
  useUpdateConnection,
  type Connection,
  type ConnectionRef,
  type ConnectionsAdapter,
  type IntegrationsApiError,
  type ResourceSettings,
  type UpdateConnectionVariables,
} from 'integrations-kit'

const ref: ConnectionRef = { unifiedApi: 'crm', serviceId: 'salesforce' }

describe('hook types', () => {
  it('useConnection(ref).data is Connection | undefined and its error is IntegrationsApiError', () => {
    type Result = ReturnType<typeof useConnection>
    expectTypeOf<Result['data']>().toEqualTypeOf<Connection | undefined>()
    expectTypeOf<Result['error']>().toEqualTypeOf<IntegrationsApiError | null>()
    expectTypeOf(useConnection).parameter(0).toEqualTypeOf<ConnectionRef | undefined>()
  })

  it('useConnections().data is Connection[] | undefined', () => {
    expectTypeOf<ReturnType<typeof useConnections>['data']>().toEqualTypeOf<
      Connection[] | undefined
    >()
  })

  it('useResourceSettings().data is ResourceSettings | undefined', () => {
    expectTypeOf<ReturnType<typeof useResourceSettings>['data']>().toEqualTypeOf<
      ResourceSettings | undefined
    >()
  })

  it('mutations take one variables object and type their error', () => {
    expectTypeOf<ReturnType<typeof useUpdateConnection>>().toExtend<
      UseMutationResult<Connection, IntegrationsApiError, UpdateConnectionVariables, unknown>
    >()
    expectTypeOf<Parameters<ReturnType<typeof useDeleteConnection>['mutate']>[0]>().toEqualTypeOf<{
      ref: ConnectionRef
    }>()
  })
})

describe('key and query factory types', () => {
  it('integrationKeys.detail(...) is a readonly tuple', () => {
    const key = integrationKeys.detail('scope', ref)
    expectTypeOf(key).toEqualTypeOf<
      readonly ['integrations-kit', string, 'detail', string, string]
    >()
    expectTypeOf(key).toExtend<QueryKey>()
  })

  it('integrationQueries keys are tagged with their data type', () => {
    // The DataTag makes getQueryData/setQueryData with the factory's key typed without generics.
    const readDetail = (queryClient: QueryClient, adapter: ConnectionsAdapter) =>
      queryClient.getQueryData(integrationQueries.detail(adapter, ref).queryKey)
    const readList = (queryClient: QueryClient, adapter: ConnectionsAdapter) =>
      queryClient.getQueryData(integrationQueries.list(adapter, { api: 'crm' }).queryKey)
    expectTypeOf(readDetail).returns.toEqualTypeOf<Connection | undefined>()
    expectTypeOf(readList).returns.toEqualTypeOf<Connection[] | undefined>()
  })
})
