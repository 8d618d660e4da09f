'use client'
import {
  flattenOptions,
  isEmptyValue,
  isOptionGroup,
  optionKey,
  valueToText,
} from '../../../src/forms/form-fields'
import type { FieldValue, FormFieldOption, SimpleFormFieldOption } from '../../../src/types'
import { usePanelT } from '../../usePanelT'
import { FieldShell } from './FieldShell'
import { InputField } from './InputField'
import type { FieldComponentProps } from './types'
import { useFieldControl } from './useFieldControl'

export interface SelectControlProps extends FieldComponentProps {
  options: readonly FormFieldOption[]
  hint?: string | null
}

function renderOption(option: SimpleFormFieldOption, index: number) {
  return (
    <option key={index} value={optionKey(option.value)}>
      {option.label}
    </option>
  )
}

/** A native select over `options` (groups as <optgroup>); `allow_custom_values` → input + suggestions. */
export function SelectControl(props: SelectControlProps) {
  if (props.definition.allow_custom_values && !props.definition.disabled) {
    return <CustomValueSelect {...props} />
  }
  return <NativeSelect {...props} />
}

function NativeSelect({ definition, name, options, hint }: SelectControlProps) {
  const t = usePanelT()
  const { field, error, ids, readOnly, controlProps } = useFieldControl(definition, name, { hint })
  const value: unknown = field.value
  const empty = isEmptyValue(value)
  const flat = flattenOptions(options)
  const selected = empty
    ? undefined
    : flat.find((option) => optionKey(option.value) === optionKey(value))

  if (readOnly) {
    // <select> has no read-only state: show the chosen label in a read-only input instead.
    return (
      <FieldShell definition={definition} ids={ids} error={error} hint={hint}>
        <input
          {...controlProps}
          ref={field.ref}
          name={field.name}
          readOnly
          value={selected?.label ?? valueToText(value)}
          data-ik-slot="settings-field-input"
        />
      </FieldShell>
    )
  }

  return (
    <FieldShell definition={definition} ids={ids} error={error} hint={hint}>
      <select
        {...controlProps}
        ref={field.ref}
        name={field.name}
        value={empty ? '' : optionKey(value)}
        onChange={(event) => {
          const key = event.target.value
          const option = flat.find((candidate) => optionKey(candidate.value) === key)
          field.onChange(key === '' ? '' : (option?.value ?? (value as FieldValue)))
        }}
        onBlur={field.onBlur}
        data-ik-slot="settings-field-select"
      >
        <option value="">{definition.placeholder || t('forms.selectPlaceholder')}</option>
        {!empty && !selected ? (
          // A saved value the options no longer list stays visible (and is kept) rather than lost.
          <option value={optionKey(value)}>{valueToText(value)}</option>
        ) : null}
        {options.map((option, index) =>
          isOptionGroup(option) ? (
            <optgroup key={index} label={option.label}>
              {option.options.map(renderOption)}
            </optgroup>
          ) : (
            renderOption(option, index)
          ),
        )}
      </select>
    </FieldShell>
  )
}

function CustomValueSelect({ definition, name, options, hint }: SelectControlProps) {
  const t = usePanelT()
  const flat = flattenOptions(options)
  return (
    <InputField
      definition={definition}
      name={name}
      hint={hint ?? t('forms.customValueHint')}
      parse={(text) => {
        // Typing an option's value picks that option with its original type (number, boolean).
        const option = flat.find((candidate) => valueToText(candidate.value) === text)
        return option ? option.value : text
      }}
      suggestions={flat.map((option, index) => (
        <option key={index} value={valueToText(option.value)}>
          {option.label}
        </option>
      ))}
    />
  )
}
