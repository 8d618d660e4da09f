/**
 * queryOptions factories: key, fetcher and retry policy in one object, so the same definition serves
 * `useQuery`, `useSuspenseQuery`, `prefetchQuery`, `ensureQueryData` and typed `setQueryData`.
 * Public API for power users: `useSuspenseQuery(integrationQueries.list(adapter))`.
 */
import { infiniteQueryOptions, queryOptions, type InfiniteData } from '@tanstack/react-query'
import type { ConnectionsAdapter } from '../../src/adapter'
import type { IntegrationsApiError } from '../../src/errors'
import type {
  ConnectionLogsParams,
  ConsentRecord,
  Connection,
  ConnectionFilters,
  ConnectionRef,
  CustomField,
  CustomMapping,
  LogsPage,
  RequestOptions,
  ResourceExample,
  ResourceSchema,
  ResourceSettings,
} from '../../src/types'
import { supportedOperation, withApiErrors } from '../../src/query/adapter-errors'
import { integrationKeys } from '../../src/query/keys'
import { retryDelay, shouldRetryQuery } from '../../src/query/retry'

/**
 * How long a fetched list or connection counts as fresh: 30 s. Set per query (not left to the
 * QueryClient) because a host client usually has TanStack's default of 0, and then every component
 * that reads the same connection on mount (details panel, settings form, manage actions) would
 * refetch it. Mutations update or invalidate these keys, so our own writes are never hidden by it.
 * A host that wants other freshness registers it for our keys:
 * `queryClient.setQueryDefaults(integrationKeys.all(scope), { staleTime: 0 })` (the hooks honour
 * that), or spreads `{ ...integrationQueries.detail(adapter, ref), staleTime }` in its own calls.
 */
const INTEGRATIONS_STALE_TIME = 30_000

type ListKey = ReturnType<typeof integrationKeys.list>
type DetailKey = ReturnType<typeof integrationKeys.detail>
type ResourceSettingsKey = ReturnType<typeof integrationKeys.resourceSettings>
type ConsentsKey = ReturnType<typeof integrationKeys.consents>
type CustomMappingsKey = ReturnType<typeof integrationKeys.customMappings>
type CustomFieldsKey = ReturnType<typeof integrationKeys.customFields>
type ResourceSchemaKey = ReturnType<typeof integrationKeys.resourceSchema>
type ResourceExampleKey = ReturnType<typeof integrationKeys.resourceExample>
type LogsKey = ReturnType<typeof integrationKeys.logs>

/**
 * How long a resource's schema, example and custom fields count as fresh: 5 min. They describe the
 * connector's data model, which does not change while a mapping dialog is open, and the dialog
 * opens them together: a reopen should not fire three requests again.
 */
const DATA_MODEL_STALE_TIME = 5 * 60_000

export const integrationQueries = {
  /**
   * Every connector/connection for these filters (`GET /vault/connections?api=…`). `onRecordSkipped`
   * hears of records the response carried but the list leaves out (useConnections sends them to
   * `onEvent` as `record_skipped`).
   */
  list: (
    adapter: ConnectionsAdapter,
    filters: ConnectionFilters = {},
    { onRecordSkipped }: Pick<RequestOptions, 'onRecordSkipped'> = {},
  ) =>
    // `onRecordSkipped` is where problems are reported, not what is fetched: not part of the key.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions<Connection[], IntegrationsApiError, Connection[], ListKey>({
      queryKey: integrationKeys.list(adapter.scope, filters),
      queryFn: ({ signal }) =>
        withApiErrors(() => adapter.listConnections(filters, { signal, onRecordSkipped })),
      staleTime: INTEGRATIONS_STALE_TIME,
      retry: shouldRetryQuery,
      retryDelay,
    }),

  /** One connection with its form fields and settings. */
  detail: (adapter: ConnectionsAdapter, ref: ConnectionRef) =>
    queryOptions<Connection, IntegrationsApiError, Connection, DetailKey>({
      queryKey: integrationKeys.detail(adapter.scope, ref),
      queryFn: ({ signal }) => withApiErrors(() => adapter.getConnection(ref, { signal })),
      staleTime: INTEGRATIONS_STALE_TIME,
      retry: shouldRetryQuery,
      retryDelay,
    }),

  /** The settable defaults of one resource of a connection (`GET …/{resource}/config`). */
  resourceSettings: (adapter: ConnectionsAdapter, ref: ConnectionRef, resource: string) => {
    // Resolved outside the queryFn: an adapter without resource settings fails with 'unsupported'
    // when the query runs, without sending a request.
    const getResourceSettings = (signal: AbortSignal) =>
      supportedOperation(adapter, 'getResourceSettings').call(adapter, ref, resource, { signal })
    return queryOptions<
      ResourceSettings,
      IntegrationsApiError,
      ResourceSettings,
      ResourceSettingsKey
    >({
      queryKey: integrationKeys.resourceSettings(adapter.scope, ref, resource),
      queryFn: ({ signal }) => withApiErrors(() => getResourceSettings(signal)),
      retry: shouldRetryQuery,
      retryDelay,
    })
  },

  /** The connection's consent records, oldest first (`GET …/consent`). */
  consents: (adapter: ConnectionsAdapter, ref: ConnectionRef) => {
    const listConsents = (signal: AbortSignal) =>
      supportedOperation(adapter, 'listConsents').call(adapter, ref, { signal })
    return queryOptions<ConsentRecord[], IntegrationsApiError, ConsentRecord[], ConsentsKey>({
      queryKey: integrationKeys.consents(adapter.scope, ref),
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
      queryKey: integrationKeys.customMappings(adapter.scope, ref, resource ?? null),
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
      queryKey: integrationKeys.customFields(adapter.scope, ref, resource),
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
      queryKey: integrationKeys.resourceSchema(adapter.scope, ref, resource),
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
        queryKey: integrationKeys.resourceExample(adapter.scope, ref, resource),
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
      queryKey: integrationKeys.logs(adapter.scope, ref, params),
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
