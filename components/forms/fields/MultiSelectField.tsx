'use client'
import { useState, type KeyboardEvent } from 'react'
import {
  isOptionGroup,
  normaliseOptions,
  optionKey,
  flattenOptions,
  valueToText,
} from '../../../src/forms/form-fields'
import type { SimpleFormFieldOption } from '../../../src/types'
import { usePanelT } from '../../usePanelT'
import { FieldShell } from './FieldShell'
import type { FieldComponentProps } from './types'
import { useFieldControl } from './useFieldControl'
import { VisuallyHidden } from './VisuallyHidden'

type Item = string | number

function toItem(value: SimpleFormFieldOption['value']): Item {
  return typeof value === 'number' || typeof value === 'string' ? value : valueToText(value)
}

/**
 * The `multi-select` field type: a labelled group of checkboxes holding one array value. Values
 * that are not among the options (saved earlier, or typed with `allow_custom_values`) are listed too.
 */
export function MultiSelectField({ definition, name }: FieldComponentProps) {
  const t = usePanelT()
  const { field, error, ids, readOnly, controlProps } = useFieldControl(definition, name)
  const [custom, setCustom] = useState('')
  const selected: Item[] = Array.isArray(field.value) ? (field.value as Item[]) : []
  const selectedKeys = new Set(selected.map(optionKey))
  const options = normaliseOptions(definition.options)
  const optionKeys = new Set(
    flattenOptions(options).map((option) => optionKey(toItem(option.value))),
  )
  const extras = selected.filter((item) => !optionKeys.has(optionKey(item)))
  let first = true

  function toggle(item: Item, checked: boolean) {
    if (readOnly) {
      return
    }
    const key = optionKey(item)
    const rest = selected.filter((value) => optionKey(value) !== key)
    field.onChange(checked ? [...rest, item] : rest)
  }

  function addCustom() {
    const text = custom.trim()
    if (text !== '' && !selectedKeys.has(optionKey(text))) {
      field.onChange([...selected, text])
    }
    setCustom('')
  }

  function renderCheckbox(label: string, item: Item, index: string) {
    const ref = first ? field.ref : undefined
    first = false
    return (
      <label key={index} data-ik-slot="settings-field-option">
        <input
          ref={ref}
          type="checkbox"
          checked={selectedKeys.has(optionKey(item))}
          aria-invalid={controlProps['aria-invalid']}
          aria-readonly={readOnly || undefined}
          onChange={(event) => toggle(item, event.target.checked)}
          onBlur={field.onBlur}
        />
        <span dir="auto">{label}</span>
      </label>
    )
  }

  return (
    <FieldShell definition={definition} ids={ids} error={error} labelKind="group">
      <div
        id={ids.control}
        role="group"
        aria-labelledby={ids.label}
        aria-describedby={controlProps['aria-describedby']}
        data-ik-slot="settings-field-options"
      >
        {options.map((option, index) =>
          isOptionGroup(option) ? (
            <div
              key={index}
              role="group"
              aria-label={option.label}
              data-ik-slot="settings-field-option-group"
            >
              <span aria-hidden="true" dir="auto">
                {option.label}
              </span>
              {option.options.map((child, childIndex) =>
                renderCheckbox(child.label, toItem(child.value), `${index}.${childIndex}`),
              )}
            </div>
          ) : (
            renderCheckbox(option.label, toItem(option.value), String(index))
          ),
        )}
        {extras.map((item, index) => renderCheckbox(valueToText(item), item, `extra.${index}`))}
        {definition.allow_custom_values && !readOnly ? (
          <div data-ik-slot="settings-field-custom">
            <label htmlFor={`${ids.control}-custom`}>
              <VisuallyHidden>{t('forms.customValue', { label: definition.label })}</VisuallyHidden>
            </label>
            <input
              id={`${ids.control}-custom`}
              type="text"
              value={custom}
              autoComplete="off"
              placeholder={t('forms.customValue', { label: definition.label })}
              onChange={(event) => setCustom(event.target.value)}
              onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
                // Enter adds the value instead of submitting the whole form.
                if (event.key === 'Enter') {
                  event.preventDefault()
                  addCustom()
                }
              }}
              data-ik-slot="settings-field-input"
            />
            <button type="button" onClick={addCustom} data-ik-slot="settings-field-add">
              {t('forms.addValue')}
            </button>
          </div>
        ) : null}
      </div>
    </FieldShell>
  )
}
