/**
 * What a card's intent fetches for its consent section (components/page/details-preload.ts): the
 * consent records the section lists, with the query options useConsents reads them with, so opening
 * the panel shows them without a request. Here, with the consent part, because only a page that
 * shows consent loads it.
 */
import type { QueryClient } from '@tanstack/react-query'
import { connectionDataQueries } from '../../hooks/query/connection-data-queries'
import type { ConnectionsAdapter } from '../../src/adapter'
import type { ConnectionRef } from '../../src/types'

export function prefetchConsents(
  queryClient: QueryClient,
  adapter: ConnectionsAdapter,
  ref: ConnectionRef,
): Promise<void> {
  return queryClient.prefetchQuery(connectionDataQueries.consents(adapter, ref))
}
