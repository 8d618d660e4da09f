/**
 * The Request logs section in the details panel (the ~420 px side panel it is designed for),
 * against the story's mock Vault and its seeded logs: loaded, empty, failed and with a request
 * expanded, each in the light and the dark appearance. The play functions open the section the
 * way a user does (Show logs) and scroll it into view.
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import { ConnectionDetails, ConnectionLogs, IntegrationsRoot } from 'integrations-kit'
import { generateConnectors } from 'integrations-kit/testing'
import { expect, screen, userEvent, within } from 'storybook/test'
import { mockOAuthUrls } from './decorators'

const catalog = generateConnectors(24, 1)
const salesforce = { unifiedApi: 'crm', serviceId: 'salesforce' }
/** Connected, and the mock's logs hold no request to it. */
// Added, no consent due, and no request made through it yet.
const workday = { unifiedApi: 'hris', serviceId: 'workday' }

const meta = {
  title: 'Components/ConnectionLogs',
  component: ConnectionDetails,
  parameters: { mockVault: { connectors: catalog } },
  args: { connectionRef: salesforce, redirectUri: mockOAuthUrls().redirectUri },
  decorators: [
    (Story, { parameters }) => (
      <IntegrationsRoot
        theme={{ appearance: parameters.appearance === 'dark' ? 'dark' : 'light' }}
        style={{ minHeight: '100vh' }}
      >
        <Story />
      </IntegrationsRoot>
    ),
  ],
} satisfies Meta<typeof ConnectionDetails>

export default meta
type Story = StoryObj<typeof meta>

/** Opens the panel's Request logs section and brings it into view. */
async function showLogs(name: string): Promise<HTMLElement> {
  const dialog = await screen.findByRole('dialog', { name })
  const section = await within(dialog).findByRole('region', { name: 'Request logs' })
  await userEvent.click(within(section).getByRole('button', { name: 'Show logs' }))
  section.scrollIntoView({ block: 'start' })
  return section
}

const loaded: Story = {
  play: async () => {
    const section = await showLogs('Salesforce')
    const table = await within(section).findByRole('table', { name: 'Request logs' })
    await expect(within(table).getAllByRole('rowgroup')).toHaveLength(11)
    await expect(within(section).getByRole('status')).toHaveTextContent('Showing 10 requests')
  },
}

/** Ten requests to Salesforce, newest first: time, method and path, status by class, latency. */
export const Logs: Story = { ...loaded }
export const LogsDark: Story = { ...loaded, parameters: { appearance: 'dark' } }

const empty: Story = {
  args: { connectionRef: workday },
  play: async () => {
    const section = await showLogs('Workday')
    await expect(await within(section).findByText('No requests to Workday yet.')).toBeVisible()
  },
}

/** A connection no request was made through yet: said plainly, no empty table. */
export const Empty: Story = { ...empty }
export const EmptyDark: Story = { ...empty, parameters: { appearance: 'dark' } }

const failed: Story = {
  parameters: {
    mockVault: {
      connectors: catalog,
      faults: [
        {
          match: { method: 'GET', path: '/vault/logs' },
          fault: { status: 403, headers: { 'x-request-id': 'req_4c1d9e7a20f3' } },
        },
      ],
    },
  },
  play: async () => {
    const section = await showLogs('Salesforce')
    const alert = await within(section).findByRole('alert')
    await expect(alert).toHaveTextContent(/^The request logs of Salesforce could not be loaded\./)
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible()
  },
}

/** The logs request was refused (403): what failed, what to do, the support detail, Try again. */
export const LoadError: Story = { ...failed }
export const LoadErrorDark: Story = {
  ...failed,
  parameters: { ...failed.parameters, appearance: 'dark' },
}

const expanded: Story = {
  play: async () => {
    const section = await showLogs('Salesforce')
    const table = await within(section).findByRole('table', { name: 'Request logs' })
    // The newest request that failed: its detail carries the connector's error message.
    const toggle = within(table)
      .getAllByRole('button')
      .find((button) =>
        /Refused|Server error/.test(button.closest('tr')?.textContent ?? ''),
      ) as HTMLElement
    await userEvent.click(toggle)
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const detail = document.getElementById(toggle.getAttribute('aria-controls') ?? '')
    await expect(detail).toBeVisible()
    toggle.closest('tbody')?.scrollIntoView({ block: 'center' })
  },
}

/** A failed request expanded: full time, operation, status, where the time went, error, log id. */
export const ExpandedRow: Story = { ...expanded }
export const ExpandedRowDark: Story = { ...expanded, parameters: { appearance: 'dark' } }

/**
 * A host's own placement: the panel's section hidden (`hideLogs`) and ConnectionLogs appended with
 * four requests a page, so "Load more" pages through Salesforce's ten (the browser journey's story).
 */
export const ComposedPaged: Story = {
  // No play function: the browser journey (logs-load-more) does the clicking itself.
  args: { hideLogs: true, children: <ConnectionLogs pageSize={4} /> },
}
