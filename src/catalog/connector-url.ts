/**
 * The deep-link parameter: `?connector=unified_api/service_id`, with an optional third segment for
 * one connection of a connector that has many: `?connector=enterprise/saml:okta/<id>` (the id
 * percent-encoded, so it may hold any character). Read and written with
 * history.replaceState so opening and closing connectors never piles up history entries; only
 * touched from effects and handlers, never at module load (SSR).
 */
import { refKey } from '../connection-ref'
import type { ConnectionRef } from '../types'

export const DEFAULT_CONNECTOR_PARAM = 'connector'

function parseConnectorParam(value: string | null | undefined): ConnectionRef | null {
  if (!value) {
    return null
  }
  const [unifiedApi, serviceId, connectionId, ...rest] = value.split('/')
  if (!unifiedApi || !serviceId || connectionId === '' || rest.length > 0) {
    return null
  }
  if (connectionId === undefined) {
    return { unifiedApi, serviceId }
  }
  try {
    return { unifiedApi, serviceId, connectionId: decodeURIComponent(connectionId) }
  } catch {
    // A malformed escape is not a link to anything.
    return null
  }
}

function formatConnectorParam(ref: ConnectionRef): string {
  return refKey(ref)
}

export function readConnectorFromUrl(param: string): ConnectionRef | null {
  if (typeof window === 'undefined') {
    return null
  }
  return parseConnectorParam(new URLSearchParams(window.location.search).get(param))
}

export function writeConnectorToUrl(param: string, ref: ConnectionRef | null): void {
  if (typeof window === 'undefined') {
    return
  }
  const url = new URL(window.location.href)
  const next = ref ? formatConnectorParam(ref) : null
  if (url.searchParams.get(param) === next) {
    return
  }
  if (next === null) {
    url.searchParams.delete(param)
  } else {
    url.searchParams.set(param, next)
  }
  window.history.replaceState(window.history.state, '', url)
}
