import type { Meta, StoryObj } from '@storybook/react-vite'
import {
  fromFormValues,
  FieldList,
  IntegrationsRoot,
  toDefaultValues,
  toFormValues,
  type FormField,
  type SettingsFormValues,
} from 'integrations-kit'
import { useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { expect, userEvent } from 'storybook/test'
import { everyField } from './forms-fixtures'

/** The field engine alone: every type, with the values a submit would send shown below. */
function FieldsDemo({
  fields,
  appearance,
}: {
  fields: FormField[]
  appearance?: 'light' | 'dark'
}) {
  const form = useForm<SettingsFormValues>({ defaultValues: toFormValues(toDefaultValues(fields)) })
  const [submitted, setSubmitted] = useState<string>('')
  return (
    <IntegrationsRoot theme={{ appearance }} style={{ maxWidth: 560 }}>
      <FormProvider {...form}>
        <form
          noValidate
          data-ik-slot="settings-form"
          onSubmit={form.handleSubmit((values) =>
            setSubmitted(JSON.stringify(fromFormValues(values), null, 2)),
          )}
        >
          <FieldList fields={fields} />
          <button type="submit" data-ik-slot="button" data-variant="primary">
            Submit
          </button>
          <pre>{submitted}</pre>
        </form>
      </FormProvider>
    </IntegrationsRoot>
  )
}

const meta = {
  title: 'Forms/Fields',
  component: FieldsDemo,
  args: { fields: everyField },
} satisfies Meta<typeof FieldsDemo>

export default meta
type Story = StoryObj<typeof meta>

export const EveryType: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText(/^Subdomain/)).toBeInTheDocument()
    await expect(canvas.getByText('About these settings')).toBeVisible()
  },
}

export const Dark: Story = { args: { appearance: 'dark' } }

export const Invalid: Story = {
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByLabelText('Contact email'), 'not-an-email')
    await userEvent.click(canvas.getByRole('button', { name: 'Submit' }))
    await expect(await canvas.findByText('Enter a valid email address')).toBeInTheDocument()
  },
}

export const RevealedSecret: Story = {
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByLabelText(/^API key/), 'sk_test_123')
    await userEvent.click(canvas.getByRole('button', { name: 'Show API key' }))
    await expect(canvas.getByLabelText(/^API key/)).toHaveAttribute('type', 'text')
  },
}

export const UnknownTypes: Story = {
  args: {
    fields: [
      { id: 'weird', label: 'Hologram (unknown type → text)', type: 'hologram' },
      { id: 'a.b[0]', label: 'Odd id with dots and brackets', type: 'text', value: 'kept' },
    ],
  },
}
