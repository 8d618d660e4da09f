import type { Meta, StoryObj } from '@storybook/react-vite'
import { ConnectionDetails, IntegrationsRoot } from 'integrations-kit'
import { generateConnectors } from 'integrations-kit/testing'

const catalog = generateConnectors(24, 1)

const meta = {
  title: 'Components/ConnectionDetails',
  component: ConnectionDetails,
  parameters: { mockVault: { connectors: catalog } },
  decorators: [
    (Story) => (
      <IntegrationsRoot style={{ minHeight: '100vh' }}>
        <Story />
      </IntegrationsRoot>
    ),
  ],
} satisfies Meta<typeof ConnectionDetails>

export default meta
type Story = StoryObj<typeof meta>

export const Connected: Story = {
  args: { connectionRef: { unifiedApi: 'crm', serviceId: 'salesforce' } },
}
export const NeedsAuthorization: Story = {
  args: { connectionRef: { unifiedApi: 'crm', serviceId: 'hubspot' } },
}
export const NotConnected: Story = {
  args: { connectionRef: { unifiedApi: 'email-marketing', serviceId: 'mailchimp' } },
}
export const InvalidCredentials: Story = {
  args: { connectionRef: { unifiedApi: 'hris', serviceId: 'bamboohr' } },
}
export const NeedsAdminSetup: Story = {
  args: { connectionRef: { unifiedApi: 'ats', serviceId: 'lever' } },
}
export const WithActionsSlot: Story = {
  args: {
    connectionRef: { unifiedApi: 'file-storage', serviceId: 'dropbox' },
    actions: (
      <button type="button" data-ik-slot="button" data-variant="secondary">
        Host action
      </button>
    ),
  },
}
