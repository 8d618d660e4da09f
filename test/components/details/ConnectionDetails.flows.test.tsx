// @module-tag page
/**
 * The composed details panel, end to end through the drop-in page and the spec-checking mock
 * Vault: connecting with an API key (wrong, then right), a client-credentials grant, resource
 * defaults with a filtered select, the host's allow-list, and the return of a same-tab sign-in.
 */
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import { createVaultAdapter, IntegrationsPage, type IntegrationsPageProps } from 'integrations-kit'
import { startSameTabAuthorization } from '../../../src/oauth/same-tab'
import {
  createMockVault,
  generateConnectors,
  INVALID_CREDENTIAL,
  mockConfirmToken,
  type MockVault,
} from 'integrations-kit/testing/msw'
import { createFakeHost } from '../../support/fake-host'
import { renderWithProviders } from '../../utils'

const { serve } = serveMockVault()
let vault: MockVault | undefined

afterEach(() => {
  window.sessionStorage.clear()
  window.history.replaceState(null, '', '/')
})

/**
 * The page inside a host's provider (test QueryClient), or with `dropIn` as a drop-in that makes
 * its own provider and QueryClient (the library's defaults).
 */
function renderPage(props: Partial<IntegrationsPageProps> = {}, { dropIn = false } = {}) {
  vault = createMockVault({ connectors: generateConnectors(24, 1) })
  serve(vault)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  const user = userEvent.setup()
  if (dropIn) {
    render(<IntegrationsPage adapter={adapter} {...props} />)
  } else {
    renderWithProviders(<IntegrationsPage {...props} />, { adapter })
  }
  return { user, vault }
}

function statusTexts(container: HTMLElement): string[] {
  return within(container)
    .queryAllByRole('status')
    .map((status) => status.textContent ?? '')
}

describe('connecting an API-key connector', () => {
  it('adds it, says why the wrong key failed, and connects with the right one', async () => {
    const { user, vault: mock } = renderPage()
    const ref = { unifiedApi: 'email-marketing', serviceId: 'mailchimp' }
    await user.click(await screen.findByRole('button', { name: /^Mailchimp/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Mailchimp' })
    // Nothing to fill in before it is added: Connect is the one call to action.
    expect(within(dialog).queryByRole('heading', { name: 'Connection settings' })).toBeNull()

    await user.click(within(dialog).getByRole('button', { name: 'Connect' }))
    const apiKey = await within(dialog).findByLabelText(/^API key/)
    // The button that was clicked is gone; focus moves to the first credential.
    await waitFor(() => expect(apiKey).toHaveFocus())
    expect(within(dialog).getByRole('heading', { name: 'Connection settings' })).toBeVisible()
    expect(within(dialog).getByText('Enter your Mailchimp credentials to connect.')).toBeVisible()
    expect(mock.connection(ref)?.state).toBe('added')

    await user.keyboard(INVALID_CREDENTIAL)
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/Could not connect/)
    expect(mock.connection(ref)?.state).toBe('invalid')
    await waitFor(() =>
      expect(dialog.querySelector('[data-ik-slot="details-status"]')).toHaveAttribute(
        'data-state',
        'invalid',
      ),
    )

    await user.clear(apiKey)
    await user.type(apiKey, 'mc-live-key-0001{Enter}')
    await waitFor(() => expect(statusTexts(dialog)).toContain('Connected'))
    expect(within(dialog).queryByText(/Could not connect/)).toBeNull()
    expect(mock.connection(ref)?.state).toBe('callable')
    expect(mock.connection(ref)?.settings).toMatchObject({ api_key: 'mc-live-key-0001' })
  })
})

describe('connecting a client-credentials connector', () => {
  it('asks for the settings authorization needs once, then requests the token by itself', async () => {
    const { user, vault: mock } = renderPage({ unifiedApi: 'hris', serviceId: 'personio' })
    const ref = { unifiedApi: 'hris', serviceId: 'personio' }
    const dialog = await screen.findByRole('dialog', { name: 'Personio' })
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }))
    expect(
      await within(dialog).findByText('Fill in the required settings before connecting Personio.'),
    ).toBeInTheDocument()
    // One form asks for them: no Connection settings section with the same fields underneath.
    expect(within(dialog).getAllByLabelText(/^Client ID/)).toHaveLength(1)
    expect(within(dialog).queryByRole('region', { name: 'Connection settings' })).toBeNull()
    await user.type(within(dialog).getByLabelText(/^Client ID/), 'client-1')
    await user.type(within(dialog).getByLabelText(/^Client secret/), 'secret-1')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))

    // Saving what Connect asked for goes on connecting: no second press of Connect.
    await waitFor(() => expect(mock.connection(ref)?.state).toBe('callable'))
    expect(
      within(dialog).queryByText('Fill in the required settings before connecting Personio.'),
    ).toBeNull()
    await waitFor(() => expect(within(dialog).getAllByLabelText(/^Client ID/)).toHaveLength(1))
    expect(
      mock.requests.some((r) => r.method === 'POST' && r.path.endsWith('/hris/personio/token')),
    ).toBe(true)
    expect(
      await within(dialog).findByText('Connected to Personio', { selector: 'p' }),
    ).toBeVisible()
    await waitFor(() =>
      expect(
        within(dialog).getByText('Connected', { selector: '[data-ik-slot="badge-label"]' }),
      ).toBeInTheDocument(),
    )
    expect(within(dialog).queryByRole('button', { name: 'Connect' })).toBeNull()
  })
})

describe('resource defaults', () => {
  it('loads a resource only when expanded, filters Stage by Pipeline and saves the defaults', async () => {
    const { user, vault: mock } = renderPage(
      { unifiedApi: 'crm', serviceId: 'pipedrive' },
      { dropIn: true },
    )
    const ref = { unifiedApi: 'crm', serviceId: 'pipedrive' }
    const dialog = await screen.findByRole('dialog', { name: 'Pipedrive' })
    const deals = await within(dialog).findByRole('button', { name: /^Deals/ })
    expect(within(dialog).getByRole('heading', { name: 'Resource defaults' })).toBeVisible()
    expect(deals).toHaveAttribute('aria-expanded', 'false')
    // Opening the panel costs the connection and the list, no resource config.
    await waitFor(() =>
      expect(mock.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
        'GET /vault/connections',
        'GET /vault/connections/crm/pipedrive',
      ]),
    )

    deals.focus()
    await user.keyboard('{Enter}')
    expect(deals).toHaveAttribute('aria-expanded', 'true')
    const region = document.getElementById(deals.getAttribute('aria-controls') ?? '')!
    const pipeline = await within(region).findByRole('combobox', { name: /^Pipeline/ })
    expect(mock.requests.filter((r) => r.path.endsWith('/deals/config'))).toHaveLength(1)
    await waitFor(() => expect(deals).toHaveAccessibleName(/Missing required defaults/))

    const stage = within(region).getByRole('combobox', { name: /^Stage/ })
    const stageOptions = () =>
      within(stage)
        .queryAllByRole('option')
        .map((option) => option.textContent)
        .filter((text) => text !== 'Select…')
    expect(stageOptions()).toEqual([])
    await user.selectOptions(pipeline, 'Partnerships')
    expect(stageOptions()).toEqual(['Intro call', 'Negotiation'])
    await user.selectOptions(stage, 'Negotiation')
    await user.click(within(region).getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(statusTexts(region)).toContain('Defaults saved'))
    const defaults = mock.connection(ref)?.configuration?.find((c) => c.resource === 'deals')
    expect(defaults?.defaults).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'pipeline_id', value: '2' }),
        expect.objectContaining({ id: 'stage_id', value: '5' }),
      ]),
    )
    await waitFor(() => expect(deals).not.toHaveAccessibleName(/Missing required defaults/))
    expect(mock.connection(ref)?.state).toBe('callable')

    // Collapsing keeps the form (and what was typed); the button says it is collapsed.
    await user.click(deals)
    expect(deals).toHaveAttribute('aria-expanded', 'false')
    expect(region).not.toBeVisible()
  })
})

describe("the host's allow-list", () => {
  const salesforce = { unifiedApi: 'crm', serviceId: 'salesforce' }

  it('offers every section and action when nothing is restricted', async () => {
    renderPage(salesforce)
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' })
    for (const heading of ['Connection settings', 'Resource defaults', 'Manage']) {
      expect(within(dialog).getByRole('heading', { name: heading })).toBeVisible()
    }
    expect(within(dialog).getByRole('switch', { name: 'Enabled' })).toBeInTheDocument()
    for (const name of ['Test connection', 'Re-authorize', 'Disconnect', 'Delete connection']) {
      expect(within(dialog).getByRole('button', { name })).toBeInTheDocument()
    }
  })

  it('shows only the allowed controls', async () => {
    renderPage({ ...salesforce, allowActions: ['validate', 'resources'] })
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' })
    expect(within(dialog).getByRole('button', { name: 'Test connection' })).toBeInTheDocument()
    expect(within(dialog).getByRole('heading', { name: 'Resource defaults' })).toBeVisible()
    expect(within(dialog).queryByRole('heading', { name: 'Connection settings' })).toBeNull()
    expect(within(dialog).queryByRole('switch')).toBeNull()
    for (const name of ['Re-authorize', 'Disconnect', 'Delete connection', 'Import credentials']) {
      expect(within(dialog).queryByRole('button', { name })).toBeNull()
    }
  })

  it('leaves a read-only panel with an empty list', async () => {
    renderPage({ ...salesforce, allowActions: [] })
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' })
    expect(within(dialog).getByText(/Everything works/)).toBeVisible()
    // Salesforce's consent history stays, with Revoke: consenting to data access is the user's own
    // decision, not one of the connection actions a host allows (Vault's allow_actions).
    await within(dialog).findByRole('heading', { name: 'Data access' })
    // Reading the request logs changes nothing: they stay (behind Show logs, a lazy section).
    await within(dialog).findByRole('heading', { name: 'Request logs' })
    expect(
      within(dialog)
        .queryAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Status', 'Data access', 'Request logs'])
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label') ?? b.textContent),
    ).toEqual(['Close', 'Revoke access', 'Show logs'])
  })

  it('hides the resource defaults with hideResourceSettings', async () => {
    renderPage({ ...salesforce, hideResourceSettings: true })
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' })
    expect(within(dialog).getByRole('heading', { name: 'Connection settings' })).toBeVisible()
    expect(within(dialog).queryByRole('heading', { name: 'Resource defaults' })).toBeNull()
  })
})

describe('special states', () => {
  it('says an administrator must configure the connector, with Connect disabled', async () => {
    renderPage({ unifiedApi: 'ats', serviceId: 'lever' })
    const dialog = await screen.findByRole('dialog', { name: 'Lever' })
    const connect = within(dialog).getByRole('button', { name: 'Connect' })
    expect(connect).toBeDisabled()
    expect(connect).toHaveAccessibleDescription(/has to be set up by an administrator/)
  })

  it('makes the credential form the call to action for invalid API-key credentials', async () => {
    renderPage({ unifiedApi: 'hris', serviceId: 'bamboohr' })
    const dialog = await screen.findByRole('dialog', { name: 'BambooHR' })
    expect(within(dialog).getByText('Enter your BambooHR credentials to connect.')).toBeVisible()
    expect(within(dialog).getByLabelText(/^API key/)).toHaveValue(INVALID_CREDENTIAL)
    expect(within(dialog).queryByRole('button', { name: /Connect|Re-authorize/ })).toBeNull()
  })

  it('offers Authorize first for an added OAuth connector, without Save for info-only settings', async () => {
    renderPage({ unifiedApi: 'crm', serviceId: 'hubspot' })
    const dialog = await screen.findByRole('dialog', { name: 'HubSpot' })
    expect(within(dialog).getByRole('button', { name: 'Connect' })).toBeEnabled()
    const settings = within(dialog).getByRole('region', { name: 'Connection settings' })
    // Its settings are an info note and a value to copy: nothing to save.
    expect(within(settings).getByRole('textbox', { name: /Webhook URL/ })).toHaveAttribute(
      'readonly',
    )
    expect(within(settings).queryByRole('button', { name: 'Save' })).toBeNull()
    // The API's Markdown is rendered, not shown as asterisks.
    expect(within(settings).getByText('Super Admin').tagName).toBe('STRONG')
    expect(settings).not.toHaveTextContent('**')
  })
})

describe('a same-tab sign-in returning to the page', () => {
  const origin = window.location.origin
  const ref = { unifiedApi: 'crm', serviceId: 'hubspot' }

  function returnFromProvider(hash: string) {
    startSameTabAuthorization({
      redirectUri: `${origin}/oauth/callback`,
      buildUrl: () => 'https://provider.example/authorize',
      nonce: 'n1',
      ref,
      hostWindow: createFakeHost(`${origin}/integrations`).asWindow(),
    })
    window.history.replaceState(null, '', `/integrations#${hash}`)
  }

  it('reopens the connector, confirms and says it is connected', async () => {
    returnFromProvider(
      `nonce=n1&confirm_token=${mockConfirmToken('hubspot', 'n1')}&service_id=hubspot&ik_unified_api=crm`,
    )
    const onNavigate = (next: unknown) => navigations.push(next)
    const navigations: unknown[] = []
    const { vault: mock } = renderPage({ urlSync: true, onNavigate })
    const dialog = await screen.findByRole('dialog', { name: 'HubSpot' })
    await waitFor(() => expect(statusTexts(dialog)).toContain('Connected to HubSpot'))
    expect(mock.connection(ref)?.state).toBe('callable')
    expect(navigations).toEqual([ref])
    expect(window.location.hash).toBe('')
    expect(window.location.search).toBe('?connector=crm%2Fhubspot')
  })

  it('shows a denied sign-in as an alert on that connector', async () => {
    returnFromProvider('nonce=n1&error=access_denied&service_id=hubspot&ik_unified_api=crm')
    const { vault: mock } = renderPage()
    const dialog = await screen.findByRole('dialog', { name: 'HubSpot' })
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Access to HubSpot was denied.',
    )
    expect(mock.connection(ref)?.state).toBe('added')
  })
})
