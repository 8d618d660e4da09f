'use client'
import { FieldShell } from './FieldShell'
import type { FieldComponentProps } from './types'
import { useFieldControl } from './useFieldControl'

/** The `checkbox` field type: one boolean. */
export function CheckboxField({ definition, name }: FieldComponentProps) {
  const { field, error, ids, readOnly, controlProps } = useFieldControl(definition, name)
  return (
    <FieldShell definition={definition} ids={ids} error={error}>
      <input
        {...controlProps}
        ref={field.ref}
        name={field.name}
        type="checkbox"
        checked={field.value === true}
        // Checkboxes have no readOnly: a read-only one is announced so and ignores toggles.
        aria-readonly={readOnly || undefined}
        onChange={(event) => {
          if (!readOnly) {
            field.onChange(event.target.checked)
          }
        }}
        onBlur={field.onBlur}
        data-ik-slot="settings-field-checkbox"
      />
    </FieldShell>
  )
}
