/**
 * The domain model shared by every layer. It is Vault's connection shape (generated from the spec in
 * `vault/schema.ts`), corrected where the live API differs from the spec (see specs/README.md):
 * FormField carries `value`, `filter`, `target`; `option_type` may be missing; extra field types
 * `copy`, `info`, `location` occur. Kinde and Authress adapters map their records into this shape, so
 * hooks and components only ever see one model.
 */
import type { components } from './vault/schema'

type Schemas = components['schemas']

export type ConnectionState = NonNullable<Schemas['ConnectionState']>
export type ConnectionHealth = NonNullable<Schemas['Connection']['health']>
export type IntegrationState = NonNullable<Schemas['IntegrationState']>
export type ConsentState = NonNullable<Schemas['ConsentState']>
export type AuthType = NonNullable<Schemas['AuthType']>
export type OAuthGrantType = NonNullable<Schemas['OAuthGrantType']>

/** The field types in the spec's enum. */
export type SpecFormFieldType = NonNullable<Schemas['FormField']['type']>
/** Every type the form engine renders: the spec's enum plus the ones seen in real payloads. */
export type FormFieldType = SpecFormFieldType | 'copy' | 'info' | 'location'

export type FieldScalar = string | number | boolean
export type FieldValue = FieldScalar | Array<string | number> | null

export interface SimpleFormFieldOption {
  label: string
  value: FieldScalar | Array<string | number>
  /** Required by the spec, often absent in practice: an option is a group iff it has `options`. */
  option_type?: 'simple'
}

export interface FormFieldOptionGroup {
  id?: string
  label: string
  options: SimpleFormFieldOption[]
  option_type?: 'group'
}

export type FormFieldOption = SimpleFormFieldOption | FormFieldOptionGroup

export interface FormField {
  id: string
  label: string
  /** A known {@link FormFieldType}, or any string: unknown types render as text. */
  type: FormFieldType | (string & {})
  value?: FieldValue
  default_value?: FieldValue
  placeholder?: string | null
  description?: string | null
  required?: boolean
  custom_field?: boolean
  allow_custom_values?: boolean
  /** Read-only display; the value is still submitted. */
  disabled?: boolean | null
  /** Not displayed, but its value is kept and submitted. */
  hidden?: boolean | null
  /** Hidden in the UI, value kept. */
  deprecated?: boolean | null
  /** Masked input (password-like). */
  sensitive?: boolean | null
  prefix?: string | null
  suffix?: string | null
  options?: FormFieldOption[]
  /** filtered-select: the option group shown is the one whose id equals the value of field `filter.value`. */
  filter?: { key?: string; value?: string } | null
  target?: 'custom_fields' | 'resource'
  mask?: boolean | string | null
}

export interface ResourceDefault {
  id: string
  value?: FieldValue
  target?: 'custom_fields' | 'resource'
  type?: string
  options?: FormFieldOption[]
}

export interface ResourceConfiguration {
  resource: string
  defaults: ResourceDefault[]
}

type ConnectionBase = Omit<
  Schemas['Connection'],
  | 'id'
  | 'service_id'
  | 'unified_api'
  | 'name'
  | 'state'
  | 'form_fields'
  | 'configuration'
  | 'settings'
  | 'metadata'
>

/**
 * One connector for one consumer. `id`, `service_id`, `unified_api`, `name` and `state` are
 * guaranteed by the client's response parser (records without them are rejected), the rest is
 * optional exactly as in the spec.
 */
export interface Connection extends ConnectionBase {
  id: string
  service_id: string
  unified_api: string
  name: string
  state: ConnectionState
  form_fields?: FormField[]
  configuration?: ResourceConfiguration[]
  settings?: Record<string, unknown> | null
  metadata?: Record<string, unknown> | null
  /**
   * Set on an instance of a connector that can have many connections (Kinde, Authress): the
   * backend's own id of this connection. Absent on Vault records and on catalog entries.
   */
  connection_id?: string
  /** The connector accepts more than one connection (enterprise SSO); absent or false on Vault. */
  allows_multiple?: boolean
}

/**
 * Addresses one connection: a connector (`unifiedApi`, `serviceId`) and, where a connector has many
 * connections, which one (`connectionId`). Vault refs never carry `connectionId`.
 */
export interface ConnectionRef {
  unifiedApi: string
  serviceId: string
  connectionId?: string
}

export interface ConnectionFilters {
  /** Only connectors of this unified API (`?api=`). */
  api?: string
  /** Only connectors the application owner configured (`?configured=`). */
  configured?: boolean
}

/** The writable part of a connection (PATCH body). */
export interface UpdateConnectionBody {
  enabled?: boolean
  settings?: Record<string, unknown> | null
  metadata?: Record<string, unknown> | null
  configuration?: ResourceConfiguration[]
}

export interface ImportConnectionBody {
  credentials: {
    access_token: string
    refresh_token?: string | null
    issued_at?: string | null
    expires_in?: number | null
  }
  settings?: Record<string, unknown> | null
  metadata?: Record<string, unknown> | null
}

/** `GET …/{resource}/config`: the settable defaults of one resource, as a flat field list. */
export interface ResourceSettings {
  resource: string
  fields: FormField[]
}

export interface ValidateConnectionResult {
  id?: string
  state: ConnectionState
}

/**
 * A record of a list response that was left out, and why: `'duplicate'` (a later record for a
 * connector already in the list; the first one is kept), `'invalid_id'` (an id that cannot be sent
 * as one URL path segment, see path-segment.ts) or `'malformed'` (no usable ids or state).
 */
export interface SkippedRecord {
  reason: 'duplicate' | 'invalid_id' | 'malformed'
  /**
   * The record's ids where it had them as non-empty strings (clipped to 200 characters); never any
   * other field. Nested, so that code narrowing events with `'serviceId' in event` to connection
   * events is not handed an event without a connection.
   */
  ids: { unifiedApi?: string; serviceId?: string }
}

export interface RequestOptions {
  signal?: AbortSignal
  /**
   * Told about each record a list response carried but the result leaves out, once per record
   * (once per connector for duplicates). The hooks forward it to `onEvent` as `record_skipped`.
   * A throw from it is ignored: it must not fail the request.
   */
  onRecordSkipped?: (record: SkippedRecord) => void
}

/* -------------------------------------------------------------------------------------------------
 * Data-scope consent, custom field mapping, request logs (Vault; optional on the adapter seam)
 * -----------------------------------------------------------------------------------------------*/

/** Access to one field of a resource. A missing flag means "not asked" (false). */
export interface FieldScope {
  read?: boolean
  write?: boolean
}

/**
 * What an application asks to read and write: resource (e.g. `'hris.employees'`) → field path
 * (e.g. `'addresses[].city'`) → access, or `'*'` for full access to every resource.
 */
export type DataScopesResources = Record<string, Record<string, FieldScope>> | '*'

/** A connection's `application_data_scopes`. */
export interface DataScopes {
  /** Whether the application uses data scopes at all; consent is asked only when it does. */
  enabled?: boolean
  /** ISO date-time of the last change of the scopes. */
  updated_at?: string
  resources?: DataScopesResources
}

/** One consent decision (`GET …/consent`), oldest first as Vault lists them. */
export interface ConsentRecord {
  id: string
  /** ISO date-time of the decision. */
  created_at: string
  /** true: granted; false: denied or revoked. */
  granted: boolean
  /** The scopes the decision was about. */
  resources: DataScopesResources
}

/**
 * The body of `PATCH …/consent`. Without `resources` the client sends the scopes the connection
 * asks for (`application_data_scopes.resources`) when granting, and `'*'` (everything) when denying
 * or revoking: the spec requires the field.
 */
export interface UpdateConsentBody {
  granted: boolean
  resources?: DataScopesResources
}

/**
 * A field the application wants filled from the connector's data (`custom_mappings`). `value` is
 * the JSONPath (or custom field finder) it is mapped to; empty or absent means "not mapped".
 */
export interface CustomMapping {
  /** Target field id, e.g. `'hris+employees+first_aid_training'`; addresses the mapping. */
  id: string
  label?: string
  description?: string | null
  value?: string
  key?: string
  /** Required mappings left empty make the connection show "Missing required field mappings". */
  required?: boolean
  /** The mapping points at one of the connector's custom fields. */
  custom_field?: boolean
  /**
   * The consumer that made the mapping. Set (to this consumer) when the consumer owns it and may
   * delete it; null or absent when the application owner defined it.
   */
  consumer_id?: string | null
  /** An example value from the connector, for display. */
  example?: string | null
}

/** The body of `POST`/`PATCH /vault/custom-mappings/{api}/{svc}/{id}`. */
export interface CustomMappingBody {
  /** The JSONPath (or custom field finder) to map to, e.g. `'$.root.training.first_aid'`. */
  value: string
}

/** Any JSON value, as parsed from an untrusted response: narrow before use. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/** One of a connector's custom fields on a resource (`GET …/{resource}/custom-fields`). */
export interface CustomField {
  id: string
  name?: string | null
  description?: string | null
  /** The field's value on the sampled record (any JSON). */
  value?: JsonValue
  /** The JSONPath that reads this field from a downstream response; what a mapping stores. */
  finder?: string
}

/**
 * The approximate JSON Schema of a resource (`GET …/{resource}/schema`): an object whose content is
 * the connector's and is not validated beyond being JSON. Read it with guards.
 */
export type ResourceSchema = { [key: string]: JsonValue }

/** A real downstream response for a resource (`GET …/{resource}/example`). */
export interface ResourceExample {
  unified_api?: string
  service_id?: string
  /** The resource as Vault describes it (id, name, …), any JSON. */
  resource?: JsonValue
  /** The downstream response a JSONPath is evaluated against; `{}` when Vault sent none. */
  example_response: { [key: string]: JsonValue }
}

/** One request made for the consumer (`GET /vault/logs`). */
export interface Log {
  id: string
  /** ISO date-time of the request. */
  timestamp: string
  http_method: string
  path: string
  status_code: number
  success: boolean
  /** Milliseconds the whole request took. */
  execution: number
  /** Milliseconds spent at the connector. */
  duration: number
  /** Milliseconds added by the unified API. */
  latency: number
  /** The connector (`service.id` is the service id, e.g. `'salesforce'`). */
  service: { id: string; name: string }
  unified_api: string
  operation: { id: string; name: string }
  error_message?: string | null
  consumer_id: string
  base_url: string
  api_style: string
  child_request: boolean
  has_children: boolean
  parent_id: string | null
  sandbox: boolean
  source_ip?: string | null
}

/** The `filter` of `GET /vault/logs` (sent as `filter[name]=value`). */
export interface LogsFilter {
  /** `'{unified_api}+{service_id}'`, e.g. `'crm+salesforce'`. */
  connector_id?: string | null
  path?: string | null
  path_match_mode?: 'CONTAINS' | 'STARTS_WITH' | 'ENDS_WITH' | 'EXACT' | null
  http_method?: string | null
  http_methods?: string[] | null
  /** ISO date-time, inclusive. */
  start_date?: string | null
  /** ISO date-time, inclusive. */
  end_date?: string | null
  status_code?: number | null
  /** At most 50, each 100–599. */
  status_codes?: number[] | null
  /** Comma-separated unified API ids, e.g. `'vault,proxy'`. */
  exclude_unified_apis?: string | null
}

/** What to ask `GET /vault/logs` for. */
export interface ListLogsParams {
  filter?: LogsFilter
  /** The `nextCursor` of the previous page; absent or null for the first page. */
  cursor?: string | null
  /** Logs per page, 1–200 (Vault's default is 20). */
  limit?: number
}

/** What to ask for one connection's logs: its connector is the filter, other filters may narrow it. */
export interface ConnectionLogsParams {
  filter?: Omit<LogsFilter, 'connector_id'>
  cursor?: string | null
  limit?: number
}

/** One page of logs, newest first. */
export interface LogsPage {
  logs: Log[]
  /** The cursor of the next page, or null when this is the last. */
  nextCursor: string | null
}
