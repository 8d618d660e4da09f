/**
 * queryOptions factories of a connection's data access: consent records, custom mappings and the
 * sources a mapping picks from (custom fields, schema, example), request logs. Apart from the
 * connection queries (./connection-queries.ts) so the page's first paint does not carry them.
 */
import { infiniteQueryOptions, queryOptions, type InfiniteData } from '@tanstack/react-query'
import type { ConnectionsAdapter } from '../../src/adapter'
import type { IntegrationsApiError } from '../../src/errors'
import type {
  ConnectionLogsParams,
  ConsentRecord,
  ConnectionRef,
  CustomField,
  CustomMapping,
  LogsPage,
  ResourceExample,
  ResourceSchema,
} from '../../src/types'
import { supportedOperation, withApiErrors } from '../../src/query/adapter-errors'
import { connectionDataKeys } from '../../src/query/connection-data-keys'
import { retryDelay, shouldRetryQuery } from '../../src/query/retry'
import { INTEGRATIONS_STALE_TIME } from './connection-queries'

type ConsentsKey = ReturnType<typeof connectionDataKeys.consents>
type CustomMappingsKey = ReturnType<typeof connectionDataKeys.customMappings>
type CustomFieldsKey = ReturnType<typeof connectionDataKeys.customFields>
type ResourceSchemaKey = ReturnType<typeof connectionDataKeys.resourceSchema>
type ResourceExampleKey = ReturnType<typeof connectionDataKeys.resourceExample>
type LogsKey = ReturnType<typeof connectionDataKeys.logs>

/**
 * How long a resource's schema, example and custom fields count as fresh: 5 min. They describe the
 * connector's data model, which does not change while a mapping dialog is open, and the dialog
 * opens them together: a reopen should not fire three requests again.
 */
const DATA_MODEL_STALE_TIME = 5 * 60_000

export const connectionDataQueries = {
  /** The connection's consent records, oldest first (`GET …/consent`). */
  consents: (adapter: ConnectionsAdapter, ref: ConnectionRef) => {
    const listConsents = (signal: AbortSignal) =>
      supportedOperation(adapter, 'listConsents').call(adapter, ref, { signal })
    return queryOptions<ConsentRecord[], IntegrationsApiError, ConsentRecord[], ConsentsKey>({
      queryKey: connectionDataKeys.consents(adapter.scope, ref),
      queryFn: ({ signal }) => withApiErrors(() => listConsents(signal)),
      staleTime: INTEGRATIONS_STALE_TIME,
      retry: shouldRetryQuery,
      retryDelay,
    })
  },

  /**
   * The connection's custom mappings of one resource (`GET …/{resource}/custom-mappings`), or all of
   * them without `resource` (`GET /vault/custom-mappings/{api}/{svc}`).
   */
  customMappings: (adapter: ConnectionsAdapter, ref: ConnectionRef, resource?: string) => {
    const listCustomMappings = (signal: AbortSignal) =>
      supportedOperation(adapter, 'listCustomMappings').call(adapter, ref, resource, { signal })
    return queryOptions<CustomMapping[], IntegrationsApiError, CustomMapping[], CustomMappingsKey>({
      queryKey: connectionDataKeys.customMappings(adapter.scope, ref, resource ?? null),
      queryFn: ({ signal }) => withApiErrors(() => listCustomMappings(signal)),
      staleTime: INTEGRATIONS_STALE_TIME,
      retry: shouldRetryQuery,
      retryDelay,
    })
  },

  /** The connector's custom fields on one resource (`GET …/{resource}/custom-fields`). */
  customFields: (adapter: ConnectionsAdapter, ref: ConnectionRef, resource: string) => {
    const listCustomFields = (signal: AbortSignal) =>
      supportedOperation(adapter, 'listCustomFields').call(adapter, ref, resource, { signal })
    return queryOptions<CustomField[], IntegrationsApiError, CustomField[], CustomFieldsKey>({
      queryKey: connectionDataKeys.customFields(adapter.scope, ref, resource),
      queryFn: ({ signal }) => withApiErrors(() => listCustomFields(signal)),
      staleTime: DATA_MODEL_STALE_TIME,
      retry: shouldRetryQuery,
      retryDelay,
    })
  },

  /** The approximate JSON Schema of one resource (`GET …/{resource}/schema`). */
  resourceSchema: (adapter: ConnectionsAdapter, ref: ConnectionRef, resource: string) => {
    const getResourceSchema = (signal: AbortSignal) =>
      supportedOperation(adapter, 'getResourceSchema').call(adapter, ref, resource, { signal })
    return queryOptions<ResourceSchema, IntegrationsApiError, ResourceSchema, ResourceSchemaKey>({
      queryKey: connectionDataKeys.resourceSchema(adapter.scope, ref, resource),
      queryFn: ({ signal }) => withApiErrors(() => getResourceSchema(signal)),
      staleTime: DATA_MODEL_STALE_TIME,
      retry: shouldRetryQuery,
      retryDelay,
    })
  },

  /** A real downstream response of one resource (`GET …/{resource}/example`), for JSONPath. */
  resourceExample: (adapter: ConnectionsAdapter, ref: ConnectionRef, resource: string) => {
    const getResourceExample = (signal: AbortSignal) =>
      supportedOperation(adapter, 'getResourceExample').call(adapter, ref, resource, { signal })
    return queryOptions<ResourceExample, IntegrationsApiError, ResourceExample, ResourceExampleKey>(
      {
        queryKey: connectionDataKeys.resourceExample(adapter.scope, ref, resource),
        queryFn: ({ signal }) => withApiErrors(() => getResourceExample(signal)),
        staleTime: DATA_MODEL_STALE_TIME,
        retry: shouldRetryQuery,
        retryDelay,
      },
    )
  },

  /**
   * One connection's request logs, newest first, a page per `fetchNextPage()` (`GET /vault/logs`
   * with the connector as filter). Pages are fetched only when asked for: the first on mount, each
   * next one by `fetchNextPage`, none after a page without `nextCursor`.
   */
  logs: (
    adapter: ConnectionsAdapter,
    ref: ConnectionRef,
    { filter, limit }: Omit<ConnectionLogsParams, 'cursor'> = {},
  ) => {
    const listLogs = (cursor: string | null, signal: AbortSignal) =>
      supportedOperation(adapter, 'listLogs').call(
        adapter,
        ref,
        { filter, limit, cursor },
        { signal },
      )
    const params: { limit?: number; filter?: object } = {}
    if (limit !== undefined) {
      params.limit = limit
    }
    if (filter !== undefined) {
      params.filter = filter
    }
    return infiniteQueryOptions<
      LogsPage,
      IntegrationsApiError,
      InfiniteData<LogsPage, string | null>,
      LogsKey,
      string | null
    >({
      queryKey: connectionDataKeys.logs(adapter.scope, ref, params),
      queryFn: ({ pageParam, signal }) => withApiErrors(() => listLogs(pageParam, signal)),
      initialPageParam: null,
      getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
      // Logs only grow: a refetch of every loaded page on focus would re-send as many requests as
      // pages the user loaded. They are refreshed when the user reopens the section.
      staleTime: INTEGRATIONS_STALE_TIME,
      retry: shouldRetryQuery,
      retryDelay,
    })
  },
}
