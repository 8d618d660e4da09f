/**
 * A bare form around the field engine (no HTTP): the fields, a submit button, and the submitted
 * values reported as `{ [apiId]: value }` — what the settings forms send as `settings`.
 */
import { FormProvider, useForm } from 'react-hook-form'
import {
  fromFormValues,
  toDefaultValues,
  toFormValues,
  type SettingsFormValues,
} from '../../../src/forms/form-fields'
import type { FieldValue, FormField } from '../../../src/types'
import { FieldList } from '../../../components/forms/fields/FieldList'
import type { FieldRegistryOverrides } from '../../../components/forms/fields/types'

export interface HarnessProps {
  fields: FormField[]
  settings?: Record<string, unknown>
  registry?: FieldRegistryOverrides
  onSubmit: (values: Record<string, FieldValue>) => void
}

export function FieldsHarness({ fields, settings, registry, onSubmit }: HarnessProps) {
  const form = useForm<SettingsFormValues>({
    defaultValues: toFormValues(toDefaultValues(fields, settings)),
    mode: 'onTouched',
  })
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit((values) => onSubmit(fromFormValues(values)))}>
        <FieldList fields={fields} registry={registry} />
        <button type="submit">Submit</button>
      </form>
    </FormProvider>
  )
}
