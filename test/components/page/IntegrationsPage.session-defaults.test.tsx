// @module-tag page
/**
 * Issue 10 §5: a Vault session token's claims set the page's defaults (settings, theme, consumer
 * metadata, data scopes), and every prop overrides its claim. Through the drop-in page and the
 * spec-checking mock Vault, whose session token carries the claims (`sessionClaims`).
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import { createVaultAdapter, IntegrationsPage, type IntegrationsPageProps } from 'integrations-kit'
import { createMockVault, generateConnectors, type MockVault } from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../../utils'

const { server, serve } = serveMockVault()
let vault: MockVault | undefined

afterEach(() => {
  window.history.replaceState(null, '', '/')
})

const LOGO = 'https://res.cloudinary.com/apideck/icons/intercom'
const AVATAR = 'https://www.spacex.com/static/images/share.jpg'

const fullSession = {
  settings: {
    allow_actions: ['disable'],
    hide_resource_settings: true,
    hide_guides: true,
  },
  theme: { primary_color: '#286efa', vault_name: 'Acme', logo: LOGO },
  consumer_metadata: {
    user_name: 'Elon Musk',
    account_name: 'SpaceX',
    email: 'elon@musk.com',
    image: AVATAR,
  },
  data_scopes: { enabled: false },
}

function renderPage(props: Partial<IntegrationsPageProps>, sessionClaims: object) {
  vault = createMockVault({
    connectors: generateConnectors(24, 1),
    sessionClaims: { ...sessionClaims },
  })
  serve(vault)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  const rendered = renderWithProviders(<IntegrationsPage {...props} />, { adapter })
  return { ...rendered, user: userEvent.setup() }
}

const salesforce = { defaultSelected: { unifiedApi: 'crm', serviceId: 'salesforce' } }

/** The page's themed root (the region the header's title labels). */
function region() {
  const root = document.querySelector<HTMLElement>('[data-ik-theme]')
  if (!root) {
    throw new Error('no page root')
  }
  return root
}

describe('given a session token with settings, theme and consumer metadata', () => {
  it('titles the page with vault_name, takes primary_color as the accent, shows logo and consumer card', async () => {
    renderPage({}, fullSession)
    expect(await screen.findByRole('heading', { level: 2, name: 'Acme' })).toBeVisible()
    expect(screen.getByRole('region', { name: 'Acme' })).toBeInTheDocument()
    expect(region().style.getPropertyValue('--ik-accent')).toBe('#286efa')
    // The contrast choice of theme.ts applies to the claim's colour as to the prop's.
    expect(region().style.getPropertyValue('--ik-accent-contrast')).not.toBe('')

    const card = await screen.findByRole('group', { name: 'Signed in' })
    expect(within(card).getByText('Elon Musk')).toBeVisible()
    expect(within(card).getByText('SpaceX')).toBeVisible()
    expect(within(card).getByText('elon@musk.com')).toBeVisible()
    const avatar = card.querySelector('img')
    expect(avatar).toHaveAttribute('src', AVATAR)
    expect(avatar).toHaveAttribute('alt', '')
    const logo = document.querySelector('[data-ik-slot="session-logo"]')
    expect(logo).toHaveAttribute('src', LOGO)
    expect(logo).toHaveAttribute('alt', '')
  })

  it('applies allow_actions, hide_resource_settings and hide_guides in the details', async () => {
    renderPage(salesforce, fullSession)
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' })
    // Vault's allow_actions governs its four actions; this library's own (settings, validate …) stay.
    expect(within(dialog).getByRole('switch', { name: 'Enabled' })).toBeInTheDocument()
    expect(within(dialog).getByRole('heading', { name: 'Connection settings' })).toBeVisible()
    expect(within(dialog).getByRole('button', { name: 'Test connection' })).toBeInTheDocument()
    for (const name of ['Re-authorize', 'Disconnect', 'Delete connection']) {
      expect(within(dialog).queryByRole('button', { name })).toBeNull()
    }
    expect(within(dialog).queryByRole('heading', { name: 'Resource defaults' })).toBeNull()
    expect(within(dialog).queryByRole('link', { name: /connection guide/ })).toBeNull()
  })

  it('lets every prop override its claim', async () => {
    renderPage(
      {
        ...salesforce,
        title: 'Integrations of Wayne Corp',
        theme: { accentColor: '#b3261e' },
        allowActions: ['delete', 'settings', 'resources'],
        hideResourceSettings: false,
        hideGuides: false,
        hideConsumerCard: true,
        logo: null,
      },
      fullSession,
    )
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' })
    expect(within(dialog).getByRole('button', { name: 'Delete connection' })).toBeInTheDocument()
    expect(within(dialog).queryByRole('switch', { name: 'Enabled' })).toBeNull()
    expect(within(dialog).getByRole('heading', { name: 'Resource defaults' })).toBeVisible()
    expect(
      await within(dialog).findByRole('link', {
        name: /^Read the Salesforce connection guide.*opens in a new tab/,
      }),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { level: 2, hidden: true, name: 'Integrations of Wayne Corp' }),
    ).toBeInTheDocument()
    expect(region().style.getPropertyValue('--ik-accent')).toBe('#b3261e')
    expect(screen.queryByRole('group', { name: 'Signed in', hidden: true })).toBeNull()
    expect(document.querySelector('[data-ik-slot="session-logo"]')).toBeNull()
    expect(document.querySelector('[data-ik-slot="session-bar"]')).toBeNull()
  })

  it('hides the consumer card with hide_consumer_card, and shows a logo prop instead of the claim', async () => {
    renderPage(
      { logo: 'https://host.test/brand.svg' },
      { ...fullSession, settings: { hide_consumer_card: true } },
    )
    await waitFor(() =>
      expect(document.querySelector('[data-ik-slot="session-logo"]')).toHaveAttribute(
        'src',
        'https://host.test/brand.svg',
      ),
    )
    expect(screen.queryByRole('group', { name: 'Signed in' })).toBeNull()
  })
})

describe('given junk claims', () => {
  it('ignores them: default title and accent, no logo, no javascript: image, no card', async () => {
    renderPage(
      {},
      {
        settings: { allow_actions: 'delete', hide_resource_settings: 'yes' },
        theme: {
          primary_color: 'red; background: url(https://evil.test)',
          vault_name: 42,
          logo: 'javascript:alert(1)',
        },
        consumer_metadata: { user_name: ['x'], image: 'javascript:alert(1)' },
        data_scopes: 'off',
      },
    )
    expect(await screen.findByRole('heading', { level: 2, name: 'Integrations' })).toBeVisible()
    await screen.findByRole('button', { name: /^Salesforce/ })
    expect(region().style.getPropertyValue('--ik-accent')).toBe('')
    expect(document.querySelector('[data-ik-slot="session-bar"]')).toBeNull()
    expect(document.querySelector('img[src^="javascript:"]')).toBeNull()
  })

  it('never renders a javascript: logo prop either', async () => {
    renderPage({ logo: 'javascript:alert(1)' }, { consumer_metadata: { user_name: 'Ada' } })
    expect(await screen.findByRole('group', { name: 'Signed in' })).toHaveTextContent('Ada')
    expect(document.querySelector('[data-ik-slot="session-logo"]')).toBeNull()
    expect(document.querySelector('img[src^="javascript:"]')).toBeNull()
  })
})

describe('the connection guide', () => {
  it('links a connector that has a guide, in a new tab, with its service id in the path', async () => {
    renderPage(salesforce, {})
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' })
    await within(dialog).findByRole('heading', { name: 'Connection settings' })
    const link = await within(dialog).findByRole('link', {
      name: /^Read the Salesforce connection guide.*opens in a new tab/,
    })
    expect(link).toHaveAttribute(
      'href',
      'https://developers.apideck.com/connectors/salesforce/docs/consumer+connection',
    )
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('is absent for a connector without a guide', async () => {
    renderPage({ defaultSelected: { unifiedApi: 'ats', serviceId: 'greenhouse' } }, {})
    const dialog = await screen.findByRole('dialog', { name: 'Greenhouse' })
    await within(dialog).findByRole('heading', { name: 'Connection settings' })
    expect(within(dialog).queryByRole('link', { name: /connection guide/ })).toBeNull()
  })

  it('is absent with hideGuides', async () => {
    renderPage({ ...salesforce, hideGuides: true }, {})
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' })
    await within(dialog).findByRole('heading', { name: 'Connection settings' })
    expect(within(dialog).queryByRole('link', { name: /connection guide/ })).toBeNull()
  })
})

describe('consent off (the prop, else data_scopes.enabled)', () => {
  async function attentionCount(): Promise<number> {
    await screen.findByRole('button', { name: /^Salesforce/ })
    const text = document.querySelector('[data-ik-slot="counts-attention"]')?.textContent ?? '0'
    return Number.parseInt(text, 10)
  }

  it('with consent on, Xero’s pending consent is on its card and counts as needing action', async () => {
    renderPage({ defaultStatus: 'attention' }, {})
    expect(await screen.findByRole('button', { name: /^Xero.*Permission required/ })).toBeVisible()
  })

  it('with data_scopes.enabled false, consent states are nothing to do on cards and in counts', async () => {
    renderPage({ defaultStatus: 'attention' }, { data_scopes: { enabled: false } })
    await screen.findByRole('radio', { name: /^Needs action/ })
    expect(screen.queryByRole('button', { name: /^Xero/ })).toBeNull()
    expect(screen.queryByText(/^Permission (required|denied|revoked)$/)).toBeNull()
    expect(screen.queryByText('New permissions required')).toBeNull()
  })

  it('the consent prop overrides the claim, both ways', async () => {
    const { unmount } = renderPage({}, { data_scopes: { enabled: false } })
    const off = await attentionCount()
    expect(screen.getByRole('button', { name: /^Xero/ })).not.toHaveTextContent(
      'Permission required',
    )
    unmount()
    server.resetHandlers()
    renderPage({ consent: true }, { data_scopes: { enabled: false } })
    const on = await attentionCount()
    expect(screen.getByRole('button', { name: /^Xero/ })).toHaveTextContent('Permission required')
    // Xero (pending), Dropbox (denied), Slack (revoked), Zendesk (re-consent), Odoo (pending) …
    expect(on).toBeGreaterThan(off)
  })

  it('consent={false} turns the details status off too, with no consent screen', async () => {
    renderPage(
      { consent: false, defaultSelected: { unifiedApi: 'accounting', serviceId: 'xero' } },
      {},
    )
    const dialog = await screen.findByRole('dialog', { name: 'Xero' })
    await within(dialog).findByRole('heading', { name: 'Status' })
    expect(within(dialog).queryByText('Permission required')).toBeNull()
    expect(within(dialog).queryByRole('button', { name: /Accept/ })).toBeNull()
  })
})
