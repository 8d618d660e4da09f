import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import { AuthorizeButton, createVaultAdapter, type Connection } from 'integrations-kit'
import { createMockVault, generateConnector, mockConfirmToken } from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../../utils'
import { createFakePopup, postFrom, stubWindowOpen, type FakePopup } from '../../support/fake-popup'

const origin = window.location.origin
const redirectUri = `${origin}/mock-oauth/callback.html`

const oauthConnector = generateConnector({
  service_id: 'salesforce',
  unified_api: 'crm',
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
  state: 'added',
})
const availableOAuthConnector = generateConnector({
  service_id: 'hubspot',
  unified_api: 'crm',
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
  state: 'available',
})
const clientCredentialsConnector = generateConnector({
  service_id: 'netsuite',
  unified_api: 'accounting',
  auth_type: 'oauth2',
  oauth_grant_type: 'client_credentials',
  state: 'added',
})

const vault = createMockVault({
  connectors: [oauthConnector, availableOAuthConnector, clientCredentialsConnector],
  consentUrl: `${origin}/mock-oauth/consent.html`,
})
serveMockVault(vault)
const ref = { unifiedApi: 'crm', serviceId: 'salesforce' }

beforeEach(() => vault.reset())

function adapter() {
  return createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
}

/** The connection as the API lists it (authorize_url and all). */
async function listed(serviceId: string): Promise<Connection> {
  const connections = await adapter().listConnections()
  const connection = connections.find((item) => item.service_id === serviceId)
  if (!connection) {
    throw new Error(`no ${serviceId}`)
  }
  return connection
}

function renderButton(connection: Connection) {
  const onConnectionChange = vi.fn()
  const onEvent = vi.fn()
  const { unmount } = renderWithProviders(
    <AuthorizeButton connection={connection} redirectUri={redirectUri} />,
    { adapter: adapter(), callbacks: { onConnectionChange, onEvent } },
  )
  return { onConnectionChange, onEvent, unmount }
}

function confirmRequests() {
  return vault.requests.filter((request) => request.path.endsWith('/confirm'))
}

function openedUrl(open: ReturnType<typeof stubWindowOpen>['open'], call = 0): URL {
  return new URL(String(open.mock.calls[call]![0]))
}

/** The provider window answers the first attempt with access denied (its nonce, Salesforce). */
function denyFromPopup({ open, popups }: ReturnType<typeof stubWindowOpen>) {
  postFrom(popups[0]!, origin, {
    type: 'oauth_error',
    error: 'access_denied',
    errorDescription: 'The user denied access to Salesforce.',
    nonce: openedUrl(open).searchParams.get('nonce')!,
    serviceId: 'salesforce',
  })
}

describe('AuthorizeButton (OAuth authorization_code)', () => {
  it('opens the provider window synchronously in the click, with a nonce and the URL-encoded redirect_uri', async () => {
    const { open } = stubWindowOpen()
    renderButton(await listed('salesforce'))
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }))
    // No await between the click and this line: the window was opened inside the gesture.
    expect(open).toHaveBeenCalledTimes(1)
    const raw = String(open.mock.calls[0]![0])
    expect(raw).toContain(`redirect_uri=${encodeURIComponent(redirectUri)}`)
    const url = openedUrl(open)
    expect(url.origin + url.pathname).toBe(`${origin}/mock-oauth/consent.html`)
    expect(url.searchParams.get('nonce')).toMatch(/^[0-9a-f-]{16,}$/)
    expect(await screen.findByRole('status')).toHaveTextContent('Waiting for Salesforce…')
  })

  it('Allow: ignores forged messages, then confirms, shows Connected and reports the change once', async () => {
    const user = userEvent.setup()
    const { open, popups } = stubWindowOpen()
    const { onConnectionChange, onEvent } = renderButton(await listed('salesforce'))
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    const nonce = openedUrl(open).searchParams.get('nonce')!
    const popup = popups[0]!
    const message = {
      type: 'oauth_complete',
      nonce,
      confirmToken: mockConfirmToken('salesforce', nonce),
      serviceId: 'salesforce',
    }

    postFrom(popup, 'https://evil.example', message)
    postFrom(popup, origin, { ...message, nonce: 'guessed' })
    postFrom(createFakePopup(), origin, message)
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(confirmRequests()).toHaveLength(0)
    expect(screen.getByRole('status')).toHaveTextContent('Waiting for Salesforce…')

    postFrom(popup, origin, message)
    expect(await screen.findByText('Connected to Salesforce')).toBeInTheDocument()
    expect(confirmRequests()).toHaveLength(1)
    expect(confirmRequests()[0]!.body).toEqual({ confirm_token: message.confirmToken })
    expect(vault.connection(ref)?.state).toBe('callable')
    expect(onConnectionChange).toHaveBeenCalledTimes(1)
    expect(onConnectionChange.mock.calls[0]![0]).toMatchObject({
      service_id: 'salesforce',
      state: 'callable',
    })
    expect(onEvent.mock.calls.map(([event]) => event.type)).toEqual([
      'connect_started',
      'connect_succeeded',
    ])
  })

  it('Deny: says access was denied, offers Try again, and confirms nothing', async () => {
    const user = userEvent.setup()
    const { open, popups } = stubWindowOpen()
    const { onConnectionChange, onEvent } = renderButton(await listed('salesforce'))
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    denyFromPopup({ open, popups })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Access to Salesforce was denied.')
    expect(alert).toHaveTextContent(
      'Message from the provider: “The user denied access to Salesforce.”',
    )
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    expect(confirmRequests()).toHaveLength(0)
    expect(onConnectionChange).not.toHaveBeenCalled()
    expect(onEvent).toHaveBeenLastCalledWith(
      expect.objectContaining({ type: 'connect_failed', reason: 'access_denied' }),
    )
    expect(vault.connection(ref)?.state).toBe('added')
  })

  it('provider text is never the page’s own sentence: only a short quote, labelled as the provider’s', async () => {
    const user = userEvent.setup()
    const { open, popups } = stubWindowOpen()
    renderButton(await listed('salesforce'))
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    const nonce = openedUrl(open).searchParams.get('nonce')!
    const phishing = `Your account is locked.\u202e Call +1 555 0100 now. ${'!'.repeat(300)}`
    postFrom(popups[0]!, origin, {
      type: 'oauth_error',
      error: 'server_error',
      errorDescription: phishing,
      nonce,
      serviceId: 'salesforce',
    })
    const alert = await screen.findByRole('alert')
    expect(alert.querySelector('[data-ik-slot="authorize-alert-title"]')).toHaveTextContent(
      /^Could not connect to Salesforce$/,
    )
    const quoted = within(alert).getByText(/^Message from the provider:/)
    expect(quoted).toHaveTextContent(
      /^Message from the provider: “Your account is locked\. Call .*…”$/,
    )
    expect(quoted.querySelector('bdi')!.textContent!.length).toBeLessThanOrEqual(200)
    expect(alert).not.toHaveTextContent(phishing)
  })

  it('a closed window is advisory: "Still waiting?" with Reopen and Cancel, no alert', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
      const { open, popups } = stubWindowOpen()
      renderButton(await listed('salesforce'))
      await user.click(screen.getByRole('button', { name: 'Connect' }))
      popups[0]!.closed = true
      await vi.advanceTimersByTimeAsync(600)
      expect(await screen.findByText(/Still waiting\?/)).toBeInTheDocument()
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
      await user.click(screen.getByRole('button', { name: 'Reopen' }))
      expect(open).toHaveBeenCalledTimes(2)
      expect(screen.getByRole('status')).toHaveTextContent('Waiting for Salesforce…')
      await user.click(screen.getByRole('button', { name: 'Cancel' }))
      expect(screen.getByRole('status')).toHaveTextContent('')
      expect(popups[1]!.close).toHaveBeenCalled()
    } finally {
      vi.useRealTimers()
    }
  })

  it('a blocked window says so and offers Try again and Continue in this tab', async () => {
    const user = userEvent.setup()
    let calls = 0
    const { open } = stubWindowOpen(() => (++calls === 1 ? null : createFakePopup()))
    renderButton(await listed('salesforce'))
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Your browser blocked the sign-in window')
    expect(screen.getByRole('button', { name: 'Continue in this tab' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(open).toHaveBeenCalledTimes(2)
    expect(await screen.findByText('Waiting for Salesforce…')).toBeInTheDocument()
  })

  it('an attempt left while its window is blocked or open (the panel closed) ends its funnel as cancelled, once', async () => {
    const user = userEvent.setup()
    stubWindowOpen(() => null)
    const blocked = renderButton(await listed('salesforce'))
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('blocked the sign-in window')
    blocked.unmount()
    expect(blocked.onEvent.mock.calls.map(([event]) => event.type)).toEqual([
      'connect_started',
      'connect_cancelled',
    ])
    expect(blocked.onEvent).toHaveBeenLastCalledWith(
      expect.objectContaining({ serviceId: 'salesforce', method: 'oauth' }),
    )

    const { popups } = stubWindowOpen()
    const waiting = renderButton(await listed('salesforce'))
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(await screen.findByText('Waiting for Salesforce…')).toBeInTheDocument()
    waiting.unmount()
    expect(popups[0]!.close).toHaveBeenCalled()
    expect(waiting.onEvent.mock.calls.map(([event]) => event.type)).toEqual([
      'connect_started',
      'connect_cancelled',
    ])
  })

  it('an attempt that reached its outcome reports nothing more when the panel closes', async () => {
    const user = userEvent.setup()
    const { open, popups } = stubWindowOpen()
    const { onEvent, unmount } = renderButton(await listed('salesforce'))
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    denyFromPopup({ open, popups })
    expect(await screen.findByRole('alert')).toHaveTextContent('denied')
    unmount()
    expect(onEvent.mock.calls.map(([event]) => event.type)).toEqual([
      'connect_started',
      'connect_failed',
    ])
  })

  it('a blocked window does not offer this tab where the attempt cannot be kept to verify its return', async () => {
    const user = userEvent.setup()
    stubWindowOpen(() => null)
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    renderButton(await listed('salesforce'))
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Allow pop-ups for this site, then try again.')
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    expect(within(alert).queryByRole('button', { name: 'Continue in this tab' })).toBeNull()
  })

  it('a double click opens one window', async () => {
    const user = userEvent.setup()
    const { open, popups } = stubWindowOpen()
    renderButton(await listed('salesforce'))
    await user.dblClick(screen.getByRole('button', { name: 'Connect' }))
    expect(open).toHaveBeenCalledTimes(1)
    expect(popups[0]!.focus).toHaveBeenCalled()
  })

  it('an available connector: opens a blank window in the click, adds it, then navigates to the provider', async () => {
    let popup: FakePopup | undefined
    const { open } = stubWindowOpen((url) => (popup = createFakePopup(url)))
    renderButton(await listed('hubspot'))
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }))
    expect(open).toHaveBeenCalledTimes(1)
    expect(open.mock.calls[0]![0]).toBe('about:blank')
    await waitFor(() => expect(popup!.location.href).toContain('/mock-oauth/consent.html'))
    const url = new URL(popup!.location.href)
    expect(url.searchParams.get('redirect_uri')).toBe(redirectUri)
    expect(url.searchParams.get('nonce')).toBeTruthy()
    expect(vault.connection({ unifiedApi: 'crm', serviceId: 'hubspot' })?.state).toBe('added')
  })

  it('keyboard: Enter on the focused button starts the flow', async () => {
    const user = userEvent.setup()
    const { open } = stubWindowOpen()
    renderButton(await listed('salesforce'))
    await user.tab()
    expect(screen.getByRole('button', { name: 'Connect' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(open).toHaveBeenCalledTimes(1)
  })
})

describe('AuthorizeButton (token grants and preconditions)', () => {
  it('client_credentials: POST …/token, no window', async () => {
    const user = userEvent.setup()
    const { open } = stubWindowOpen()
    const { onConnectionChange } = renderButton(await listed('netsuite'))
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(await screen.findByText('Connected to Netsuite')).toBeInTheDocument()
    expect(open).not.toHaveBeenCalled()
    expect(
      vault.requests.filter(
        (request) => request.method === 'POST' && request.path.endsWith('/token'),
      ),
    ).toHaveLength(1)
    expect(onConnectionChange).toHaveBeenCalledTimes(1)
  })

  it('needs_configuration: says up front that an admin must configure it; the button is disabled', async () => {
    const { open } = stubWindowOpen()
    const user = userEvent.setup()
    renderButton({ ...(await listed('salesforce')), integration_state: 'needs_configuration' })
    expect(screen.getByRole('status')).toHaveTextContent(/Ask an administrator/)
    const button = screen.getByRole('button', { name: 'Connect' })
    expect(button).toBeDisabled()
    expect(button).toHaveAccessibleDescription(/Ask an administrator/)
    await user.click(button)
    expect(open).not.toHaveBeenCalled()
  })

  it('settings required for authorization come first', async () => {
    const { open } = stubWindowOpen()
    const user = userEvent.setup()
    const onConnectionChange = vi.fn()
    renderWithProviders(
      <AuthorizeButton
        connection={{
          ...(await listed('salesforce')),
          settings_required_for_authorization: ['instance_url'],
        }}
        redirectUri={redirectUri}
        renderNeedsSettings={(ids) => <p>Fill in: {ids.join(', ')}</p>}
      />,
      { adapter: adapter(), callbacks: { onConnectionChange } },
    )
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(screen.getByText('Fill in: instance_url')).toBeInTheDocument()
    expect(open).not.toHaveBeenCalled()
  })

  it('says Re-authorize for a connection that already has credentials', async () => {
    renderButton({ ...(await listed('salesforce')), state: 'callable' })
    expect(screen.getByRole('button', { name: 'Re-authorize' })).toHaveAttribute(
      'data-state',
      'idle',
    )
  })
})
