/**
 * A connection's identity, `{ unifiedApi, serviceId, connectionId? }`, and the comparisons built on
 * it: one place, so hooks and components do not each spell the mapping out. `connectionId` is only
 * present for instances of connectors that allow many connections (Kinde, Authress), so Vault refs
 * keep exactly the two keys they always had.
 */
import type { Connection, ConnectionRef } from './types'

type Identity = Pick<Connection, 'unified_api' | 'service_id' | 'connection_id'>

export function refOf(connection: Identity): ConnectionRef {
  const ref: ConnectionRef = {
    unifiedApi: connection.unified_api,
    serviceId: connection.service_id,
  }
  if (connection.connection_id !== undefined) {
    ref.connectionId = connection.connection_id
  }
  return ref
}

export function isConnection(connection: Identity, ref: ConnectionRef): boolean {
  return (
    connection.unified_api === ref.unifiedApi &&
    connection.service_id === ref.serviceId &&
    connection.connection_id === ref.connectionId
  )
}

export function isSameRef(a: ConnectionRef | null, b: ConnectionRef | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.unifiedApi === b.unifiedApi &&
    a.serviceId === b.serviceId &&
    a.connectionId === b.connectionId
  )
}

/**
 * The stable text key of a ref: `unified_api/service_id`, plus `/<connection id>` (percent-encoded)
 * for an instance. It is the deep-link value, the React key and `data-ik-key` of a card, so a Vault
 * ref's key stays exactly what it always was.
 */
export function refKey(ref: ConnectionRef): string {
  const base = `${ref.unifiedApi}/${ref.serviceId}`
  return ref.connectionId === undefined ? base : `${base}/${encodeURIComponent(ref.connectionId)}`
}

/**
 * The ids an event carries for a connection: `unifiedApi`, `serviceId`, and `connectionId` only for
 * an instance, so Vault's events keep exactly the keys they always had.
 */
export function eventIds(ref: ConnectionRef): {
  unifiedApi: string
  serviceId: string
  connectionId?: string
} {
  return ref.connectionId === undefined
    ? { unifiedApi: ref.unifiedApi, serviceId: ref.serviceId }
    : { unifiedApi: ref.unifiedApi, serviceId: ref.serviceId, connectionId: ref.connectionId }
}
