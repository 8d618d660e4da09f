'use client'
import { useId } from 'react'
import { useController, type ControllerRenderProps, type FieldValues } from 'react-hook-form'
import { rulesFor, validateFieldValue } from '../../../src/forms/form-fields'
import type { FormField } from '../../../src/types'
import { usePanelT } from '../../usePanelT'

export interface FieldIds {
  control: string
  label: string
  description: string
  hint: string
  error: string
  prefix: string
  suffix: string
}

export interface FieldControlOptions {
  /** Extra help shown under the control (type hint, "choose X first"); linked by aria-describedby. */
  hint?: string | null
}

export interface FieldControl {
  field: ControllerRenderProps<FieldValues, string>
  /** The message to show (client validation or a server error set with setError). */
  error: string | undefined
  ids: FieldIds
  hint: string | null
  /** The spec's `disabled` means "read-only": shown, not editable, still submitted. */
  readOnly: boolean
  /** Spread onto the control element. */
  controlProps: {
    id: string
    'aria-invalid': true | undefined
    'aria-describedby': string | undefined
    'aria-required': true | undefined
  }
}

/**
 * The wiring every field shares: `useController` with the field's validation (messages translated),
 * ids from `useId()`, and the aria attributes that tie the control to its description, adornments,
 * hint and error. A custom field component can call this and render any control.
 */
export function useFieldControl(
  definition: FormField,
  name: string,
  options: FieldControlOptions = {},
): FieldControl {
  const t = usePanelT()
  const baseId = useId()
  const { field, fieldState } = useController({
    name,
    rules: {
      validate: (value: unknown) => {
        const key = validateFieldValue(definition, value)
        return key === null ? true : t(key, { label: definition.label })
      },
    },
  })
  const ids: FieldIds = {
    control: `${baseId}control`,
    label: `${baseId}label`,
    description: `${baseId}description`,
    hint: `${baseId}hint`,
    error: `${baseId}error`,
    prefix: `${baseId}prefix`,
    suffix: `${baseId}suffix`,
  }
  const error = fieldState.error?.message || (fieldState.error ? t('forms.fixErrors') : undefined)
  const hint = options.hint ?? null
  const describedBy = [
    definition.prefix ? ids.prefix : null,
    definition.suffix ? ids.suffix : null,
    definition.description ? ids.description : null,
    hint ? ids.hint : null,
    error ? ids.error : null,
  ]
    .filter(Boolean)
    .join(' ')
  return {
    field,
    error,
    ids,
    hint,
    readOnly: Boolean(definition.disabled),
    controlProps: {
      id: ids.control,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy || undefined,
      'aria-required': rulesFor(definition).required ? true : undefined,
    },
  }
}
