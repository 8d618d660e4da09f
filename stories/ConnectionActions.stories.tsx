/**
 * ConnectionActions: the Enabled switch, Test connection, Re-authorize, Disconnect, Import
 * credentials and Delete (with its confirmation), one story per state. Data comes from the story's
 * mock Vault (decorators.tsx), so every action really changes what the API answers.
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import {
  ConnectionActions,
  IntegrationsRoot,
  useConnection,
  type ManageAction,
} from 'integrations-kit'
import { generateConnector, INVALID_CREDENTIAL } from 'integrations-kit/testing'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { mockOAuthUrls } from './decorators'

const salesforce = generateConnector({
  service_id: 'salesforce',
  unified_api: 'crm',
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
  state: 'callable',
})
const hubspot = generateConnector({
  service_id: 'hubspot',
  unified_api: 'crm',
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
  state: 'callable',
  enabled: false,
})
const apiKeyField = { id: 'api_key', label: 'API key', type: 'password', required: true }
const pipedrive = generateConnector({
  service_id: 'pipedrive',
  unified_api: 'crm',
  state: 'callable',
  validation_support: true,
  form_fields: [apiKeyField],
  settings: { api_key: 'a-working-key' },
})
const close = generateConnector({
  service_id: 'close',
  unified_api: 'crm',
  state: 'callable',
  validation_support: true,
  form_fields: [apiKeyField],
  settings: { api_key: INVALID_CREDENTIAL },
})

interface DemoProps {
  serviceId: string
  allowActions?: readonly ManageAction[]
}

/** Reads the connection from the mock API, then renders its actions. */
function ConnectionActionsDemo({ serviceId, allowActions }: DemoProps) {
  const { data, error } = useConnection({ unifiedApi: 'crm', serviceId })
  if (error) {
    return <p role="alert">{error.message}</p>
  }
  if (!data) {
    return <p role="status">Loading…</p>
  }
  return (
    <IntegrationsRoot>
      <ConnectionActions
        connection={data}
        allowActions={allowActions}
        redirectUri={mockOAuthUrls().redirectUri}
      />
    </IntegrationsRoot>
  )
}

const meta = {
  title: 'Components/ConnectionActions',
  component: ConnectionActionsDemo,
  args: { serviceId: 'salesforce' },
  parameters: { mockVault: { connectors: [salesforce, hubspot, pipedrive, close] } },
} satisfies Meta<typeof ConnectionActionsDemo>

export default meta
type Story = StoryObj<typeof meta>

/** An authorized OAuth connection: every action. */
export const Connected: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('switch', { name: 'Enabled' })).toBeChecked()
    for (const name of ['Test connection', 'Re-authorize', 'Disconnect', 'Import credentials']) {
      await expect(canvas.getByRole('button', { name })).toBeInTheDocument()
    }
    await expect(canvas.getByRole('button', { name: 'Delete connection' })).toBeInTheDocument()
  },
}

export const Disabled: Story = {
  args: { serviceId: 'hubspot' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('switch', { name: 'Enabled' })).not.toBeChecked()
  },
}

/** The server refuses: the switch returns to on and the reason is shown with Try again. */
export const DisableFails: Story = {
  parameters: {
    mockVault: {
      connectors: [salesforce],
      faults: [{ match: { method: 'PATCH' }, fault: { status: 500 } }],
    },
  },
  play: async ({ canvas }) => {
    const toggle = await canvas.findByRole('switch', { name: 'Enabled' })
    await userEvent.click(toggle)
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      /Salesforce could not be disabled\. The service ran into a problem\./,
    )
    await expect(toggle).toBeChecked()
  },
}

export const TestConnectionWorks: Story = {
  args: { serviceId: 'pipedrive' },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Test connection' }))
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Connection works'))
  },
}

export const InvalidCredentials: Story = {
  args: { serviceId: 'close' },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Test connection' }))
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        'Invalid credentials — update your settings',
      ),
    )
  },
}

/** The confirmation, open: Cancel is focused first. */
export const DeleteConfirmation: Story = {
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete connection' }))
    const page = within(canvasElement.ownerDocument.body)
    // The question itself: a frame says "Loading…" until its chunk is in.
    await page.findByRole('button', { name: 'Delete Salesforce' })
    const dialog = page.getByRole('alertdialog', { name: 'Delete Salesforce?' })
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
  },
}

export const Deleted: Story = {
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete connection' }))
    const page = within(canvasElement.ownerDocument.body)
    await userEvent.click(await page.findByRole('button', { name: 'Delete Salesforce' }))
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('Salesforce is deleted'),
    )
  },
}

/** `allowActions={['delete']}`: the host allows only Delete. */
export const OnlyDelete: Story = {
  args: { allowActions: ['delete'] },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Delete connection' })).toBeVisible()
    await expect(canvas.queryByRole('switch')).toBeNull()
  },
}

/** `allowActions={[]}`: nothing to manage. */
export const NoActions: Story = {
  args: { allowActions: [] },
}
