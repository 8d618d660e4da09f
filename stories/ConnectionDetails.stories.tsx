import type { Meta, StoryObj } from '@storybook/react-vite'
import { ConnectionDetails, IntegrationsRoot, type ConnectionDetailsProps } from 'integrations-kit'
import { generateConnectors } from 'integrations-kit/testing'
import { expect, screen, within } from 'storybook/test'
import { detailsUnavailable } from '../components/page/details-unavailable'
import { mockOAuthUrls } from './decorators'

const catalog = generateConnectors(24, 1)

const meta = {
  title: 'Components/ConnectionDetails',
  component: ConnectionDetails,
  parameters: { mockVault: { connectors: catalog } },
  args: { connectionRef: null, redirectUri: mockOAuthUrls().redirectUri },
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

/** `allowActions={[]}`: status only, nothing to change. */
export const ReadOnly: Story = {
  args: { connectionRef: { unifiedApi: 'crm', serviceId: 'salesforce' }, allowActions: [] },
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' })
    await expect(within(dialog).queryByRole('heading', { name: 'Manage' })).toBeNull()
  },
}

/** Only testing the connection and resource defaults are allowed. */
export const LimitedActions: Story = {
  args: {
    connectionRef: { unifiedApi: 'crm', serviceId: 'salesforce' },
    allowActions: ['validate', 'resources'],
  },
}

/** `hideResourceSettings`: no Resource defaults section. */
export const WithoutResourceSettings: Story = {
  args: {
    connectionRef: { unifiedApi: 'crm', serviceId: 'pipedrive' },
    hideResourceSettings: true,
  },
}

/** A token grant (client credentials) that needs its client id and secret first. */
export const TokenGrant: Story = {
  args: { connectionRef: { unifiedApi: 'accounting', serviceId: 'dynamics-365-business-central' } },
}

/**
 * A connector opened when the details' code could not be downloaded (a dropped network, a tab
 * older than the host's last deploy): what the page shows in place of the panel
 * (components/page/details-unavailable.tsx), with Reload page as the way on.
 */
const NotDownloaded = detailsUnavailable<ConnectionDetailsProps>(true)(
  new TypeError('Failed to fetch dynamically imported module'),
).default
export const CodeNotDownloaded: Story = {
  render: (args) => <NotDownloaded {...args} />,
  args: {
    connectionRef: { unifiedApi: 'crm', serviceId: 'salesforce' },
    connection: catalog.find((connection) => connection.service_id === 'salesforce'),
  },
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' })
    await expect(within(dialog).getByRole('alert')).toHaveTextContent(
      "The details of Salesforce could not be loaded. Part of the page couldn't be downloaded.",
    )
    await expect(within(dialog).getByRole('button', { name: 'Reload page' })).toBeVisible()
  },
}
