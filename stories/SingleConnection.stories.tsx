/**
 * IntegrationsPage's single-connection mode (issue 10 §6): one connector, opened on a view, with
 * no catalog behind it; "All integrations" (`backToCatalog`) goes back to the full page. Against
 * the story's mock Vault and its seeds (Salesforce connected with three mappings, Xero with
 * consent pending, HubSpot waiting for authorization).
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import { IntegrationsPage } from 'integrations-kit'
import { generateConnectors } from 'integrations-kit/testing'
import { expect, waitFor, within } from 'storybook/test'

const meta = {
  title: 'Demo/Single connection',
  component: IntegrationsPage,
  parameters: { mockVault: { connectors: generateConnectors(24, 1), latency: 150 } },
  args: {
    unifiedApi: 'crm',
    serviceId: 'salesforce',
    initialView: 'settings',
    backToCatalog: true,
  },
} satisfies Meta<typeof IntegrationsPage>

export default meta
type Story = StoryObj<typeof meta>

/** Salesforce on its settings: the heading has focus; "All integrations" leads back (e2e). */
export const Settings: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const details = await canvas.findByRole('region', { name: 'Salesforce' }, { timeout: 5000 })
    const heading = await within(details).findByRole('heading', { name: 'Connection settings' })
    await waitFor(() => expect(heading).toHaveFocus())
    await expect(canvas.getByRole('button', { name: 'All integrations' })).toBeVisible()
  },
}

export const SettingsDark: Story = {
  args: { theme: { appearance: 'dark' } },
}

/** Salesforce on its field mapping (a required one is missing). */
export const Mapping: Story = {
  args: { initialView: 'mapping' },
  play: async ({ canvasElement }) => {
    const details = await within(canvasElement).findByRole(
      'region',
      { name: 'Salesforce' },
      { timeout: 5000 },
    )
    const heading = await within(details).findByRole('heading', { name: 'Field mapping' })
    await waitFor(() => expect(heading).toHaveFocus())
  },
}

export const MappingDark: Story = {
  args: { initialView: 'mapping', theme: { appearance: 'dark' } },
}

/** Salesforce's request logs, expanded. */
export const Logs: Story = {
  args: { initialView: 'logs', backToCatalog: false },
  play: async ({ canvasElement }) => {
    const details = await within(canvasElement).findByRole(
      'region',
      { name: 'Salesforce' },
      { timeout: 5000 },
    )
    await expect(await within(details).findByRole('button', { name: 'Hide logs' })).toBeVisible()
  },
}

export const LogsDark: Story = {
  args: { initialView: 'logs', backToCatalog: false, theme: { appearance: 'dark' } },
}

/** Xero asked for its settings: consent is due, so its consent screen comes first. */
export const ConsentFirst: Story = {
  args: { unifiedApi: 'accounting', serviceId: 'xero', initialView: 'settings' },
}

export const ConsentFirstDark: Story = {
  args: {
    unifiedApi: 'accounting',
    serviceId: 'xero',
    initialView: 'settings',
    theme: { appearance: 'dark' },
  },
}

/** HubSpot on 'connect': the Connect button has focus (no click yet, so no window). */
export const Connect: Story = {
  args: { serviceId: 'hubspot', initialView: 'connect', autoStartAuthorization: true },
}

export const ConnectDark: Story = {
  args: {
    serviceId: 'hubspot',
    initialView: 'connect',
    autoStartAuthorization: true,
    theme: { appearance: 'dark' },
  },
}
