/**
 * Data-scope consent in the details panel (issue 10 §2) against the story's mock Vault and its
 * seeded consent states: the consent screen while consent is pending, re-requested, denied or
 * revoked, and the history once it is granted; each in light and dark.
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import { ConnectionDetails, IntegrationsRoot, type ConnectionRef } from 'integrations-kit'
import { generateConnectors } from 'integrations-kit/testing'
import { expect, screen, waitFor, within } from 'storybook/test'
import { mockOAuthUrls } from './decorators'

const catalog = generateConnectors(24, 1)

function ConsentPanel({
  connectionRef,
  appearance = 'light',
}: {
  connectionRef: ConnectionRef
  appearance?: 'light' | 'dark'
}) {
  return (
    <IntegrationsRoot theme={{ appearance }} style={{ minHeight: '100vh' }}>
      <ConnectionDetails connectionRef={connectionRef} redirectUri={mockOAuthUrls().redirectUri} />
    </IntegrationsRoot>
  )
}

const meta = {
  title: 'Components/ConnectionConsent',
  component: ConsentPanel,
  parameters: { mockVault: { connectors: catalog } },
} satisfies Meta<typeof ConsentPanel>

export default meta
type Story = StoryObj<typeof meta>

/** Checks the panel of `name` shows the consent section under `heading`. */
function expectConsent(name: string, heading: string) {
  return async () => {
    const dialog = await screen.findByRole('dialog', { name })
    const section = await within(dialog).findByRole('region', { name: heading })
    // The panel slides in: visible once it has.
    await waitFor(() => expect(section).toBeVisible())
  }
}

const xero = { unifiedApi: 'accounting', serviceId: 'xero' }
const zendesk = { unifiedApi: 'customer-support', serviceId: 'zendesk' }
const dropbox = { unifiedApi: 'file-storage', serviceId: 'dropbox' }
const slack = { unifiedApi: 'team-messaging', serviceId: 'slack' }
const salesforce = { unifiedApi: 'crm', serviceId: 'salesforce' }

/** Consent pending: what Xero asks to read and write, Accept and Deny. */
export const Pending: Story = {
  args: { connectionRef: xero },
  play: expectConsent('Xero', 'Requested data access'),
}
export const PendingDark: Story = { ...Pending, args: { ...Pending.args, appearance: 'dark' } }

/** The scopes changed after the last grant: "Updated permissions requested", new fields marked. */
export const RequiresReconsent: Story = {
  args: { connectionRef: zendesk },
  play: expectConsent('Zendesk', 'Updated permissions requested'),
}
export const RequiresReconsentDark: Story = {
  ...RequiresReconsent,
  args: { ...RequiresReconsent.args, appearance: 'dark' },
}

/** Consent denied: Accept grants it; the denial is in the history. */
export const Denied: Story = {
  args: { connectionRef: dropbox },
  play: expectConsent('Dropbox', 'Requested data access'),
}
export const DeniedDark: Story = { ...Denied, args: { ...Denied.args, appearance: 'dark' } }

/** Consent revoked after a grant of full data access ("*"). */
export const Revoked: Story = {
  args: { connectionRef: slack },
  play: expectConsent('Slack', 'Requested data access'),
}
export const RevokedDark: Story = { ...Revoked, args: { ...Revoked.args, appearance: 'dark' } }

/** Consent granted: what Salesforce may read and write, the history, and Revoke access. */
export const History: Story = {
  args: { connectionRef: salesforce },
  play: async () => {
    await expectConsent('Salesforce', 'Data access')()
    const dialog = screen.getByRole('dialog', { name: 'Salesforce' })
    const history = await within(dialog).findByRole('list', { name: 'History' })
    await waitFor(() => expect(history).toBeVisible())
  },
}
export const HistoryDark: Story = { ...History, args: { ...History.args, appearance: 'dark' } }
