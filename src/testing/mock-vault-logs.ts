/**
 * The mock Vault's request logs (`GET /vault/logs`, logsAll): ~60 seeded requests over several
 * connectors with mixed statuses and error messages, newest first, cursor-paged (`limit` 1–200,
 * default 20; `meta.cursors.next` null on the last page) and filtered by the `filter[…]` keys the
 * spec defines: connector_id (`crm+salesforce`), path (+ path_match_mode), http_method(s),
 * status_code(s), start_date/end_date, exclude_unified_apis.
 */
import type { Log } from '../types'
import type { OperationResult } from './mock-backend'
import { vaultErrors } from './vault-errors'

/** Connectors the seeded logs are spread over (unified APIs the spec's Log enum allows). */
const SERVICES = [
  { api: 'crm', id: 'salesforce', name: 'Salesforce', path: '/crm/leads' },
  { api: 'crm', id: 'pipedrive', name: 'Pipedrive', path: '/crm/opportunities' },
  { api: 'accounting', id: 'xero', name: 'Xero', path: '/accounting/invoices' },
  { api: 'file-storage', id: 'dropbox', name: 'Dropbox', path: '/file-storage/files' },
  { api: 'hris', id: 'bamboohr', name: 'BambooHR', path: '/hris/employees' },
  { api: 'crm', id: 'hubspot', name: 'HubSpot', path: '/crm/contacts' },
] as const

const OUTCOMES = [
  { status: 200, method: 'GET', error: null },
  { status: 200, method: 'GET', error: null },
  { status: 201, method: 'POST', error: null },
  { status: 200, method: 'PATCH', error: null },
  { status: 404, method: 'GET', error: 'Record not found at the connector' },
  { status: 200, method: 'GET', error: null },
  { status: 401, method: 'GET', error: 'Refresh token is invalid' },
  { status: 204, method: 'DELETE', error: null },
  { status: 429, method: 'GET', error: 'Connector rate limit exceeded; retry after 30 s' },
  { status: 500, method: 'POST', error: 'Downstream returned an unexpected error' },
  { status: 400, method: 'POST', error: 'Missing required field: name' },
] as const

/** When the newest seeded request was made; the others are 7 minutes apart going back. */
const NEWEST = Date.parse('2026-11-30T12:00:00.000Z')
export const SEEDED_LOG_COUNT = 60

/** The seeded logs, newest first, for `consumerId`. Deterministic. */
export function seedLogs(consumerId: string): Log[] {
  return Array.from({ length: SEEDED_LOG_COUNT }, (_, index): Log => {
    const service = SERVICES[(index * 5 + Math.floor(index / 6)) % SERVICES.length]!
    const outcome = OUTCOMES[(index * 7) % OUTCOMES.length]!
    const duration = 80 + ((index * 137) % 900)
    const latency = 12 + ((index * 31) % 40)
    const number = String(index + 1).padStart(4, '0')
    return {
      id: `0b5f7480-5550-4f5c-a5fc-3c01ac43${number}`,
      timestamp: new Date(NEWEST - index * 7 * 60_000).toISOString(),
      http_method: outcome.method,
      path:
        outcome.method === 'GET' && index % 2 === 0
          ? `${service.path}/${1000 + index}`
          : service.path,
      status_code: outcome.status,
      success: outcome.status < 400,
      duration,
      latency,
      execution: duration + latency,
      service: { id: service.id, name: service.name },
      unified_api: service.api,
      operation: {
        id: `${service.api}.${outcome.method.toLowerCase()}`,
        name: `${outcome.method} ${service.path}`,
      },
      error_message: outcome.error,
      consumer_id: consumerId,
      base_url: 'unify.apideck.com',
      api_style: 'REST',
      child_request: false,
      has_children: false,
      parent_id: null,
      sandbox: false,
      source_ip: '203.0.113.7',
    }
  })
}

const DEFAULT_LIMIT = 20

function cursorOf(offset: number): string {
  return btoa(`mock-logs:${offset}`)
}

function offsetOf(cursor: string): number | undefined {
  try {
    const match = /^mock-logs:(\d+)$/.exec(atob(cursor))
    return match ? Number(match[1]) : undefined
  } catch {
    return undefined
  }
}

function matchesPath(path: string, wanted: string, mode: string | null): boolean {
  switch (mode) {
    case 'STARTS_WITH':
      return path.startsWith(wanted)
    case 'ENDS_WITH':
      return path.endsWith(wanted)
    case 'EXACT':
      return path === wanted
    default:
      return path.includes(wanted)
  }
}

/** The logs `filter[…]` keeps (keys the contract check already vetted). */
function applyFilter(logs: Log[], query: URLSearchParams): Log[] {
  const get = (name: string) => query.get(`filter[${name}]`)
  const all = (name: string) => query.getAll(`filter[${name}]`)
  const connector = get('connector_id')
  const path = get('path')
  const mode = get('path_match_mode')
  const methods = [...all('http_method'), ...all('http_methods')].map((m) => m.toUpperCase())
  const statuses = [...all('status_code'), ...all('status_codes')].map(Number)
  const start = get('start_date')
  const end = get('end_date')
  const excluded = (get('exclude_unified_apis') ?? '').split(',').filter(Boolean)
  return logs.filter(
    (log) =>
      (connector === null || `${log.unified_api}+${log.service.id}` === connector) &&
      (path === null || matchesPath(log.path, path, mode)) &&
      (methods.length === 0 || methods.includes(log.http_method)) &&
      (statuses.length === 0 || statuses.includes(log.status_code)) &&
      (start === null || log.timestamp >= new Date(start).toISOString()) &&
      (end === null || log.timestamp <= new Date(end).toISOString()) &&
      !excluded.includes(log.unified_api),
  )
}

export interface MockVaultLogs {
  operate(query: URLSearchParams): OperationResult
}

export function createMockVaultLogs(consumerId: string): MockVaultLogs {
  const logs = seedLogs(consumerId)
  return {
    operate(query) {
      const cursor = query.get('cursor')
      const offset = cursor === null || cursor === '' ? 0 : offsetOf(cursor)
      if (offset === undefined) {
        return { status: 400, body: vaultErrors.requestValidation('Invalid cursor') }
      }
      const limit = Number(query.get('limit') ?? DEFAULT_LIMIT)
      const matching = applyFilter(logs, query)
      const page = matching.slice(offset, offset + limit)
      const next = offset + limit < matching.length ? cursorOf(offset + limit) : null
      return {
        status: 200,
        body: {
          status_code: 200,
          status: 'OK',
          data: structuredClone(page),
          meta: {
            items_on_page: page.length,
            cursors: {
              previous: offset === 0 ? null : cursorOf(Math.max(0, offset - limit)),
              current: cursor,
              next,
            },
          },
        },
      }
    },
  }
}
