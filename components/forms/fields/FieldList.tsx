'use client'
import { fieldName, normaliseFieldType, visibleFields } from '../../../src/forms/form-fields'
import type { FormField } from '../../../src/types'
import { FormFieldsContext } from './form-fields-context'
import { useFieldRegistry } from './FieldRegistryProvider'
import type { FieldRegistryOverrides } from './types'

export interface FieldListProps {
  /** Normalised fields (see `normaliseFields`); hidden and deprecated ones are kept in form state only. */
  fields: readonly FormField[]
  /** Per-form component overrides, e.g. `{ select: MySelect }`. */
  registry?: FieldRegistryOverrides
  className?: string
}

/**
 * The shared form engine: renders every visible field through the registry. Must be inside a
 * react-hook-form FormProvider whose values are `toFormValues(toDefaultValues(fields, …))`.
 */
export function FieldList({ fields, registry, className }: FieldListProps) {
  const components = useFieldRegistry(registry)
  return (
    <FormFieldsContext.Provider value={fields}>
      <div data-ik-slot="settings-fields" className={className}>
        {visibleFields(fields).map((definition) => {
          const Component = components[normaliseFieldType(definition.type)] ?? components.text
          return (
            <Component
              key={definition.id}
              definition={definition}
              name={fieldName(definition.id)}
            />
          )
        })}
      </div>
    </FormFieldsContext.Provider>
  )
}
