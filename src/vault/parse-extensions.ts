/**
 * Defensive parsing of the consent, custom mapping, resource data-model and log responses, with the
 * rules of ./parse.ts: the body must be Vault's envelope; in a list, a record without what
 * identifies it (an id, or a log's time, method, path, status and service) is dropped and the rest
 * returned; a single record without it is kind 'parse'; optional fields of the wrong type are
 * removed, never coerced. Schema and example data are the connector's own JSON: only their shape
 * (an object) is checked.
 */
import type {
  ConsentRecord,
  CustomField,
  CustomMapping,
  DataScopesResources,
  JsonValue,
  Log,
  LogsPage,
  ResourceExample,
  ResourceSchema,
} from '../types'
import { isBoolean, isNumber, isRecord, isString, nonEmptyString, orNull } from '../json-guards'
import { parseError } from '../http/errors'
import { unwrapData } from './parse'

type Checks = Record<string, (value: unknown) => boolean>

/** A copy of `value` with only the checked keys that pass (plus `required` ones, already checked). */
function pick(value: Record<string, unknown>, checks: Checks): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const [key, check] of Object.entries(checks)) {
    if (Object.hasOwn(value, key) && check(value[key])) {
      result[key] = value[key]
    }
  }
  return result
}

function listOf<T>(
  body: unknown,
  status: number,
  what: string,
  parse: (item: unknown) => T | null,
) {
  const data = unwrapData(body, status)
  if (!Array.isArray(data)) {
    throw parseError(status, `Expected \`data\` to be a list of ${what}.`, body)
  }
  return data.map(parse).filter((item): item is T => item !== null)
}

function oneOf<T>(body: unknown, status: number, what: string, parse: (item: unknown) => T | null) {
  const parsed = parse(unwrapData(body, status))
  if (parsed === null) {
    throw parseError(status, `Expected \`data\` to be ${what}.`, body)
  }
  return parsed
}

/* ------------------------------------------------------------------------------------------------
 * Consent
 * ----------------------------------------------------------------------------------------------*/

/** `'*'`, or resource → field → `{ read?, write? }` with only boolean flags kept. */
export function parseScopes(value: unknown): DataScopesResources | null {
  if (value === '*') {
    return '*'
  }
  if (!isRecord(value)) {
    return null
  }
  const resources: Exclude<DataScopesResources, '*'> = {}
  for (const [resource, fields] of Object.entries(value)) {
    if (!isRecord(fields)) {
      continue
    }
    const scopes: Record<string, { read?: boolean; write?: boolean }> = {}
    for (const [field, access] of Object.entries(fields)) {
      if (isRecord(access)) {
        scopes[field] = pick(access, { read: isBoolean, write: isBoolean })
      }
    }
    resources[resource] = scopes
  }
  return resources
}

function parseConsentRecord(value: unknown): ConsentRecord | null {
  if (!isRecord(value)) {
    return null
  }
  const id = nonEmptyString(value.id)
  const resources = parseScopes(value.resources)
  if (id === undefined || !isString(value.created_at) || !isBoolean(value.granted)) {
    return null
  }
  return { id, created_at: value.created_at, granted: value.granted, resources: resources ?? {} }
}

export const parseConsentList = (body: unknown, status: number) =>
  listOf(body, status, 'consent records', parseConsentRecord)

export const parseConsentResponse = (body: unknown, status: number) =>
  oneOf(body, status, 'a consent record with id, created_at and granted', parseConsentRecord)

/* ------------------------------------------------------------------------------------------------
 * Custom mappings and fields
 * ----------------------------------------------------------------------------------------------*/

const MAPPING_CHECKS: Checks = {
  label: isString,
  description: orNull(isString),
  value: isString,
  key: isString,
  required: isBoolean,
  custom_field: isBoolean,
  consumer_id: orNull(isString),
  example: orNull(isString),
}

export function parseCustomMapping(value: unknown): CustomMapping | null {
  const id = isRecord(value) ? nonEmptyString(value.id) : undefined
  return id === undefined ? null : { id, ...pick(value as Record<string, unknown>, MAPPING_CHECKS) }
}

export const parseCustomMappingList = (body: unknown, status: number) =>
  listOf(body, status, 'custom mappings', parseCustomMapping)

export const parseCustomMappingResponse = (body: unknown, status: number) =>
  oneOf(body, status, 'a custom mapping with an id', parseCustomMapping)

const FIELD_CHECKS: Checks = {
  name: orNull(isString),
  description: orNull(isString),
  value: () => true,
  finder: isString,
}

function parseCustomField(value: unknown): CustomField | null {
  const id = isRecord(value) ? nonEmptyString(value.id) : undefined
  return id === undefined ? null : { id, ...pick(value as Record<string, unknown>, FIELD_CHECKS) }
}

export const parseCustomFieldList = (body: unknown, status: number) =>
  listOf(body, status, 'custom fields', parseCustomField)

/* ------------------------------------------------------------------------------------------------
 * Schema and example
 * ----------------------------------------------------------------------------------------------*/

export const parseResourceSchemaResponse = (body: unknown, status: number): ResourceSchema =>
  oneOf(body, status, 'a JSON Schema object', (data) =>
    isRecord(data) ? (data as ResourceSchema) : null,
  )

export const parseResourceExampleResponse = (body: unknown, status: number): ResourceExample =>
  oneOf(body, status, 'a resource example object', (data) => {
    if (!isRecord(data)) {
      return null
    }
    const example: ResourceExample = {
      ...(pick(data, { unified_api: isString, service_id: isString }) as Partial<ResourceExample>),
      example_response: isRecord(data.example_response)
        ? (data.example_response as ResourceExample['example_response'])
        : {},
    }
    if (Object.hasOwn(data, 'resource')) {
      example.resource = data.resource as JsonValue
    }
    return example
  })

/* ------------------------------------------------------------------------------------------------
 * Logs
 * ----------------------------------------------------------------------------------------------*/

const LOG_CHECKS: Checks = {
  success: isBoolean,
  execution: isNumber,
  duration: isNumber,
  latency: isNumber,
  unified_api: isString,
  error_message: orNull(isString),
  consumer_id: isString,
  base_url: isString,
  api_style: isString,
  child_request: isBoolean,
  has_children: isBoolean,
  parent_id: orNull(isString),
  sandbox: isBoolean,
  source_ip: orNull(isString),
}

const isNamed = (value: unknown) => isRecord(value) && isString(value.id) && isString(value.name)

function parseLog(value: unknown): Log | null {
  if (
    !isRecord(value) ||
    nonEmptyString(value.id) === undefined ||
    !isString(value.timestamp) ||
    !isString(value.http_method) ||
    !isString(value.path) ||
    !isNumber(value.status_code) ||
    !isNamed(value.service)
  ) {
    return null
  }
  const service = value.service as { id: string; name: string }
  const operation = isNamed(value.operation)
    ? (value.operation as { id: string; name: string })
    : { id: '', name: '' }
  return {
    ...pick(value, LOG_CHECKS),
    id: value.id as string,
    timestamp: value.timestamp,
    http_method: value.http_method,
    path: value.path,
    status_code: value.status_code,
    service: { id: service.id, name: service.name },
    operation: { id: operation.id, name: operation.name },
  } as Log
}

export function parseLogsPage(body: unknown, status: number): LogsPage {
  const logs = listOf(body, status, 'logs', parseLog)
  const meta = isRecord(body) && isRecord(body.meta) ? body.meta : {}
  const cursors = isRecord(meta.cursors) ? meta.cursors : {}
  return { logs, nextCursor: nonEmptyString(cursors.next) ?? null }
}
