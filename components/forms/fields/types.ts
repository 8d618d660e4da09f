import type { ComponentType } from 'react'
import type { FormField, FormFieldType } from '../../../src/types'

/**
 * The one contract of every field component: the API's field definition and the react-hook-form
 * name to bind (`settings.<key>`, see `fieldName`). Inside, call `useController({ name })` — or our
 * `useFieldControl(definition, name)` for ids, validation and aria wiring — under a FormProvider.
 */
export interface FieldComponentProps {
  definition: FormField
  name: string
}

export type FieldComponent = ComponentType<FieldComponentProps>

/** A component for every type the engine renders. */
export type FieldRegistry = Record<FormFieldType, FieldComponent>

/** Per-type replacements, merged over the defaults: `{ select: MySelect }`. */
export type FieldRegistryOverrides = Partial<FieldRegistry>
