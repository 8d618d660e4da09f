/**
 * The React-free form-field model: turns the `FormField[]` a connections API sends (Vault settings,
 * resource defaults, adapter-described fields) into form values, validation data and option lists.
 * Remote schema is never trusted: unknown types, malformed options and odd ids are normalised here,
 * nothing throws, so the UI layer can render whatever arrives.
 */
import type {
  FieldValue,
  FormField,
  FormFieldOption,
  FormFieldType,
  ResourceDefault,
  SimpleFormFieldOption,
} from '../types'
import type { FormsMessageKey } from '../i18n/forms/en'
import { isRecord, isScalar } from '../json-guards'
import { ownValue, setOwn } from '../own-property'
import { isOptionGroup, normaliseOptions, valueToText } from './normalise-fields'

// The form model's readers take what normalise-fields.ts returns; it owns the shapes.
export { isOptionGroup, normaliseFields, normaliseOptions, valueToText } from './normalise-fields'

/* -------------------------------------------------------------------------------------------------
 * Types
 * -----------------------------------------------------------------------------------------------*/

/** Every field type the engine renders, in the order the spec lists them plus the extra ones. */
export const FORM_FIELD_TYPES = [
  'text',
  'checkbox',
  'tel',
  'email',
  'url',
  'textarea',
  'select',
  'filtered-select',
  'multi-select',
  'datetime',
  'date',
  'time',
  'number',
  'password',
  'copy',
  'info',
  'location',
] as const satisfies readonly FormFieldType[]

/** Names seen in other payloads (Kinde, Authress, older Vault connectors) for types we have. */
const TYPE_ALIASES: Record<string, FormFieldType> = {
  phone: 'tel',
  boolean: 'checkbox',
  'datetime-local': 'datetime',
  integer: 'number',
  string: 'text',
  multiselect: 'multi-select',
  secret: 'password',
  // Some payloads use a type instead of the `hidden` flag; isHiddenField treats it as hidden.
  hidden: 'text',
}

/** The form values react-hook-form holds: every field under `settings`, keyed by {@link fieldKey}. */
export interface SettingsFormValues {
  settings: Record<string, FieldValue>
}

/** What a field needs checked, as data; components turn it into react-hook-form rules. */
export interface FieldRules {
  required: boolean
  format: 'email' | 'url' | 'tel' | 'number' | 'date' | 'datetime' | 'time' | null
}

/* -------------------------------------------------------------------------------------------------
 * Types and fields
 * -----------------------------------------------------------------------------------------------*/

const warnedTypes = new Set<string>()

// A module constant, not a function: the host's bundler replaces `process.env.NODE_ENV` and the
// minifier then drops the dev-only warning. `typeof` keeps browsers without `process` safe.
const DEV = typeof process === 'undefined' ? false : process.env.NODE_ENV !== 'production'

/** Maps an API type to one the engine renders: aliases resolved, unknown → 'text' (dev warning once). */
export function normaliseFieldType(type: unknown): FormFieldType {
  const raw = typeof type === 'string' ? type.trim().toLowerCase() : ''
  if ((FORM_FIELD_TYPES as readonly string[]).includes(raw)) {
    return raw as FormFieldType
  }
  // `raw` is the API's text: 'constructor' must not find Object.prototype.constructor.
  const alias = ownValue(TYPE_ALIASES, raw)
  if (alias) {
    return alias
  }
  const shown = String(type)
  if (DEV && !warnedTypes.has(shown)) {
    warnedTypes.add(shown)
    console.warn(`[integrations-kit] Unknown form field type "${shown}", rendered as text.`)
  }
  return 'text'
}

/** Hidden and deprecated fields keep their value but are not shown. */
function isHiddenField(field: FormField): boolean {
  return Boolean(field.hidden) || Boolean(field.deprecated) || field.type === 'hidden'
}

/** `info` fields are text only: they carry no value. */
export function hasValue(field: FormField): boolean {
  return normaliseFieldType(field.type) !== 'info'
}

export function visibleFields(fields: readonly FormField[]): FormField[] {
  return fields.filter((field) => !isHiddenField(field))
}

/**
 * True when the user can change the field's value: not `info` (text only), not `copy` (a value
 * to copy out) and not `disabled` (read-only). A form whose visible fields are none of these has
 * nothing to save.
 */
export function isEditableField(field: FormField): boolean {
  const type = normaliseFieldType(field.type)
  return type !== 'info' && type !== 'copy' && !field.disabled
}

/** Required fields first, the API's order kept within each group (Array.prototype.sort is stable). */
export function sortRequiredFirst<T extends Pick<FormField, 'required'>>(
  fields: readonly T[],
): T[] {
  return [...fields].sort((a, b) => Number(Boolean(b.required)) - Number(Boolean(a.required)))
}

/* -------------------------------------------------------------------------------------------------
 * Values
 * -----------------------------------------------------------------------------------------------*/

function typeDefault(type: FormFieldType): FieldValue {
  switch (type) {
    case 'checkbox':
      return false
    case 'multi-select':
      return []
    case 'number':
      return null
    default:
      return ''
  }
}

/** Brings any stored value into the shape the field's control holds, so what is shown is what is sent. */
export function coerceFieldValue(type: FormFieldType, value: unknown): FieldValue {
  if (value === undefined || value === null) {
    return typeDefault(type)
  }
  switch (type) {
    case 'checkbox':
      if (typeof value === 'string') {
        return !['', 'false', '0', 'no', 'off'].includes(value.trim().toLowerCase())
      }
      return Boolean(value)
    case 'multi-select':
      if (Array.isArray(value)) {
        return value.filter(
          (item): item is string | number => typeof item === 'string' || typeof item === 'number',
        )
      }
      if (value === '') {
        return []
      }
      return typeof value === 'number' ? [value] : [valueToText(value)]
    case 'number':
      if (typeof value === 'number') {
        return Number.isFinite(value) ? value : null
      }
      if (typeof value === 'string') {
        const trimmed = value.trim()
        if (trimmed === '') {
          return null
        }
        const parsed = Number(trimmed)
        // Unparseable text is kept (and flagged by validation) rather than silently dropped.
        return Number.isFinite(parsed) ? parsed : value
      }
      return valueToText(value)
    case 'select':
    case 'filtered-select':
      if (isScalar(value)) {
        return value
      }
      if (Array.isArray(value) && value.every((item) => isScalar(item))) {
        return value as Array<string | number>
      }
      return valueToText(value)
    default:
      return valueToText(value)
  }
}

/**
 * Initial value of every value-bearing field (hidden, deprecated and disabled included), keyed by API id.
 * Precedence: saved setting > `field.value` > `default_value` > the type's empty value. Ids are own
 * keys (see own-property.ts): a field `constructor` without a saved value starts empty.
 */
export function toDefaultValues(
  fields: readonly FormField[],
  settings?: Record<string, unknown> | null,
): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {}
  for (const field of fields) {
    if (!hasValue(field)) {
      continue
    }
    const saved = ownValue(settings, field.id)
    const chosen = [saved, field.value, field.default_value].find(
      (candidate) => candidate !== undefined && candidate !== null,
    )
    setOwn(values, field.id, coerceFieldValue(normaliseFieldType(field.type), chosen))
  }
  return values
}

/* -------------------------------------------------------------------------------------------------
 * Form names
 * -----------------------------------------------------------------------------------------------*/

const KEY_PREFIX = 'f_'

/**
 * A react-hook-form path segment for any API id. RHF splits names on `.`, `[`, `]` and quotes and
 * makes arrays of numeric segments, so every character outside [A-Za-z0-9_-] is written as `$hex$`
 * and a letter prefix keeps digits-only ids (and `__proto__`) from being special.
 */
export function fieldKey(id: string): string {
  return (
    KEY_PREFIX +
    id.replace(/[^A-Za-z0-9_-]/gu, (char) => `$${(char.codePointAt(0) ?? 0).toString(16)}$`)
  )
}

/** The inverse of {@link fieldKey}. */
export function fromFieldKey(key: string): string {
  const body = key.startsWith(KEY_PREFIX) ? key.slice(KEY_PREFIX.length) : key
  return body.replace(/\$([0-9a-f]+)\$/g, (_match, hex: string) =>
    String.fromCodePoint(Number.parseInt(hex, 16)),
  )
}

/** The full react-hook-form name of a field: `settings.<key>`. */
export function fieldName(id: string): `settings.${string}` {
  return `settings.${fieldKey(id)}`
}

export function toFormValues(values: Record<string, FieldValue>): SettingsFormValues {
  const settings: Record<string, FieldValue> = {}
  for (const [id, value] of Object.entries(values)) {
    settings[fieldKey(id)] = value
  }
  return { settings }
}

/** Form values back to `{ [apiId]: value }`, ready for `PATCH { settings }`. */
export function fromFormValues(values: SettingsFormValues): Record<string, FieldValue> {
  const result: Record<string, FieldValue> = {}
  for (const [key, value] of Object.entries(values.settings ?? {})) {
    setOwn(result, fromFieldKey(key), value)
  }
  return result
}

/* -------------------------------------------------------------------------------------------------
 * Adornments
 * -----------------------------------------------------------------------------------------------*/

/**
 * Removes a field's prefix/suffix from a pasted value: users paste `https://acme.myshopify.com` into a
 * field that shows `https://` and `.myshopify.com` around the input (compared case-insensitively).
 */
export function stripAdornments(
  value: string,
  field: Pick<FormField, 'prefix' | 'suffix'>,
): string {
  let result = value.trim()
  const prefix = field.prefix ?? ''
  const suffix = field.suffix ?? ''
  if (prefix && result.toLowerCase().startsWith(prefix.toLowerCase())) {
    result = result.slice(prefix.length)
  }
  if (suffix && result.toLowerCase().endsWith(suffix.toLowerCase())) {
    result = result.slice(0, result.length - suffix.length)
  }
  return result
}

/* -------------------------------------------------------------------------------------------------
 * Validation
 * -----------------------------------------------------------------------------------------------*/

export function rulesFor(field: FormField): FieldRules {
  const type = normaliseFieldType(field.type)
  const required = Boolean(field.required) && type !== 'checkbox' && type !== 'info'
  switch (type) {
    case 'email':
    case 'url':
    case 'tel':
    case 'date':
    case 'datetime':
    case 'time':
      return { required, format: type }
    case 'number':
      return { required, format: 'number' }
    default:
      return { required, format: null }
  }
}

/** True when a value counts as "not filled in" ('' / whitespace, null, [], undefined). */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) {
    return true
  }
  if (typeof value === 'string') {
    return value.trim() === ''
  }
  return Array.isArray(value) && value.length === 0
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d{1,3})?)?$/
const ISO_OFFSET_RE = /(Z|[+-]\d{2}:?\d{2})$/

function isValidDate(text: string): boolean {
  const match = DATE_RE.exec(text)
  if (!match) {
    return false
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** `YYYY-MM-DD`. */
export function isDateString(text: string): boolean {
  return isValidDate(text)
}

/** `HH:MM`, `HH:MM:SS` or with milliseconds. */
export function isTimeString(text: string): boolean {
  return TIME_RE.test(text)
}

/** A local date-time as `<input type="datetime-local">` holds it (`YYYY-MM-DDTHH:MM[:SS]`). */
export function isLocalDateTimeString(text: string): boolean {
  const [date, time, ...rest] = text.split('T')
  return (
    rest.length === 0 &&
    date !== undefined &&
    time !== undefined &&
    isValidDate(date) &&
    isTimeString(time)
  )
}

/** A local date-time, or an ISO 8601 one with `Z`/offset as APIs store them. */
function isDateTimeString(text: string): boolean {
  if (isLocalDateTimeString(text)) {
    return true
  }
  const offset = ISO_OFFSET_RE.exec(text)
  return (
    offset !== null &&
    isLocalDateTimeString(text.slice(0, offset.index)) &&
    !Number.isNaN(Date.parse(text))
  )
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const TEL_RE = /^\+?[\d\s().-]+$/

function isUrl(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}

/**
 * Checks one value against a field's rules. Returns the message key of the first problem, or null.
 * Empty values only fail `required`; formats are checked on what the user sees (prefix + value + suffix).
 */
export function validateFieldValue(field: FormField, value: unknown): FormsMessageKey | null {
  const rules = rulesFor(field)
  if (isEmptyValue(value)) {
    return rules.required ? 'forms.error.required' : null
  }
  const text = typeof value === 'string' ? value.trim() : valueToText(value)
  switch (rules.format) {
    case 'email':
      return EMAIL_RE.test(text) ? null : 'forms.error.email'
    case 'url':
      return isUrl(`${field.prefix ?? ''}${text}${field.suffix ?? ''}`) ? null : 'forms.error.url'
    case 'tel':
      return TEL_RE.test(text) && (text.match(/\d/g) ?? []).length >= 3 ? null : 'forms.error.tel'
    case 'number': {
      const number = typeof value === 'number' ? value : Number(text)
      return Number.isFinite(number) ? null : 'forms.error.number'
    }
    case 'date':
      return isDateString(text) ? null : 'forms.error.date'
    case 'datetime':
      return isDateTimeString(text) ? null : 'forms.error.datetime'
    case 'time':
      return isTimeString(text) ? null : 'forms.error.time'
    default:
      return null
  }
}

/** The required, value-bearing fields whose value is empty. */
export function missingRequired(
  fields: readonly FormField[],
  values: Record<string, unknown>,
): FormField[] {
  return fields.filter(
    (field) => rulesFor(field).required && isEmptyValue(ownValue(values, field.id)),
  )
}

/** Required resource defaults that have no value yet (for a "Missing required fields" pill). */
export function missingRequiredDefaults(fields: readonly FormField[]): FormField[] {
  return missingRequired(fields, toDefaultValues(fields))
}

/* -------------------------------------------------------------------------------------------------
 * Options
 * -----------------------------------------------------------------------------------------------*/

/** The simple options of a list, groups flattened. */
export function flattenOptions(options: readonly FormFieldOption[]): SimpleFormFieldOption[] {
  return options.flatMap((option) => (isOptionGroup(option) ? option.options : [option]))
}

/**
 * The options a select shows. For `filtered-select` that is the group whose `filter.key` (default
 * `id`) equals the current value of the field named by `filter.value` — e.g. stages of the chosen
 * pipeline with `filter: { key: 'id', value: 'pipeline_id' }`; none until that field has a value.
 */
export function optionsFor(field: FormField, values: Record<string, unknown>): FormFieldOption[] {
  const options = normaliseOptions(field.options)
  if (normaliseFieldType(field.type) !== 'filtered-select') {
    return options
  }
  const parentId = field.filter?.value
  if (!parentId) {
    return flattenOptions(options)
  }
  const parentValue = ownValue(values, parentId)
  if (isEmptyValue(parentValue)) {
    return []
  }
  const key = field.filter?.key || 'id'
  // `key` is the API's text too: a group matches on its own property only.
  const group = options.find(
    (option) =>
      isOptionGroup(option) &&
      valueToText(ownValue(option as unknown as Record<string, unknown>, key)) ===
        valueToText(parentValue),
  )
  return group && isOptionGroup(group) ? group.options : []
}

/** A stable string for an option value (values may be numbers, booleans or arrays). */
export function optionKey(value: unknown): string {
  return JSON.stringify(value) ?? ''
}

/** Whether `value` is one of the options (by value, not by identity). */
export function hasOption(options: readonly FormFieldOption[], value: unknown): boolean {
  const key = optionKey(value)
  return flattenOptions(options).some((option) => optionKey(option.value) === key)
}

/* -------------------------------------------------------------------------------------------------
 * Resource defaults
 * -----------------------------------------------------------------------------------------------*/

/** Resource-settings form values → the `defaults` list `PATCH …/{resource}/config` takes. */
export function toResourceDefaults(
  fields: readonly FormField[],
  values: Record<string, FieldValue>,
): ResourceDefault[] {
  return fields.filter(hasValue).map((field) => {
    const item: ResourceDefault = { id: field.id }
    const value = ownValue(values, field.id)
    // The spec's `value` is not nullable: an empty number is sent as "no value".
    if (value !== null && value !== undefined) {
      item.value = value
    }
    if (field.target) {
      item.target = field.target
    }
    return item
  })
}

/* -------------------------------------------------------------------------------------------------
 * Server errors
 * -----------------------------------------------------------------------------------------------*/

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Which fields a server error is about, as `{ [fieldId]: reason }`. Understands Vault's
 * `detail: { missing: [{ <field_id>: 'required' }] }`, lists of `{ field | field_id | id, message }`
 * under `detail.errors`/`detail.error`, and otherwise any field id named as a word in the message or
 * a string detail (ids shorter than 3 characters are skipped there: too likely to match by chance).
 */
export function serverFieldErrors(
  fields: readonly FormField[],
  message: string,
  detail: unknown,
): Record<string, string> {
  const ids = new Set(fields.map((field) => field.id))
  const result: Record<string, string> = {}
  if (isRecord(detail)) {
    const missing = detail.missing
    if (Array.isArray(missing)) {
      for (const entry of missing) {
        if (isRecord(entry)) {
          for (const [id, reason] of Object.entries(entry)) {
            if (ids.has(id)) {
              setOwn(result, id, valueToText(reason) || 'required')
            }
          }
        } else if (typeof entry === 'string' && ids.has(entry)) {
          setOwn(result, entry, 'required')
        }
      }
    }
    for (const list of [detail.errors, detail.error]) {
      if (!Array.isArray(list)) {
        continue
      }
      for (const entry of list) {
        if (!isRecord(entry)) {
          continue
        }
        const id = [entry.field, entry.field_id, entry.id, entry.path].find(
          (candidate): candidate is string => typeof candidate === 'string' && ids.has(candidate),
        )
        if (id) {
          setOwn(result, id, valueToText(entry.message) || message)
        }
      }
    }
  }
  if (Object.keys(result).length > 0) {
    return result
  }
  const texts = [message, typeof detail === 'string' ? detail : ''].filter(Boolean)
  for (const id of ids) {
    if (id.length < 3) {
      continue
    }
    const pattern = new RegExp(`(^|[^\\w-])${escapeRegExp(id)}($|[^\\w-])`)
    const text = texts.find((candidate) => pattern.test(candidate))
    if (text) {
      setOwn(result, id, text)
    }
  }
  return result
}
