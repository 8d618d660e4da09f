/**
 * The page a same-tab sign-in returns to, opened by links anyone could craft: a made-up nonce, a
 * replayed one, an expired attempt, another connector, provider text in the link, no attempt at all.
 * None may change what the page shows or send anything but the catalog request; each leaves a clean
 * URL. A genuine return is confirmed once and said once; a genuine error is said in the page's own
 * words, with the provider's only as a short quote.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createVaultAdapter, IntegrationsPage } from 'integrations-kit'
import { resumeSameTabAuthorization, startSameTabAuthorization } from '../../../src/oauth/same-tab'
import { createMockVault, generateConnector, mockConfirmToken } from 'integrations-kit/testing/msw'
import { PROVIDER_MESSAGE_MAX_LENGTH } from '../../../src/oauth/provider-message'
import { SAME_TAB_ATTEMPT_TTL_MS } from '../../../src/oauth/same-tab'
import { renderWithProviders } from '../../utils'
import { createFakeHost } from '../../support/fake-host'

const origin = window.location.origin
const hubspot = { unifiedApi: 'crm', serviceId: 'hubspot' }
const salesforce = { unifiedApi: 'crm', serviceId: 'salesforce' }
const oauthConnector = (serviceId: string, name: string) =>
  generateConnector({
    service_id: serviceId,
    name,
    unified_api: 'crm',
    auth_type: 'oauth2',
    oauth_grant_type: 'authorization_code',
    state: 'added',
  })

const vault = createMockVault({
  connectors: [oauthConnector('hubspot', 'HubSpot'), oauthConnector('salesforce', 'Salesforce')],
})
const server = setupServer(...vault.handlers)

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' })
  // The page loads its details panel lazily; load it once here, not inside the first test's time.
  await import('../../../components/details/ConnectionDetails')
})
afterAll(() => server.close())
beforeEach(() => vault.reset())
afterEach(() => {
  server.resetHandlers()
  window.sessionStorage.clear()
  window.history.replaceState(null, '', '/')
  vi.useRealTimers()
  expect(vault.violations).toEqual([])
})

const PHISHING = 'Your account is locked. Call +1 555 0100 to restore access.'

/** This tab starts a same-tab attempt (what "Continue in this tab" does before leaving). */
function startAttempt(nonce: string, ref = hubspot) {
  startSameTabAuthorization({
    redirectUri: `${origin}/oauth/callback`,
    buildUrl: () => 'https://provider.example/authorize',
    nonce,
    ref,
    hostWindow: createFakeHost(`${origin}/integrations`).asWindow(),
  })
}

/** The tab arrives at the page with `hash` (a result, genuine or not), and the page renders. */
async function arrive(hash: string) {
  window.history.replaceState(null, '', `/integrations#${hash}`)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  renderWithProviders(<IntegrationsPage />, { adapter })
  // `hidden`: a panel that opened makes the page behind it inert.
  await screen.findByRole('button', { name: /^HubSpot/, hidden: true })
}

function requests() {
  return vault.requests.map((request) => `${request.method} ${request.path}`)
}

function confirms() {
  return vault.requests.filter((request) => request.path.endsWith('/confirm'))
}

const success = (nonce: string, serviceId = 'hubspot') =>
  `nonce=${nonce}&confirm_token=${mockConfirmToken(serviceId, nonce)}&service_id=${serviceId}`

async function expectNothingHappened() {
  // Long enough for a panel to open and a confirm to be sent, had either been going to happen.
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(screen.queryByRole('dialog')).toBeNull()
  expect(screen.queryByRole('alert')).toBeNull()
  expect(document.body).not.toHaveTextContent(/Call \+1 555|Connected to|could not|denied/i)
  expect(requests()).toEqual(['GET /vault/connections'])
  expect(vault.connection(hubspot)?.state).toBe('added')
  expect(window.location.href).toBe(`${origin}/integrations`)
}

describe('a forged same-tab return changes nothing', () => {
  it('with a made-up nonce', async () => {
    startAttempt('n1')
    await arrive(success('guessed'))
    await expectNothingHappened()
  })

  it('with no stored attempt at all', async () => {
    await arrive(success('n1'))
    await expectNothingHappened()
  })

  it('for another connector than the attempt', async () => {
    startAttempt('n1', salesforce)
    await arrive(success('n1', 'hubspot'))
    await expectNothingHappened()
    expect(vault.connection(salesforce)?.state).toBe('added')
  })

  it('after the attempt expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() - SAME_TAB_ATTEMPT_TTL_MS - 1000 })
    startAttempt('n1')
    vi.useRealTimers()
    await arrive(success('n1'))
    await expectNothingHappened()
  })

  it('with provider text in the link and no nonce', async () => {
    startAttempt('n1')
    await arrive(
      `error_type=access_denied&error_message=${encodeURIComponent(PHISHING)}&service_id=hubspot`,
    )
    await expectNothingHappened()
  })

  it('with provider text in the link and a made-up nonce', async () => {
    startAttempt('n1')
    await arrive(
      `error_type=server_error&error_message=${encodeURIComponent(PHISHING)}&nonce=guessed&service_id=hubspot`,
    )
    await expectNothingHappened()
  })

  it('replayed: the second use of a genuine return', async () => {
    startAttempt('n1')
    // The first use, as the page's first load made it (a genuine return is tested below).
    window.history.replaceState(null, '', `/integrations#${success('n1')}`)
    expect(resumeSameTabAuthorization()).not.toBeNull()
    await arrive(success('n1'))
    await expectNothingHappened()
  })
})

describe('a genuine same-tab return', () => {
  it('is confirmed once and said once, after the backend confirmed it', async () => {
    // The confirm is held until the test lets it through to the mock Vault.
    let answerConfirm = () => {}
    const held = new Promise<void>((resolve) => (answerConfirm = resolve))
    server.use(
      http.post(`${vault.baseUrl}/vault/connections/crm/hubspot/confirm`, async () => {
        await held
      }),
    )
    startAttempt('n1')
    await arrive(success('n1'))
    const dialog = await screen.findByRole('dialog', { name: 'HubSpot' })
    expect(await within(dialog).findByText('Finishing connection to HubSpot…')).toBeVisible()
    expect(dialog).not.toHaveTextContent('Connected to HubSpot')
    answerConfirm()
    await within(dialog).findByText('Connected to HubSpot')
    // The panel has caught up with the new state (Connect went away), and still says it once.
    await waitFor(() =>
      expect(within(dialog).queryByRole('button', { name: 'Connect' })).toBeNull(),
    )
    expect(within(dialog).getAllByText('Connected to HubSpot')).toHaveLength(1)
    expect(confirms()).toHaveLength(1)
    expect(vault.connection(hubspot)?.state).toBe('callable')
    expect(window.location.href).toBe(`${origin}/integrations`)
  })

  it('with an error: the page’s own sentence, the provider’s words only as a short quote', async () => {
    const long = `${PHISHING} ${'x'.repeat(400)}`
    startAttempt('n1')
    await arrive(
      `error_type=server_error&error_message=${encodeURIComponent(`<img src=x onerror=alert(1)> ${long}`)}&nonce=n1&service_id=hubspot`,
    )
    const dialog = await screen.findByRole('dialog', { name: 'HubSpot' })
    const alert = await within(dialog).findByRole('alert')
    expect(alert.firstElementChild).toHaveTextContent(/^Could not connect to HubSpot$/)
    const quote = alert.querySelector('[data-ik-slot="provider-message"]')!
    expect(quote.textContent).toMatch(/^Message from the provider: “<img src=x .*…”$/)
    const excerpt = quote.querySelector('bdi')!.textContent!
    expect(Array.from(excerpt).length).toBeLessThanOrEqual(PROVIDER_MESSAGE_MAX_LENGTH)
    expect(alert).not.toHaveTextContent(long)
    expect(dialog.querySelector('img[src="x"]')).toBeNull()
    expect(confirms()).toHaveLength(0)
    expect(window.location.href).toBe(`${origin}/integrations`)
  })
})
