/**
 * Cache writes shared by the mutations. A connection lives in two places: its detail query and every
 * cached list that contains it (one per filter variant: `{}`, `{ api: 'crm' }`, …). Every write goes
 * to both, so no list is ever left showing old data.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { isConnection, refOf } from '../../src/connection-ref'
import type { Connection, ConnectionRef } from '../../src/types'
import { connectionKeys } from '../../src/query/keys'

/** A snapshot of the detail and of every list, to restore after a failed optimistic update. */
export interface ConnectionSnapshot {
  detail: Connection | undefined
  lists: Array<[QueryKey, Connection[] | undefined]>
}

export function snapshotConnection(
  queryClient: QueryClient,
  scope: string,
  ref: ConnectionRef,
): ConnectionSnapshot {
  return {
    detail: queryClient.getQueryData<Connection>(connectionKeys.detail(scope, ref)),
    lists: queryClient.getQueriesData<Connection[]>({ queryKey: connectionKeys.lists(scope) }),
  }
}

export function restoreConnection(
  queryClient: QueryClient,
  scope: string,
  ref: ConnectionRef,
  snapshot: ConnectionSnapshot,
): void {
  queryClient.setQueryData(connectionKeys.detail(scope, ref), snapshot.detail)
  for (const [queryKey, data] of snapshot.lists) {
    queryClient.setQueryData(queryKey, data)
  }
}

/** The connection as the cache knows it: its detail, else its entry in any cached list. */
export function cachedConnection(
  queryClient: QueryClient,
  scope: string,
  ref: ConnectionRef,
): Connection | undefined {
  const detail = queryClient.getQueryData<Connection>(connectionKeys.detail(scope, ref))
  if (detail) {
    return detail
  }
  for (const [, list] of queryClient.getQueriesData<Connection[]>({
    queryKey: connectionKeys.lists(scope),
  })) {
    const found = list?.find((connection) => isConnection(connection, ref))
    if (found) {
      return found
    }
  }
  return undefined
}

/**
 * Applies `update` to the connection in its detail (when cached) and in every cached list that
 * contains it. Lists that do not contain it are left as they are.
 */
export function updateCachedConnection(
  queryClient: QueryClient,
  scope: string,
  ref: ConnectionRef,
  update: (connection: Connection) => Connection,
): void {
  queryClient.setQueryData<Connection>(connectionKeys.detail(scope, ref), (old) =>
    old ? update(old) : old,
  )
  queryClient.setQueriesData<Connection[]>({ queryKey: connectionKeys.lists(scope) }, (old) => {
    if (!old || !old.some((connection) => isConnection(connection, ref))) {
      return old
    }
    return old.map((connection) =>
      isConnection(connection, ref) ? update(connection) : connection,
    )
  })
}

/** Takes a deleted instance out of every cached list that holds it. */
export function removeCachedConnection(
  queryClient: QueryClient,
  scope: string,
  ref: ConnectionRef,
): void {
  queryClient.setQueriesData<Connection[]>({ queryKey: connectionKeys.lists(scope) }, (old) =>
    old?.some((connection) => isConnection(connection, ref))
      ? old.filter((connection) => !isConnection(connection, ref))
      : old,
  )
}

/**
 * Puts a new instance into every cached list that holds its catalog entry, right after that entry
 * and its other instances, unless the list already holds it. A list without the entry (another
 * category filter) is left as it is.
 */
export function insertCachedConnection(
  queryClient: QueryClient,
  scope: string,
  connection: Connection,
): void {
  const ref = refOf(connection)
  // The connector's records: its catalog entry and its instances (same unified API and service).
  const ofConnector = (cached: Connection) =>
    cached.unified_api === ref.unifiedApi && cached.service_id === ref.serviceId
  queryClient.setQueriesData<Connection[]>({ queryKey: connectionKeys.lists(scope) }, (old) => {
    if (!old || old.some((cached) => isConnection(cached, ref))) {
      return old
    }
    // A loop, not findLastIndex: the build targets ES2022.
    let last = -1
    old.forEach((cached, index) => {
      if (ofConnector(cached)) {
        last = index
      }
    })
    if (last < 0) {
      return old
    }
    return [...old.slice(0, last + 1), connection, ...old.slice(last + 1)]
  })
}

/** Writes the server's answer: the detail becomes it, and every list entry is replaced by it. */
export function writeConnection(
  queryClient: QueryClient,
  scope: string,
  ref: ConnectionRef,
  connection: Connection,
): void {
  queryClient.setQueryData<Connection>(connectionKeys.detail(scope, ref), connection)
  updateCachedConnection(queryClient, scope, ref, () => connection)
}

/** Marks every list stale and refetches the ones on screen; the promise settles when they are back. */
export function invalidateLists(queryClient: QueryClient, scope: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: connectionKeys.lists(scope) })
}
