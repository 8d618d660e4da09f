/**
 * Terse builders for FormField fixtures, shaped like real Vault payloads: every field carries the
 * flags Vault always sends (required, custom_field, disabled, hidden, deprecated, sensitive, prefix,
 * suffix), and options are `{ label, value, option_type }`.
 */
import type {
  FieldValue,
  FormField,
  FormFieldOption,
  FormFieldOptionGroup,
  FormFieldType,
  SimpleFormFieldOption,
} from '../types'

export type FieldExtras = Partial<Omit<FormField, 'id' | 'label' | 'type'>>

export function field(
  id: string,
  label: string,
  type: FormFieldType,
  extras: FieldExtras = {},
): FormField {
  return {
    id,
    label,
    type,
    placeholder: '',
    description: null,
    required: false,
    custom_field: false,
    allow_custom_values: false,
    disabled: false,
    hidden: false,
    deprecated: false,
    sensitive: false,
    prefix: null,
    suffix: null,
    ...extras,
  }
}

export function option(label: string, value: string | number | boolean): SimpleFormFieldOption {
  return { label, value, option_type: 'simple' }
}

export function options(...labels: string[]): SimpleFormFieldOption[] {
  return labels.map((label) => option(label, label))
}

export function optionGroup(
  id: string,
  label: string,
  groupOptions: SimpleFormFieldOption[],
): FormFieldOptionGroup {
  return { id, label, options: groupOptions, option_type: 'group' }
}

/**
 * Real payloads often omit `option_type` (reference §5.3); a few fixtures do too, so clients are
 * exercised against that.
 */
export function withoutOptionType(list: FormFieldOption[]): FormFieldOption[] {
  return list.map((entry) => {
    const { option_type: _omitted, ...rest } = entry
    if ('options' in rest) {
      return { ...rest, options: withoutOptionType(rest.options) as SimpleFormFieldOption[] }
    }
    return rest
  })
}

/** A field with its value, or without one when `value` is undefined. */
export function withValue(fieldValue: FormField, value: FieldValue | undefined): FormField {
  return value === undefined ? fieldValue : { ...fieldValue, value }
}
