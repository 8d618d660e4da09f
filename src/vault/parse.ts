/**
 * Defensive parsing of Vault responses, without a schema validator (a validator would cost more
 * bundle than the whole client). Rules, chosen so the UI can render whatever we return:
 *
 * - The body must be Vault's envelope, an object with `data`; anything else is kind 'parse'.
 * - A connection needs non-empty string `service_id` and `unified_api` and a known `state`; without
 *   them it cannot be addressed or given a status, so it is rejected. `id` is derived as
 *   `${unified_api}+${service_id}` (Vault's own id format) and `name` falls back to `service_id`
 *   when missing, because a missing label should not hide a connector that works.
 * - In a list, malformed connections are dropped and the rest is returned: one bad record from the
 *   server must not blank the whole catalog. A single-connection response that is malformed is kind
 *   'parse'.
 * - Optional fields of the wrong type are removed (never coerced), so `website: 42` becomes absent.
 * - form_fields: a non-array becomes []; a field without a string id is dropped; label falls back to
 *   the id; a missing type becomes 'text' and an unknown type is kept as-is (the form engine renders
 *   it as text). Options: an option is a group iff it has an `options` array; options without a
 *   usable value are dropped; `option_type` is set on every option.
 */
import type {
  AuthType,
  Connection,
  ConnectionHealth,
  ConnectionState,
  ConsentState,
  FieldValue,
  FormField,
  FormFieldOption,
  FormFieldOptionGroup,
  IntegrationState,
  OAuthGrantType,
  ResourceConfiguration,
  ResourceDefault,
  ResourceSettings,
  SimpleFormFieldOption,
  ValidateConnectionResult,
} from '../types'
import { parseError } from './errors'

type JsonObject = Record<string, unknown>

function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** `Record<Union, true>` makes the compiler check each list against its union, both ways. */
function oneOf<T extends string>(members: Record<T, true>) {
  return (value: unknown): value is T => typeof value === 'string' && Object.hasOwn(members, value)
}

export const isConnectionState = oneOf<ConnectionState>({
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

const isString = (value: unknown): value is string => typeof value === 'string'
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean'
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)
const orNull =
  (check: (value: unknown) => boolean) =>
  (value: unknown): boolean =>
    value === null || check(value)

function isScalar(value: unknown): value is string | number | boolean {
  return isString(value) || isNumber(value) || isBoolean(value)
}

function isFieldValue(value: unknown): value is FieldValue {
  return (
    value === null ||
    isScalar(value) ||
    (Array.isArray(value) && value.every((item) => isString(item) || isNumber(item)))
  )
}

/** Keeps the array items that parse; a non-array becomes []. */
function parseEach<T>(value: unknown, parse: (item: unknown) => T | null): T[] {
  if (!Array.isArray(value)) {
    return []
  }
  const result: T[] = []
  for (const item of value) {
    const parsed = parse(item)
    if (parsed !== null) {
      result.push(parsed)
    }
  }
  return result
}

/* -------------------------------------------------------------------------------------------------
 * Form fields
 * -----------------------------------------------------------------------------------------------*/

function parseSimpleOption(value: unknown): SimpleFormFieldOption | null {
  if (!isRecord(value) || !isFieldValue(value.value) || value.value === null) {
    return null
  }
  const label = isString(value.label) ? value.label : String(value.value)
  return { label, value: value.value, option_type: 'simple' }
}

function parseOption(value: unknown): FormFieldOption | null {
  if (isRecord(value) && Array.isArray(value.options)) {
    const id = nonEmptyString(value.id)
    const group: FormFieldOptionGroup = {
      label: nonEmptyString(value.label) ?? id ?? '',
      options: parseEach(value.options, parseSimpleOption),
      option_type: 'group',
    }
    if (id !== undefined) {
      group.id = id
    }
    return group
  }
  return parseSimpleOption(value)
}

export function parseOptions(value: unknown): FormFieldOption[] {
  return parseEach(value, parseOption)
}

/** Optional FormField properties and the type each must have to be kept. */
const FIELD_PROPERTY_CHECKS: Record<string, (value: unknown) => boolean> = {
  value: isFieldValue,
  default_value: isFieldValue,
  placeholder: orNull(isString),
  description: orNull(isString),
  prefix: orNull(isString),
  suffix: orNull(isString),
  required: isBoolean,
  custom_field: isBoolean,
  allow_custom_values: isBoolean,
  disabled: orNull(isBoolean),
  hidden: orNull(isBoolean),
  deprecated: orNull(isBoolean),
  sensitive: orNull(isBoolean),
  mask: (value) => value === null || isBoolean(value) || isString(value),
  target: isTarget,
}

export function parseFormField(value: unknown): FormField | null {
  if (!isRecord(value)) {
    return null
  }
  const id = nonEmptyString(value.id)
  if (id === undefined) {
    return null
  }
  const field: JsonObject = {
    id,
    label: nonEmptyString(value.label) ?? id,
    type: nonEmptyString(value.type) ?? 'text',
  }
  for (const [key, check] of Object.entries(FIELD_PROPERTY_CHECKS)) {
    if (key in value && check(value[key])) {
      field[key] = value[key]
    }
  }
  if ('options' in value) {
    field.options = parseOptions(value.options)
  }
  if (isRecord(value.filter)) {
    const filter: { key?: string; value?: string } = {}
    if (isString(value.filter.key)) {
      filter.key = value.filter.key
    }
    if (isString(value.filter.value)) {
      filter.value = value.filter.value
    }
    field.filter = filter
  }
  return field as unknown as FormField
}

export function parseFormFields(value: unknown): FormField[] {
  return parseEach(value, parseFormField)
}

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
  if ('options' in value) {
    result.options = parseOptions(value.options)
  }
  return result
}

function parseResourceConfiguration(value: unknown): ResourceConfiguration | null {
  if (!isRecord(value)) {
    return null
  }
  const resource = nonEmptyString(value.resource)
  if (resource === undefined) {
    return null
  }
  return { resource, defaults: parseEach(value.defaults, parseResourceDefault) }
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

const STRING_ARRAYS = new Set([
  'configurable_resources',
  'resource_schema_support',
  'resource_settings_support',
  'settings_required_for_authorization',
])
const RECORD_ARRAYS = new Set(['custom_mappings', 'consents', 'subscriptions'])

/** A connection that satisfies the invariants above, or null. */
export function parseConnection(value: unknown): Connection | null {
  if (!isRecord(value)) {
    return null
  }
  const serviceId = nonEmptyString(value.service_id)
  const unifiedApi = nonEmptyString(value.unified_api)
  if (serviceId === undefined || unifiedApi === undefined || !isConnectionState(value.state)) {
    return null
  }
  // Unknown extra properties are kept: they are harmless to render code that does not read them,
  // and hosts may want fields newer than this library.
  const connection: JsonObject = { ...value }
  for (const [key, check] of Object.entries(CONNECTION_PROPERTY_CHECKS)) {
    if (!(key in connection)) {
      continue
    }
    const property = connection[key]
    if (!check(property)) {
      delete connection[key]
    } else if (STRING_ARRAYS.has(key)) {
      connection[key] = (property as unknown[]).filter(isString)
    } else if (RECORD_ARRAYS.has(key)) {
      connection[key] = (property as unknown[]).filter(isRecord)
    }
  }
  connection.id = nonEmptyString(value.id) ?? `${unifiedApi}+${serviceId}`
  connection.name = nonEmptyString(value.name) ?? serviceId
  if ('form_fields' in value) {
    connection.form_fields = parseFormFields(value.form_fields)
  }
  if ('configuration' in value) {
    connection.configuration = parseEach(value.configuration, parseResourceConfiguration)
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

export function parseConnectionList(body: unknown, status: number): Connection[] {
  const data = unwrapData(body, status)
  if (!Array.isArray(data)) {
    throw parseError(status, 'Expected `data` to be a list of connections.', body)
  }
  return parseEach(data, parseConnection)
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
  return { resource, fields: parseFormFields(fields) }
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
