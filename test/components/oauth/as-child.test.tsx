// @module-tag panel
/**
 * asChild on AuthorizeButton and RevokeButton: the host's own element (a link, a button component
 * of its design system) is rendered instead of ours, receives our handlers, aria and data
 * attributes and disabled state, and still drives the OAuth flow against the mock Vault.
 */
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ComponentProps } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import {
  AuthorizeButton,
  createVaultAdapter,
  RevokeButton,
  type Connection,
} from 'integrations-kit'
import { createMockVault, generateConnector, mockConfirmToken } from 'integrations-kit/testing/msw'
import { postFrom, stubWindowOpen } from '../../support/fake-popup'
import { renderWithProviders } from '../../utils'

const origin = window.location.origin
const redirectUri = `${origin}/mock-oauth/callback.html`

const vault = createMockVault({
  connectors: [
    generateConnector({
      service_id: 'salesforce',
      unified_api: 'crm',
      auth_type: 'oauth2',
      oauth_grant_type: 'authorization_code',
      state: 'added',
    }),
    generateConnector({
      service_id: 'hubspot',
      unified_api: 'crm',
      auth_type: 'oauth2',
      oauth_grant_type: 'authorization_code',
      state: 'callable',
    }),
  ],
  consentUrl: `${origin}/mock-oauth/consent.html`,
  revokeUrl: `${origin}/mock-oauth/consent.html?mode=revoke`,
})
serveMockVault(vault)

beforeEach(() => vault.reset())

const adapter = () => createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })

async function listed(serviceId: string): Promise<Connection> {
  const connection = (await adapter().listConnections()).find((c) => c.service_id === serviceId)
  if (!connection) {
    throw new Error(`no ${serviceId}`)
  }
  return connection
}

/** A design system's button: its own class and markup, props passed through. */
function HostButton({ className, ...props }: ComponentProps<'button'>) {
  return <button type="button" className={['host-button', className].join(' ')} {...props} />
}

describe('AuthorizeButton asChild', () => {
  it('renders the host link with our handlers and attributes, and connects through it', async () => {
    const user = userEvent.setup()
    const { open, popups } = stubWindowOpen()
    const onClick = vi.fn()
    renderWithProviders(
      <AuthorizeButton
        asChild
        connection={await listed('salesforce')}
        redirectUri={redirectUri}
        onClick={onClick}
      >
        <a href="#connect" className="host-link">
          Link Salesforce
        </a>
      </AuthorizeButton>,
      { adapter: adapter() },
    )
    // No button of ours: the host's link is the control, with its own label and class.
    expect(screen.queryByRole('button', { name: 'Connect' })).not.toBeInTheDocument()
    const link = screen.getByRole('link', { name: 'Link Salesforce' })
    expect(link).toHaveClass('host-link')
    expect(link).toHaveAttribute('data-ik-slot', 'button')
    expect(link).toHaveAttribute('data-state', 'idle')
    expect(link).not.toHaveAttribute('type')
    // aria-describedby points at our live status line.
    const describedBy = link.getAttribute('aria-describedby')!
    expect(document.getElementById(describedBy)).toHaveAttribute('role', 'status')

    await user.click(link)
    expect(onClick).toHaveBeenCalledTimes(1)
    expect(open).toHaveBeenCalledTimes(1)
    expect(link).toHaveAttribute('data-state', 'waiting')
    expect(screen.getByRole('status')).toHaveTextContent('Waiting for Salesforce…')

    const nonce = new URL(String(open.mock.calls[0]![0])).searchParams.get('nonce')!
    postFrom(popups[0]!, origin, {
      type: 'oauth_complete',
      nonce,
      confirmToken: mockConfirmToken('salesforce', nonce),
      serviceId: 'salesforce',
    })
    expect(await screen.findByText('Connected to Salesforce')).toBeInTheDocument()
    expect(vault.requests.filter((r) => r.path.endsWith('/confirm'))).toHaveLength(1)
  })

  it('passes the disabled state to a host component and ignores clicks while disabled', async () => {
    const user = userEvent.setup()
    const { open } = stubWindowOpen()
    renderWithProviders(
      <AuthorizeButton asChild disabled connection={await listed('salesforce')}>
        <HostButton>Connect Salesforce</HostButton>
      </AuthorizeButton>,
      { adapter: adapter() },
    )
    const button = screen.getByRole('button', { name: 'Connect Salesforce' })
    expect(button).toHaveClass('host-button')
    expect(button).toBeDisabled()
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAttribute('data-disabled')
    await user.click(button)
    expect(open).not.toHaveBeenCalled()
  })

  it('a disabled host link does not open the window either', async () => {
    const { open } = stubWindowOpen()
    renderWithProviders(
      <AuthorizeButton asChild disabled connection={await listed('salesforce')}>
        <a href="#connect">Link Salesforce</a>
      </AuthorizeButton>,
      { adapter: adapter() },
    )
    const link = screen.getByRole('link', { name: 'Link Salesforce' })
    expect(link).toHaveAttribute('aria-disabled', 'true')
    link.click()
    expect(open).not.toHaveBeenCalled()
  })
})

describe('RevokeButton asChild', () => {
  it('renders the host component with our handlers and attributes, and disconnects through it', async () => {
    const user = userEvent.setup()
    const { open, popups } = stubWindowOpen()
    const ref = { unifiedApi: 'crm', serviceId: 'hubspot' }
    renderWithProviders(
      <RevokeButton asChild connection={await listed('hubspot')} redirectUri={redirectUri}>
        <HostButton className="danger">Unlink Hubspot</HostButton>
      </RevokeButton>,
      { adapter: adapter() },
    )
    expect(screen.queryByRole('button', { name: 'Disconnect' })).not.toBeInTheDocument()
    const button = screen.getByRole('button', { name: 'Unlink Hubspot' })
    expect(button).toHaveClass('host-button', 'danger')
    expect(button).toHaveAttribute('data-ik-slot', 'button')
    expect(button).not.toBeDisabled()

    await user.click(button)
    expect(open).toHaveBeenCalledTimes(1)
    expect(button).toHaveAttribute('data-state', 'waiting')
    const nonce = new URL(String(open.mock.calls[0]![0])).searchParams.get('nonce')!
    vault.revoke(ref)
    postFrom(popups[0]!, origin, { type: 'oauth_revoked', nonce, serviceId: 'hubspot' })
    expect(await screen.findByText('Disconnected from Hubspot')).toBeInTheDocument()
    expect((await adapter().getConnection(ref)).state).toBe('added')
  })
})
