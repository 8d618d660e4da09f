/**
 * queryOptions factories of connections: key, fetcher and retry policy in one object, so the same
 * definition serves `useQuery`, `useSuspenseQuery`, `prefetchQuery`, `ensureQueryData` and typed
 * `setQueryData`. Public through `integrationQueries` (./integration-queries.ts).
 */
import { queryOptions } from '@tanstack/react-query'
import type { ConnectionsAdapter } from '../../src/adapter'
import type { IntegrationsApiError } from '../../src/errors'
import type {
  Connection,
  ConnectionFilters,
  ConnectionRef,
  RequestOptions,
  ResourceSettings,
} from '../../src/types'
import { supportedOperation, withApiErrors } from '../../src/query/adapter-errors'
import { connectionKeys } from '../../src/query/keys'
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
export const INTEGRATIONS_STALE_TIME = 30_000

type ListKey = ReturnType<typeof connectionKeys.list>
type DetailKey = ReturnType<typeof connectionKeys.detail>
type ResourceSettingsKey = ReturnType<typeof connectionKeys.resourceSettings>

/**
 * The queries of connections themselves (lists, details, resource settings): what the page uses.
 * A connection's data access (consent, mappings, logs) is in ./connection-data-queries.ts, and the
 * public `integrationQueries` joins both (./integration-queries.ts).
 */
export const connectionQueries = {
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
      queryKey: connectionKeys.list(adapter.scope, filters),
      queryFn: ({ signal }) =>
        withApiErrors(() => adapter.listConnections(filters, { signal, onRecordSkipped })),
      staleTime: INTEGRATIONS_STALE_TIME,
      retry: shouldRetryQuery,
      retryDelay,
    }),

  /** One connection with its form fields and settings. */
  detail: (adapter: ConnectionsAdapter, ref: ConnectionRef) =>
    queryOptions<Connection, IntegrationsApiError, Connection, DetailKey>({
      queryKey: connectionKeys.detail(adapter.scope, ref),
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
      queryKey: connectionKeys.resourceSettings(adapter.scope, ref, resource),
      queryFn: ({ signal }) => withApiErrors(() => getResourceSettings(signal)),
      retry: shouldRetryQuery,
      retryDelay,
    })
  },
}
