'use client'
import {
  isDateString,
  isLocalDateTimeString,
  isTimeString,
  valueToText,
} from '../../../src/forms/form-fields'
import { FieldShell } from './FieldShell'
import type { FieldComponentProps } from './types'
import { useFieldControl } from './useFieldControl'

type FormatInputType = 'date' | 'datetime-local' | 'time' | 'number'

const FITS: Record<FormatInputType, (text: string) => boolean> = {
  date: isDateString,
  'datetime-local': isLocalDateTimeString,
  time: isTimeString,
  number: (text) => Number.isFinite(Number(text)),
}

export interface FormatFieldProps extends FieldComponentProps {
  inputType: FormatInputType
}

/**
 * An input with a native picker (date, datetime-local, time, number). A stored value the picker
 * cannot show (an ISO date-time with a zone, a typo) is shown in a text input instead, so nothing
 * saved is hidden or silently dropped; validation says what format is expected.
 */
export function FormatField({ definition, name, inputType }: FormatFieldProps) {
  const { field, error, ids, readOnly, controlProps } = useFieldControl(definition, name)
  const text = valueToText(field.value)
  const fits = text === '' || FITS[inputType](text)
  const isNumber = inputType === 'number'
  return (
    <FieldShell definition={definition} ids={ids} error={error}>
      <div data-ik-slot="settings-field-control">
        <input
          {...controlProps}
          ref={field.ref}
          name={field.name}
          type={fits ? inputType : 'text'}
          inputMode={isNumber ? 'decimal' : undefined}
          value={text}
          onChange={(event) => {
            const raw = event.target.value
            if (!isNumber) {
              field.onChange(raw)
              return
            }
            const number = Number(raw)
            field.onChange(raw.trim() === '' ? null : Number.isFinite(number) ? number : raw)
          }}
          onBlur={field.onBlur}
          readOnly={readOnly}
          placeholder={definition.placeholder ?? undefined}
          step={inputType === 'number' ? 'any' : undefined}
          data-ik-slot="settings-field-input"
        />
      </div>
    </FieldShell>
  )
}
