'use client'
import { valueToText } from '../../../src/forms/form-fields'
import { FieldShell } from './FieldShell'
import type { FieldComponentProps } from './types'
import { useFieldControl } from './useFieldControl'

/** The `textarea` field type. */
export function TextareaField({ definition, name }: FieldComponentProps) {
  const { field, error, ids, readOnly, controlProps } = useFieldControl(definition, name)
  return (
    <FieldShell definition={definition} ids={ids} error={error}>
      <textarea
        {...controlProps}
        ref={field.ref}
        name={field.name}
        value={valueToText(field.value)}
        onChange={(event) => field.onChange(event.target.value)}
        onBlur={field.onBlur}
        readOnly={readOnly}
        placeholder={definition.placeholder ?? undefined}
        spellCheck={definition.sensitive ? false : undefined}
        rows={4}
        data-ik-slot="settings-field-input"
      />
    </FieldShell>
  )
}
