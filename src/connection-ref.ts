/**
 * A connection's identity, `{ unifiedApi, serviceId }`, and the comparisons built on it: one place,
 * so hooks and components do not each spell the mapping out.
 */
import type { Connection, ConnectionRef } from './types'

export function refOf(connection: Pick<Connection, 'unified_api' | 'service_id'>): ConnectionRef {
  return { unifiedApi: connection.unified_api, serviceId: connection.service_id }
}

export function isConnection(
  connection: Pick<Connection, 'unified_api' | 'service_id'>,
  ref: ConnectionRef,
): boolean {
  return connection.unified_api === ref.unifiedApi && connection.service_id === ref.serviceId
}

export function isSameRef(a: ConnectionRef | null, b: ConnectionRef | null): boolean {
  return a !== null && b !== null && a.unifiedApi === b.unifiedApi && a.serviceId === b.serviceId
}
