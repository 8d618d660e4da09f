'use client'
import { normaliseOptions } from '../../../src/forms/form-fields'
import { SelectControl } from './SelectControl'
import type { FieldComponentProps } from './types'

/** The `select` field type. */
export function SelectField({ definition, name }: FieldComponentProps) {
  return (
    <SelectControl
      definition={definition}
      name={name}
      options={normaliseOptions(definition.options)}
    />
  )
}
