/**
 * The one place that turns untrusted form-field JSON into `FormField[]`: the Vault parser calls it
 * on every response, and the form components call it again on whatever an adapter hands them (it is
 * idempotent, so a second pass changes nothing). Rules:
 *
 * - Fields: a non-array becomes []; an entry that is not an object or has no non-empty string `id` is
 *   dropped; a repeated id keeps its first entry (ids are form keys); `label` falls back to the id; a
 *   missing type becomes 'text' and any other string type is kept as sent (`normaliseFieldType` maps
 *   it for rendering). Only known properties are kept, and only with the type the model gives them
 *   (`website: 42`-style values are removed, never coerced), so names like `__proto__` stay data.
 * - Options: an option is a group iff it has an `options` array (`option_type` is often missing).
 *   A bare string, number or boolean is a simple option whose label is its text (`["eu", "us"]`);
 *   an object needs a `value` that is a scalar or a list of strings/numbers, and its label falls
 *   back to that value's text. Anything else is dropped. Groups keep their simple options (a nested
 *   group is dropped: the spec has one level). Every option gets its `option_type`.
 */
import type {
  FieldValue,
  FormField,
  FormFieldOption,
  FormFieldOptionGroup,
  SimpleFormFieldOption,
} from '../types'
import {
  isBoolean,
  isNumber,
  isRecord,
  isScalar,
  isString,
  nonEmptyString,
  orNull,
  type JsonObject,
} from '../json-guards'

/** A value a field or option can hold: a scalar, a list of strings/numbers, or null. */
export function isFieldValue(value: unknown): value is FieldValue {
  return (
    value === null ||
    isScalar(value) ||
    (Array.isArray(value) && value.every((item) => isString(item) || isNumber(item)))
  )
}

/** Any value as the text an input shows (objects as JSON, null as ''). */
export function valueToText(value: unknown): string {
  if (value === null || value === undefined) {
    return ''
  }
  if (typeof value === 'string') {
    return value
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value)
  }
  try {
    return JSON.stringify(value) ?? ''
  } catch {
    return ''
  }
}

/** An option is a group iff it has an `options` array (`option_type` is often missing). */
export function isOptionGroup(option: unknown): option is FormFieldOptionGroup {
  return isRecord(option) && Array.isArray(option.options)
}

function normaliseSimpleOption(option: unknown): SimpleFormFieldOption | null {
  if (isScalar(option)) {
    return { label: String(option), value: option, option_type: 'simple' }
  }
  if (!isRecord(option) || option.value === null || !isFieldValue(option.value)) {
    return null
  }
  const label = nonEmptyString(option.label) ?? valueToText(option.value)
  return { label, value: option.value, option_type: 'simple' }
}

function normaliseGroup(group: FormFieldOptionGroup): FormFieldOptionGroup {
  const id = isScalar(group.id) ? String(group.id) : undefined
  const result: FormFieldOptionGroup = {
    label: nonEmptyString(group.label) ?? id ?? '',
    options: normaliseEach(group.options, normaliseSimpleOption),
    option_type: 'group',
  }
  if (id !== undefined) {
    result.id = id
  }
  return result
}

/** Keeps the array items that normalise (non-null); a non-array becomes []. */
export function normaliseEach<T>(value: unknown, normalise: (item: unknown) => T | null): T[] {
  if (!Array.isArray(value)) {
    return []
  }
  const result: T[] = []
  for (const item of value) {
    const normalised = normalise(item)
    if (normalised !== null) {
      result.push(normalised)
    }
  }
  return result
}

function normaliseOption(option: unknown): FormFieldOption | null {
  return isOptionGroup(option) ? normaliseGroup(option) : normaliseSimpleOption(option)
}

/** The options that have a usable shape, each with its `option_type` (see the rules above). */
export function normaliseOptions(options: unknown): FormFieldOption[] {
  return normaliseEach(options, normaliseOption)
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
  target: (value) => value === 'custom_fields' || value === 'resource',
}

/** One well-formed field, or null when the entry has no usable id. */
export function normaliseField(value: unknown): FormField | null {
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
    if (Object.hasOwn(value, key) && check(value[key])) {
      field[key] = value[key]
    }
  }
  if (Object.hasOwn(value, 'options')) {
    field.options = normaliseOptions(value.options)
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

/** Well-formed fields from an untrusted list, first entry per id (see the rules above). */
export function normaliseFields(fields: unknown): FormField[] {
  const seen = new Set<string>()
  return normaliseEach(fields, (entry) => {
    const field = normaliseField(entry)
    if (field === null || seen.has(field.id)) {
      return null
    }
    seen.add(field.id)
    return field
  })
}
