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
