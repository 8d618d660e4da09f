/**
 * queryOptions factories: key, fetcher and retry policy in one object, so the same definition serves
 * `useQuery`, `useSuspenseQuery`, `prefetchQuery`, `ensureQueryData` and typed `setQueryData`.
 * Public API for power users: `useSuspenseQuery(integrationQueries.list(adapter))`. It joins the
 * connection queries (./connection-queries.ts) and the data-access ones
 * (./connection-data-queries.ts), which the library's own modules import apart.
 */
import { connectionDataQueries } from './connection-data-queries'
import { connectionQueries } from './connection-queries'

export const integrationQueries = { ...connectionQueries, ...connectionDataQueries }
