import type { Meta, StoryObj } from '@storybook/react-vite'
import { IntegrationsRoot, ResourceSettingsForm } from 'integrations-kit'
import { expect, userEvent } from 'storybook/test'
import { pipedrive } from './forms-fixtures'

function Demo() {
  return (
    <IntegrationsRoot style={{ maxWidth: 560 }}>
      <ResourceSettingsForm
        connectionRef={{ unifiedApi: 'crm', serviceId: 'pipedrive' }}
        resource="leads"
      />
    </IntegrationsRoot>
  )
}

const meta = {
  title: 'Forms/ResourceSettingsForm',
  component: Demo,
  parameters: { mockVault: { connectors: [pipedrive] } },
} satisfies Meta<typeof Demo>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('combobox', { name: /Owner/ })).toBeInTheDocument()
  },
}

export const Saved: Story = {
  play: async ({ canvas }) => {
    await userEvent.selectOptions(await canvas.findByRole('combobox', { name: /Owner/ }), 'Grace')
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }))
    await expect(await canvas.findByText('Defaults saved')).toBeInTheDocument()
  },
}

export const Loading: Story = {
  parameters: { mockVault: { connectors: [pipedrive], latency: 1_000_000 } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading leads settings…')).toBeInTheDocument()
  },
}

export const LoadError: Story = {
  parameters: {
    mockVault: {
      connectors: [pipedrive],
      faults: [
        { match: { method: 'GET', path: /\/config$/, times: Infinity }, fault: { status: 403 } },
      ],
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Retry' })).toBeInTheDocument()
  },
}
