/**
 * Defensive parsing of Vault responses, without a schema validator (a validator would cost more
 * bundle than the whole client). Records from the backend are untrusted input. Rules, chosen so the
 * UI can render whatever we return:
 *
 * - The body must be Vault's envelope, an object with `data`; anything else is kind 'parse'.
 * - A connection needs non-empty string `service_id` and `unified_api` and a known `state`; without
 *   them it cannot be addressed or given a status, so it is rejected. `id` is derived as
 *   `${unified_api}+${service_id}` (Vault's own id format) and `name` falls back to `service_id`
 *   when missing, because a missing label should not hide a connector that works.
 * - Ids are path segments of later requests: a connection whose `service_id` or `unified_api` is not
 *   one safe segment (`.`, `..`, `%2e`, a slash … see ../path-segment.ts) is rejected too, and such
 *   resource names are dropped from the resource lists (the client would refuse to request them).
 * - In a list, rejected connections are dropped and the rest is returned: one bad record from the
 *   server must not blank the whole catalog. A single-connection response that is rejected is kind
 *   'parse'.
 * - Duplicates: a list holds one record per connector (`unified_api` + `service_id`), because that
 *   pair is the connector's identity everywhere (React keys, deep links, cache updates). The FIRST
 *   record wins. Merging could pair one record's state with another's credentials or fields and show
 *   a status neither has; the first is also what a lookup by ref finds, so card and details agree.
 * - Every record a list leaves out is reported once through `onRecordSkipped` (duplicates: once per
 *   connector, however many copies), which the hooks turn into a `record_skipped` event.
 * - Optional fields of the wrong type are removed (never coerced), so `website: 42` becomes absent.
 *   Property names are looked up as own properties only, so a key like `constructor` is data.
 * - form_fields and options: normalised by ../forms/normalise-fields.ts, the one owner of those rules;
 *   a connection's form_fields when first read (./lazy-form-fields.ts).
 */
import type {
  AuthType,
  Connection,
  ConnectionHealth,
  ConnectionState,
  ConsentState,
  IntegrationState,
  OAuthGrantType,
  ResourceConfiguration,
  ResourceDefault,
  ResourceSettings,
  SkippedRecord,
  ValidateConnectionResult,
} from '../types'
import {
  isFieldValue,
  normaliseEach,
  normaliseFields,
  normaliseOptions,
} from '../forms/normalise-fields'
import {
  intern,
  isBoolean,
  isNumber,
  isRecord,
  isString,
  nonEmptyString,
  orNull,
  type JsonObject,
} from '../json-guards'
import { isSafePathSegment } from '../path-segment'
import { defineLazyFormFields } from './lazy-form-fields'
import { parseError } from '../http/errors'

/** `Record<Union, true>` makes the compiler check each list against its union, both ways. */
function oneOf<T extends string>(members: Record<T, true>) {
  return (value: unknown): value is T => typeof value === 'string' && Object.hasOwn(members, value)
}

const isConnectionState = oneOf<ConnectionState>({
  available: true,
  added: true,
  authorized: true,
  callable: true,
  invalid: true,
})
const isHealth = oneOf<ConnectionHealth>({
  ok: true,
  pending_refresh: true,
  needs_auth: true,
  pending_confirmation: true,
  needs_consent: true,
  revoked: true,
  missing_settings: true,
  degraded: true,
})
const isIntegrationState = oneOf<IntegrationState>({
  needs_configuration: true,
  disabled: true,
  configured: true,
})
const isAuthType = oneOf<AuthType>({
  oauth2: true,
  apiKey: true,
  basic: true,
  custom: true,
  none: true,
})
const isGrantType = oneOf<OAuthGrantType>({
  authorization_code: true,
  client_credentials: true,
  password: true,
})
const isConsentState = oneOf<ConsentState>({
  implicit: true,
  pending: true,
  granted: true,
  denied: true,
  revoked: true,
  requires_reconsent: true,
})
const isListingStatus = oneOf<'live' | 'upcoming' | 'requested'>({
  live: true,
  upcoming: true,
  requested: true,
})
const isTarget = oneOf<'custom_fields' | 'resource'>({ custom_fields: true, resource: true })

/* -------------------------------------------------------------------------------------------------
 * Resource configuration
 * -----------------------------------------------------------------------------------------------*/

function parseResourceDefault(value: unknown): ResourceDefault | null {
  if (!isRecord(value)) {
    return null
  }
  const id = nonEmptyString(value.id)
  if (id === undefined) {
    return null
  }
  const result: ResourceDefault = { id }
  if (isFieldValue(value.value)) {
    result.value = value.value
  }
  if (isTarget(value.target)) {
    result.target = value.target
  }
  if (isString(value.type)) {
    result.type = value.type
  }
  if (Object.hasOwn(value, 'options')) {
    result.options = normaliseOptions(value.options)
  }
  return result
}

function parseResourceConfiguration(value: unknown): ResourceConfiguration | null {
  if (!isRecord(value)) {
    return null
  }
  const resource = value.resource
  if (!isSafePathSegment(resource)) {
    return null
  }
  return {
    resource: intern(resource),
    defaults: normaliseEach(value.defaults, parseResourceDefault),
  }
}

/* -------------------------------------------------------------------------------------------------
 * Connections
 * -----------------------------------------------------------------------------------------------*/

// Arrays are kept, then their items filtered (STRING_ARRAYS, RECORD_ARRAYS below).
const isArray = (value: unknown) => Array.isArray(value)

/** Optional Connection properties: the check a value must pass to be kept. */
const CONNECTION_PROPERTY_CHECKS: Record<string, (value: unknown) => boolean> = {
  tag_line: isString,
  website: isString,
  icon: isString,
  logo: isString,
  authorize_url: orNull(isString),
  revoke_url: orNull(isString),
  status: isListingStatus,
  enabled: isBoolean,
  health: isHealth,
  integration_state: isIntegrationState,
  auth_type: isAuthType,
  oauth_grant_type: isGrantType,
  consent_state: isConsentState,
  settings: orNull(isRecord),
  metadata: orNull(isRecord),
  validation_support: isBoolean,
  schema_support: isBoolean,
  has_guide: isBoolean,
  created_at: isNumber,
  updated_at: orNull(isNumber),
  credentials_expire_at: isNumber,
  last_refresh_failed_at: isNumber,
  last_downstream_error_at: isNumber,
  latest_consent: isRecord,
  application_data_scopes: isRecord,
  configurable_resources: isArray,
  resource_schema_support: isArray,
  resource_settings_support: isArray,
  settings_required_for_authorization: isArray,
  custom_mappings: isArray,
  consents: isArray,
  subscriptions: isArray,
}

/** Lists of resource names: each name becomes a path segment of `…/{resource}/config`. */
const RESOURCE_ARRAYS = new Set([
  'configurable_resources',
  'resource_schema_support',
  'resource_settings_support',
])
/** Lists of setting ids. */
const STRING_ARRAYS = new Set(['settings_required_for_authorization'])
const RECORD_ARRAYS = new Set(['custom_mappings', 'consents', 'subscriptions'])
/** Values from a short vocabulary that every connector repeats: kept as one shared string each. */
const SHARED_VALUES = new Set([
  'status',
  'health',
  'integration_state',
  'auth_type',
  'oauth_grant_type',
  'consent_state',
])
// As a record's own keys these would shadow methods other code calls on it (`String(connection)`,
// `hasOwnProperty`), and no Vault field has such a name: unknown keys with them are dropped.
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype))

/** The items that pass `keep`, each once (a repeated resource would be a repeated tab and key). */
function uniqueItems(items: unknown[], keep: (item: unknown) => item is string): string[] {
  return [...new Set(items.filter(keep))].map(intern)
}

/** How a kept property's value is stored (after its check passed). */
function keptValue(key: string): ((value: unknown) => unknown) | undefined {
  if (RESOURCE_ARRAYS.has(key)) {
    return (value) => uniqueItems(value as unknown[], isSafePathSegment)
  }
  if (STRING_ARRAYS.has(key)) {
    return (value) => uniqueItems(value as unknown[], isString)
  }
  if (RECORD_ARRAYS.has(key)) {
    return (value) => (value as unknown[]).filter(isRecord)
  }
  if (SHARED_VALUES.has(key)) {
    return (value) => intern(value as string)
  }
  return undefined
}

/** Each optional property's key, check and storage, worked out once (a list has thousands). */
const PROPERTY_RULES = Object.entries(CONNECTION_PROPERTY_CHECKS).map(
  ([key, check]) => [key, check, keptValue(key)] as const,
)

/** Why a record cannot be a connection, or null when it can. */
function connectionProblem(value: unknown): SkippedRecord['reason'] | null {
  if (
    !isRecord(value) ||
    nonEmptyString(value.service_id) === undefined ||
    nonEmptyString(value.unified_api) === undefined ||
    !isConnectionState(value.state)
  ) {
    return 'malformed'
  }
  if (!isSafePathSegment(value.service_id) || !isSafePathSegment(value.unified_api)) {
    return 'invalid_id'
  }
  return null
}

/** A connection that satisfies the invariants above, or null. */
export function parseConnection(value: unknown): Connection | null {
  if (connectionProblem(value) !== null) {
    return null
  }
  const record = value as JsonObject
  const serviceId = record.service_id as string
  const unifiedApi = record.unified_api as string
  // Unknown extra properties are kept: they are harmless to render code that does not read them,
  // and hosts may want fields newer than this library. (Spreading copies an own `__proto__` key as
  // data, it never sets the prototype; the loop below drops it with the other prototype names.)
  // form_fields are left out of the copy and defined last, normalised when first read (see
  // ./lazy-form-fields.ts): a list carries every connector's fields, the page reads one's.
  const { form_fields: formFields, ...copy } = record
  const connection: JsonObject = copy
  for (const key of Object.keys(connection)) {
    if (PROTOTYPE_NAMES.has(key)) {
      delete connection[key]
    }
  }
  for (const [key, check, kept] of PROPERTY_RULES) {
    if (!Object.hasOwn(connection, key)) {
      continue
    }
    const property = connection[key]
    if (!check(property)) {
      delete connection[key]
    } else if (kept) {
      connection[key] = kept(property)
    }
  }
  // The connector's API and state repeat across the list: one shared string each.
  connection.unified_api = intern(unifiedApi)
  connection.state = intern(record.state as string)
  connection.id = nonEmptyString(record.id) ?? `${unifiedApi}+${serviceId}`
  connection.name = nonEmptyString(record.name) ?? serviceId
  if (Object.hasOwn(record, 'form_fields')) {
    defineLazyFormFields(connection, formFields)
  }
  if (Object.hasOwn(record, 'configuration')) {
    connection.configuration = normaliseEach(record.configuration, parseResourceConfiguration)
  }
  return connection as unknown as Connection
}

/* -------------------------------------------------------------------------------------------------
 * Envelopes: one function per response shape the client returns
 * -----------------------------------------------------------------------------------------------*/

/** The `data` of Vault's envelope `{ status_code, status, data }`; kind 'parse' if there is none. */
export function unwrapData(body: unknown, status: number): unknown {
  if (!isRecord(body) || !('data' in body)) {
    throw parseError(status, 'Expected an object with a `data` property.', body)
  }
  return body.data
}

// Ids reach the host's analytics: a hostile megabyte-long id must not.
const MAX_REPORTED_ID_LENGTH = 200

function reportedId(value: unknown): string | undefined {
  const id = nonEmptyString(value)
  return id === undefined || id.length <= MAX_REPORTED_ID_LENGTH
    ? id
    : `${id.slice(0, MAX_REPORTED_ID_LENGTH)}…`
}

function skippedRecord(reason: SkippedRecord['reason'], value: unknown): SkippedRecord {
  const ids: SkippedRecord['ids'] = {}
  if (isRecord(value)) {
    const unifiedApi = reportedId(value.unified_api)
    const serviceId = reportedId(value.service_id)
    if (unifiedApi !== undefined) {
      ids.unifiedApi = unifiedApi
    }
    if (serviceId !== undefined) {
      ids.serviceId = serviceId
    }
  }
  return { reason, ids }
}

/**
 * The connections of a list body: rejected records and later duplicates left out, each reported
 * once to `onSkipped` (see the rules at the top). A throwing `onSkipped` cannot fail the parse.
 */
export function parseConnectionList(
  body: unknown,
  status: number,
  onSkipped?: (record: SkippedRecord) => void,
): Connection[] {
  const data = unwrapData(body, status)
  if (!Array.isArray(data)) {
    throw parseError(status, 'Expected `data` to be a list of connections.', body)
  }
  const report = (skipped: SkippedRecord) => {
    try {
      onSkipped?.(skipped)
    } catch {
      // The caller's bug; the hooks route their own callback failures to onError.
    }
  }
  // Connector key → whether its duplicate was reported. JSON of the pair, because any separator
  // could occur inside the ids themselves.
  const seen = new Map<string, boolean>()
  const result: Connection[] = []
  for (const item of data) {
    const connection = parseConnection(item)
    if (connection === null) {
      report(skippedRecord(connectionProblem(item) ?? 'malformed', item))
      continue
    }
    const key = JSON.stringify([connection.unified_api, connection.service_id])
    const reported = seen.get(key)
    if (reported === undefined) {
      seen.set(key, false)
      result.push(connection)
    } else if (!reported) {
      seen.set(key, true)
      report(skippedRecord('duplicate', item))
    }
  }
  return result
}

export function parseConnectionResponse(body: unknown, status: number): Connection {
  const connection = parseConnection(unwrapData(body, status))
  if (connection === null) {
    throw parseError(
      status,
      'Expected `data` to be a connection with service_id, unified_api and a known state.',
      body,
    )
  }
  return connection
}

/**
 * `PATCH …/{resource}/config` answers with a connection in the spec, but the live API's answer to
 * this endpoint is not documented beyond that, so a valid envelope without a full connection gives
 * null (the adapter then re-reads the connection) instead of an error after a successful save.
 */
export function parseOptionalConnectionResponse(body: unknown, status: number): Connection | null {
  return parseConnection(unwrapData(body, status))
}

/**
 * `GET …/{resource}/config`: the live API returns `data.configuration` as a flat FormField list for
 * that resource. The spec's shape (`[{ resource, defaults }]`) is accepted too: the defaults of the
 * matching resource become fields.
 */
export function parseResourceSettingsResponse(
  body: unknown,
  status: number,
  resource: string,
): ResourceSettings {
  const data = unwrapData(body, status)
  if (!isRecord(data)) {
    throw parseError(status, 'Expected `data` to be an object with a `configuration` list.', body)
  }
  const items = Array.isArray(data.configuration) ? data.configuration : []
  const fields = items.flatMap((item): unknown[] =>
    isRecord(item) && Array.isArray(item.defaults)
      ? item.resource === resource
        ? item.defaults
        : []
      : [item],
  )
  return { resource, fields: normaliseFields(fields) }
}

export function parseConfirmResponse(body: unknown, status: number): { confirmed: boolean } {
  const data = unwrapData(body, status)
  if (!isRecord(data) || !isBoolean(data.confirmed)) {
    throw parseError(status, 'Expected `data.confirmed` to be a boolean.', body)
  }
  return { confirmed: data.confirmed }
}

export function parseValidateResponse(body: unknown, status: number): ValidateConnectionResult {
  const data = unwrapData(body, status)
  if (!isRecord(data) || !isConnectionState(data.state)) {
    throw parseError(status, 'Expected `data.state` to be a connection state.', body)
  }
  const result: ValidateConnectionResult = { state: data.state }
  const id = nonEmptyString(data.id)
  if (id !== undefined) {
    result.id = id
  }
  return result
}
