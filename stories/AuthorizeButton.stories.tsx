/**
 * AuthorizeButton: one story per state. Data comes from the story's mock Vault (decorators.tsx), so
 * the button sees what the API answers. The window states (waiting, closed, blocked) stand in for
 * the browser's `window.open` for the story's duration: the only way to show a blocked popup on
 * purpose. "Live popup" uses the real window and the demo's fake provider (public/mock-oauth/).
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import { AuthorizeButton, useConnection } from 'integrations-kit'
import { generateConnector } from 'integrations-kit/testing'
import { expect, userEvent } from 'storybook/test'
import { mockOAuthUrls } from './decorators'

const oauth = generateConnector({
  service_id: 'salesforce',
  unified_api: 'crm',
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
  state: 'added',
})
const connected = generateConnector({
  service_id: 'hubspot',
  unified_api: 'crm',
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
  state: 'callable',
})
const tokenGrant = generateConnector({
  service_id: 'netsuite',
  unified_api: 'accounting',
  auth_type: 'oauth2',
  oauth_grant_type: 'client_credentials',
  state: 'added',
})
const unconfigured = generateConnector({
  service_id: 'pipedrive',
  unified_api: 'crm',
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
  state: 'added',
  integration_state: 'needs_configuration',
})

interface DemoProps {
  unifiedApi: string
  serviceId: string
}

/** Reads the connection from the mock API, then renders the button for it. */
function AuthorizeButtonDemo({ unifiedApi, serviceId }: DemoProps) {
  const { data, error } = useConnection({ unifiedApi, serviceId })
  if (error) {
    return <p role="alert">{error.message}</p>
  }
  if (!data) {
    return <p role="status">Loading…</p>
  }
  return (
    <div data-ik-styled="true" data-ik-theme="">
      <AuthorizeButton connection={data} redirectUri={mockOAuthUrls().redirectUri} />
    </div>
  )
}

/** A stand-in popup the play functions can "close". */
interface StoryPopup {
  closed: boolean
  location: { href: string }
  focus(): void
  close(): void
}

let storyPopup: StoryPopup | null = null

/** Replaces `window.open` for one story; `blocked` makes it return null like a popup blocker. */
function stubWindowOpen(blocked: boolean) {
  return () => {
    const original = window.open
    window.open = () => {
      if (blocked) {
        return null
      }
      storyPopup = {
        closed: false,
        location: { href: 'about:blank' },
        focus() {},
        close() {
          this.closed = true
        },
      }
      return storyPopup as unknown as Window
    }
    return () => {
      window.open = original
      storyPopup = null
    }
  }
}

const meta = {
  title: 'Components/AuthorizeButton',
  component: AuthorizeButtonDemo,
  args: { unifiedApi: 'crm', serviceId: 'salesforce' },
  parameters: { mockVault: { connectors: [oauth, connected, tokenGrant, unconfigured] } },
} satisfies Meta<typeof AuthorizeButtonDemo>

export default meta
type Story = StoryObj<typeof meta>

export const Connect: Story = {
  play: async ({ canvas }) => {
    const button = await canvas.findByRole('button', { name: 'Connect' })
    await expect(button).toHaveAttribute('data-state', 'idle')
  },
}

export const Reauthorize: Story = {
  args: { serviceId: 'hubspot' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Re-authorize' })).toBeEnabled()
  },
}

export const Waiting: Story = {
  beforeEach: stubWindowOpen(false),
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Connect' }))
    await expect(await canvas.findByText('Waiting for Salesforce…')).toBeInTheDocument()
    await expect(canvas.getByRole('button', { name: 'Cancel' })).toBeInTheDocument()
  },
}

export const Closed: Story = {
  beforeEach: stubWindowOpen(false),
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Connect' }))
    if (storyPopup) {
      storyPopup.closed = true
    }
    await expect(await canvas.findByText(/Still waiting\?/)).toBeInTheDocument()
    await expect(canvas.getByRole('button', { name: 'Reopen' })).toBeInTheDocument()
  },
}

export const Blocked: Story = {
  beforeEach: stubWindowOpen(true),
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Connect' }))
    const alert = await canvas.findByRole('alert')
    await expect(alert).toHaveTextContent('Your browser blocked the sign-in window')
    await expect(canvas.getByRole('button', { name: 'Continue in this tab' })).toBeInTheDocument()
  },
}

export const TokenGrant: Story = {
  args: { unifiedApi: 'accounting', serviceId: 'netsuite' },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Connect' }))
    await expect(await canvas.findByText('Connected to Netsuite')).toBeInTheDocument()
  },
}

export const NeedsConfiguration: Story = {
  args: { serviceId: 'pipedrive' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Connect' })).toBeDisabled()
    await expect(canvas.getByText(/Ask an administrator/)).toBeInTheDocument()
  },
}

/** The real thing: a popup with the demo's fake provider. Click Connect, then Allow or Deny. */
export const LivePopup: Story = {}
