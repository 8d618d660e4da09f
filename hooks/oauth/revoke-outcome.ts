/**
 * Vault's revoke flow reports nothing that proves the access is gone, so its outcome is read from
 * the connection itself: refetched fresh after the revoke window (or a same-tab revoke) finished,
 * and written into every cache so the page shows the new state.
 */
import type { QueryClient } from '@tanstack/react-query'
import type { ConnectionsAdapter } from '../../src/adapter'
import type { Connection, ConnectionRef } from '../../src/types'
import { withApiErrors } from '../../src/query/adapter-errors'
import { invalidateLists, writeConnection } from '../query/connection-cache'

/** States that hold credentials a revoke would remove. */
const CONNECTED_STATES: ReadonlySet<string> = new Set(['authorized', 'callable', 'invalid'])

/** Fetches the connection fresh and writes it into its detail and every cached list. */
export async function readConnectionAfterRevoke(
  adapter: ConnectionsAdapter,
  queryClient: QueryClient,
  ref: ConnectionRef,
): Promise<Connection> {
  const after = await withApiErrors(() => adapter.getConnection(ref))
  writeConnection(queryClient, adapter.scope, ref, after)
  await invalidateLists(queryClient, adapter.scope)
  return after
}

/** Whether `after` shows the access gone (compared with `before`, when known). */
export function isRevoked(after: Connection, before?: Connection): boolean {
  return (
    (before !== undefined && after.state !== before.state) || !CONNECTED_STATES.has(after.state)
  )
}
