/**
 * RevokeButton: idle, blocked, and the live revoke window on the demo's fake provider
 * (public/mock-oauth/consent.html?mode=revoke), whose Disconnect reaches the mock Vault through the
 * Storybook-only listener in decorators.tsx.
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import { RevokeButton, useConnection } from 'integrations-kit'
import { generateConnector } from 'integrations-kit/testing'
import { expect, userEvent } from 'storybook/test'
import { mockOAuthUrls } from './decorators'

const connected = generateConnector({
  service_id: 'hubspot',
  unified_api: 'crm',
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
  state: 'callable',
})

function RevokeButtonDemo() {
  const { data, error } = useConnection({ unifiedApi: 'crm', serviceId: 'hubspot' })
  if (error) {
    return <p role="alert">{error.message}</p>
  }
  if (!data) {
    return <p role="status">Loading…</p>
  }
  return (
    <div data-ik-styled="true" data-ik-theme="">
      <p>State: {data.state}</p>
      <RevokeButton connection={data} redirectUri={mockOAuthUrls().redirectUri} />
    </div>
  )
}

const meta = {
  title: 'Components/RevokeButton',
  component: RevokeButtonDemo,
  parameters: { mockVault: { connectors: [connected] } },
} satisfies Meta<typeof RevokeButtonDemo>

export default meta
type Story = StoryObj<typeof meta>

export const Idle: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Disconnect' })).toBeEnabled()
  },
}

export const Blocked: Story = {
  beforeEach: () => {
    const original = window.open
    window.open = () => null
    return () => {
      window.open = original
    }
  },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Disconnect' }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Your browser blocked the sign-in window',
    )
  },
}

/** The real window: click Disconnect, then Disconnect on the provider page. */
export const LiveRevoke: Story = {}
