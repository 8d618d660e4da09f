import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import { createVaultAdapter, RevokeButton, type Connection } from 'integrations-kit'
import { createMockVault, generateConnector } from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../../utils'
import { postFrom, stubWindowOpen } from '../../support/fake-popup'

const origin = window.location.origin
const redirectUri = `${origin}/mock-oauth/callback.html`
const ref = { unifiedApi: 'crm', serviceId: 'salesforce' }

const vault = createMockVault({
  connectors: [
    generateConnector({
      service_id: 'salesforce',
      unified_api: 'crm',
      auth_type: 'oauth2',
      oauth_grant_type: 'authorization_code',
      state: 'callable',
    }),
  ],
  revokeUrl: `${origin}/mock-oauth/consent.html?mode=revoke`,
})
serveMockVault(vault)

beforeEach(() => vault.reset())

const adapter = () => createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })

async function connection(): Promise<Connection> {
  return adapter().getConnection(ref)
}

describe('RevokeButton', () => {
  it('opens revoke_url in the click; on the revoked message refetches and reports the change once', async () => {
    const user = userEvent.setup()
    const { open, popups } = stubWindowOpen()
    const onConnectionChange = vi.fn()
    renderWithProviders(
      <RevokeButton connection={await connection()} redirectUri={redirectUri} />,
      {
        adapter: adapter(),
        callbacks: { onConnectionChange },
      },
    )
    await user.click(screen.getByRole('button', { name: 'Disconnect' }))
    expect(open).toHaveBeenCalledTimes(1)
    const url = new URL(String(open.mock.calls[0]![0]))
    expect(url.searchParams.get('mode')).toBe('revoke')
    expect(url.searchParams.get('redirect_uri')).toBe(redirectUri)
    const nonce = url.searchParams.get('nonce')!
    expect(screen.getByRole('status')).toHaveTextContent('Disconnecting Salesforce…')

    // What the provider's revoke page does, then its return through the callback page.
    vault.revoke(ref)
    postFrom(popups[0]!, origin, { type: 'oauth_revoked', nonce, serviceId: 'salesforce' })

    expect(await screen.findByText('Disconnected from Salesforce')).toBeInTheDocument()
    expect(onConnectionChange).toHaveBeenCalledTimes(1)
    expect(onConnectionChange.mock.calls[0]![0]).toMatchObject({ state: 'added' })
  })

  it('a window closed without revoking is not an error and reports nothing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
      const { popups } = stubWindowOpen()
      const onConnectionChange = vi.fn()
      renderWithProviders(
        <RevokeButton connection={await connection()} redirectUri={redirectUri} />,
        { adapter: adapter(), callbacks: { onConnectionChange } },
      )
      await user.click(screen.getByRole('button', { name: 'Disconnect' }))
      popups[0]!.closed = true
      await vi.advanceTimersByTimeAsync(600)
      // The connection is refetched (the first read was the test's own)…
      await vi.waitFor(() =>
        expect(
          vault.requests.filter(
            (request) =>
              request.method === 'GET' && request.path === '/vault/connections/crm/salesforce',
          ),
        ).toHaveLength(2),
      )
      // …and, unchanged, the button simply goes back to idle.
      await vi.waitFor(() =>
        expect(screen.getByRole('button', { name: 'Disconnect' })).toHaveAttribute(
          'data-state',
          'idle',
        ),
      )
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
      expect(onConnectionChange).not.toHaveBeenCalled()
      expect(vault.connection(ref)?.state).toBe('callable')
    } finally {
      vi.useRealTimers()
    }
  })

  it('a provider error: the page’s own sentence, the provider’s words only quoted', async () => {
    const user = userEvent.setup()
    const { open, popups } = stubWindowOpen()
    const onConnectionChange = vi.fn()
    renderWithProviders(
      <RevokeButton connection={await connection()} redirectUri={redirectUri} />,
      { adapter: adapter(), callbacks: { onConnectionChange } },
    )
    await user.click(screen.getByRole('button', { name: 'Disconnect' }))
    const nonce = new URL(String(open.mock.calls[0]![0])).searchParams.get('nonce')!
    postFrom(popups[0]!, origin, {
      type: 'oauth_error',
      error: 'server_error',
      errorDescription: `Call +1 555 0100 to keep your data. ${'x'.repeat(300)}`,
      nonce,
      serviceId: 'salesforce',
    })
    const alert = await screen.findByRole('alert')
    expect(alert.querySelector('[data-ik-slot="revoke-alert-title"]')).toHaveTextContent(
      /^Could not disconnect Salesforce$/,
    )
    expect(within(alert).getByText(/^Message from the provider:/)).toHaveTextContent(
      /^Message from the provider: “Call \+1 555 0100 to keep your data\. x+…”$/,
    )
    expect(alert).not.toHaveTextContent('x'.repeat(250))
    expect(onConnectionChange).not.toHaveBeenCalled()
    expect(vault.connection(ref)?.state).toBe('callable')
  })

  it('a blocked window says so', async () => {
    const user = userEvent.setup()
    stubWindowOpen(() => null)
    renderWithProviders(
      <RevokeButton connection={await connection()} redirectUri={redirectUri} />,
      {
        adapter: adapter(),
      },
    )
    await user.click(screen.getByRole('button', { name: 'Disconnect' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your browser blocked the sign-in window',
    )
  })
})
