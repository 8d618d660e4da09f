import type { Meta, StoryObj } from '@storybook/react-vite'
import { ConnectionDetails, IntegrationsRoot } from 'integrations-kit'
import { expect, screen, userEvent, waitFor, within } from 'storybook/test'

/**
 * Field mapping (issue 10 §3) on the mock Vault's Salesforce connection: a required field not
 * mapped (so the status says required mappings are missing), one the consumer mapped (removable)
 * and one the application owner mapped; then the mapping dialog in each of its three modes.
 */
function FieldMappingStory({ appearance }: { appearance: 'light' | 'dark' }) {
  return (
    <IntegrationsRoot theme={{ appearance }} style={{ minHeight: '100vh' }}>
      <ConnectionDetails connectionRef={{ unifiedApi: 'crm', serviceId: 'salesforce' }} />
    </IntegrationsRoot>
  )
}

const meta = {
  title: 'Components/FieldMapping',
  component: FieldMappingStory,
  args: { appearance: 'light' },
} satisfies Meta<typeof FieldMappingStory>

export default meta
type Story = StoryObj<typeof meta>

async function section() {
  const region = await screen.findByRole('region', { name: 'Field mapping' }, { timeout: 5000 })
  // The panel slides in: wait until it is on screen.
  await waitFor(() => expect(within(region).getByText('Not mapped')).toBeVisible(), {
    timeout: 5000,
  })
  return region
}

async function openDialog(mode: 'Custom field' | 'Resource property' | 'Advanced (JSONPath)') {
  const region = await section()
  await userEvent.click(
    within(region).getByRole('button', { name: 'Map field: Lead source detail' }),
  )
  const dialog = await screen.findByRole('dialog', { name: 'Map Lead source detail' })
  await userEvent.click(within(dialog).getByRole('radio', { name: mode }))
  return dialog
}

/** Mapped, not mapped and missing required, with the status card's notice. */
export const Section: Story = {
  play: async () => {
    await section()
    await waitFor(() => expect(screen.getByText('Missing required field mappings.')).toBeVisible())
  },
}
export const SectionDark: Story = { ...Section, args: { appearance: 'dark' } }

export const DialogCustomField: Story = {
  play: async () => {
    const dialog = await openDialog('Custom field')
    await userEvent.click(await within(dialog).findByRole('radio', { name: /Lead source detail/ }))
  },
}
export const DialogCustomFieldDark: Story = { ...DialogCustomField, args: { appearance: 'dark' } }

export const DialogResourceProperty: Story = {
  play: async () => {
    const dialog = await openDialog('Resource property')
    const select = await within(dialog).findByRole('combobox', { name: 'Property of Leads' })
    await userEvent.selectOptions(select, '$.Address.City')
  },
}
export const DialogResourcePropertyDark: Story = {
  ...DialogResourceProperty,
  args: { appearance: 'dark' },
}

export const DialogJsonPath: Story = {
  play: async () => {
    const dialog = await openDialog('Advanced (JSONPath)')
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'JSONPath' }), '$.Tags[[*]')
    await expect(await within(dialog).findByText('2 matches')).toBeVisible()
  },
}
export const DialogJsonPathDark: Story = { ...DialogJsonPath, args: { appearance: 'dark' } }

/**
 * The source picker is a segmented control that stays a radio group: the arrow keys move the
 * choice (and focus) to the next source, as native radios do, in either direction.
 */
export const DialogSourcePickerKeyboard: Story = {
  play: async () => {
    const dialog = await openDialog('Custom field')
    await userEvent.keyboard('{ArrowRight}')
    const property = within(dialog).getByRole('radio', { name: 'Resource property' })
    await waitFor(() => expect(property).toBeChecked())
    await expect(property).toHaveFocus()
    await expect(
      await within(dialog).findByRole('combobox', { name: 'Property of Leads' }),
    ).toBeVisible()
  },
}
export const DialogSourcePickerKeyboardDark: Story = {
  ...DialogSourcePickerKeyboard,
  args: { appearance: 'dark' },
}
