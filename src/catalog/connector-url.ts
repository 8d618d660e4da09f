/**
 * The deep-link parameter: `?connector=unified_api/service_id`. Read and written with
 * history.replaceState so opening and closing connectors never piles up history entries; only
 * touched from effects and handlers, never at module load (SSR).
 */
import type { ConnectionRef } from '../types'

export const DEFAULT_CONNECTOR_PARAM = 'connector'

export function parseConnectorParam(value: string | null | undefined): ConnectionRef | null {
  if (!value) {
    return null
  }
  const slash = value.indexOf('/')
  if (slash <= 0 || slash === value.length - 1) {
    return null
  }
  return { unifiedApi: value.slice(0, slash), serviceId: value.slice(slash + 1) }
}

export function formatConnectorParam(ref: ConnectionRef): string {
  return `${ref.unifiedApi}/${ref.serviceId}`
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
