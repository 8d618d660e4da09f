import type { Meta, StoryObj } from '@storybook/react-vite'
import { IntegrationsRoot, type FormField } from 'integrations-kit'
import {
  fromFormValues,
  toDefaultValues,
  toFormValues,
  type SettingsFormValues,
} from '../src/forms/form-fields'
import { FieldList } from '../components/forms/fields/FieldList'
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

const adornedFields: FormField[] = [
  { id: 'subdomain', label: 'Subdomain', type: 'text', suffix: '.bamboohr.com', value: 'acme' },
  {
    id: 'shop',
    label: 'Shop',
    type: 'text',
    prefix: 'https://',
    suffix: '.myshopify.com',
    value: 'a-rather-long-shop-name',
  },
]

function AdornedForm({ fields }: { fields: FormField[] }) {
  const form = useForm<SettingsFormValues>({ defaultValues: toFormValues(toDefaultValues(fields)) })
  return (
    <FormProvider {...form}>
      <FieldList fields={fields} />
    </FormProvider>
  )
}

/** Prefix and suffix at a narrow panel width (360 px), left-to-right and right-to-left. */
export const NarrowAdornments: Story = {
  render: ({ fields }) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, padding: 16 }}>
      {(['ltr', 'rtl'] as const).map((dir) => (
        <IntegrationsRoot key={dir} dir={dir} style={{ width: 360, padding: 20 }}>
          <AdornedForm fields={fields} />
        </IntegrationsRoot>
      ))}
    </div>
  ),
  args: { fields: adornedFields },
  play: async ({ canvasElement }) => {
    const controls = canvasElement.querySelectorAll<HTMLElement>(
      '[data-ik-slot="settings-field-control"]',
    )
    await expect(controls.length).toBe(4)
    for (const control of controls) {
      const box = control.getBoundingClientRect()
      const input = control.querySelector('input')!.getBoundingClientRect()
      // Room left to type in.
      await expect(input.width).toBeGreaterThanOrEqual(48)
      for (const adornment of control.querySelectorAll<HTMLElement>(
        '[data-ik-slot="settings-field-prefix"], [data-ik-slot="settings-field-suffix"]',
      )) {
        const inner = adornment.getBoundingClientRect()
        // Inside the control's border on both sides, so its edge is never covered or cut off.
        await expect(inner.left).toBeGreaterThanOrEqual(box.left + 1)
        await expect(inner.right).toBeLessThanOrEqual(box.right - 1)
        // Its outer corners follow the control's rounded border (mirrored in RTL).
        const style = getComputedStyle(adornment)
        const rtl = style.direction === 'rtl'
        const prefix = adornment.dataset.ikSlot === 'settings-field-prefix'
        const outerOnLeft = prefix !== rtl
        const corner = outerOnLeft ? style.borderTopLeftRadius : style.borderTopRightRadius
        await expect(parseFloat(corner)).toBeGreaterThan(0)
        // Latin text keeps its own order in an RTL form: the "." of ".bamboohr.com" stays first
        // (leftmost), not moved to the other end by the bidi algorithm.
        const text = adornment.firstChild
        if (text && text.textContent?.startsWith('.')) {
          const range = document.createRange()
          range.setStart(text, 0)
          range.setEnd(text, 1)
          const dot = range.getBoundingClientRect()
          range.setStart(text, 1)
          range.setEnd(text, 2)
          await expect(dot.left).toBeLessThan(range.getBoundingClientRect().left)
        }
      }
    }
  },
}
