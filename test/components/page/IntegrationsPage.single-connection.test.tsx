// @module-tag page
/**
 * IntegrationsPage's single-connection mode (issue 10 §6): `initialView` with a selected connector
 * shows only that connector's details, opened on the view; "All integrations" (`backToCatalog`)
 * returns to the catalog with focus on the connector's card. Over the spec-checking mock Vault.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import { createVaultAdapter, IntegrationsPage, type InitialView } from 'integrations-kit'
import { createMockVault, type MockVault } from 'integrations-kit/testing/msw'
import { stubWindowOpen } from '../../support/fake-popup'
import { renderWithProviders } from '../../utils'

const { serve } = serveMockVault()
let vault: MockVault
beforeEach(() => {
  vault = createMockVault()
  serve(vault)
})
afterEach(() => {
  vi.restoreAllMocks()
  Reflect.deleteProperty(navigator, 'userActivation')
})

function renderPage(props: Partial<Parameters<typeof IntegrationsPage>[0]> = {}) {
  return renderWithProviders(<IntegrationsPage redirectUri="/cb" {...props} />, {
    adapter: createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl }),
  })
}

describe('IntegrationsPage single-connection mode', () => {
  it.each<[InitialView, string]>([
    ['settings', 'Connection settings'],
    ['resources', 'Resource defaults'],
    ['mapping', 'Field mapping'],
    ['consent', 'Data access'],
    ['logs', 'Request logs'],
  ])("opens Salesforce alone on '%s': the %s heading has focus", async (view, name) => {
    renderPage({ unifiedApi: 'crm', serviceId: 'salesforce', initialView: view })
    const details = await screen.findByRole('region', { name: 'Salesforce' })
    const target = await within(details).findByRole('heading', { name })
    await waitFor(() => expect(target).toHaveFocus())
    // Only this connector: no catalog, no search, no other cards, no close.
    expect(screen.queryByRole('searchbox')).toBeNull()
    expect(screen.queryByRole('button', { name: /HubSpot/ })).toBeNull()
    expect(within(details).queryByRole('button', { name: 'Close' })).toBeNull()
    expect(screen.queryByRole('dialog')).toBeNull()
    if (view === 'logs') {
      expect(within(details).getByRole('button', { name: 'Hide logs' })).toHaveAttribute(
        'aria-expanded',
        'true',
      )
    }
  })

  it("opens on 'connect' with the selection props (defaultSelected): Connect has focus", async () => {
    renderPage({
      defaultSelected: { unifiedApi: 'crm', serviceId: 'hubspot' },
      initialView: 'connect',
    })
    const details = await screen.findByRole('region', { name: 'HubSpot' })
    const connect = await within(details).findByRole('button', { name: 'Connect' })
    await waitFor(() => expect(connect).toHaveFocus())
  })

  it('falls back to the consent screen when consent is due (Xero on settings)', async () => {
    renderPage({ unifiedApi: 'accounting', serviceId: 'xero', initialView: 'settings' })
    const details = await screen.findByRole('region', { name: 'Xero' })
    const target = await within(details).findByRole('heading', { name: 'Requested data access' })
    await waitFor(() => expect(target).toHaveFocus())
  })

  it('"All integrations" returns to the catalog with the keyboard, focus on the connector\'s card', async () => {
    const user = userEvent.setup()
    renderPage({
      unifiedApi: 'crm',
      serviceId: 'salesforce',
      initialView: 'settings',
      backToCatalog: true,
    })
    const details = await screen.findByRole('region', { name: 'Salesforce' })
    await waitFor(() =>
      expect(within(details).getByRole('heading', { name: 'Connection settings' })).toHaveFocus(),
    )
    const back = screen.getByRole('button', { name: 'All integrations' })
    back.focus()
    await user.keyboard('{Enter}')
    expect(await screen.findByRole('searchbox')).toBeVisible()
    expect(screen.queryByRole('region', { name: 'Salesforce' })).toBeNull()
    const card = screen.getByRole('button', { name: /Salesforce/ })
    expect(card).toHaveFocus()
    // The full page from now on: a card opens the usual details panel.
    await user.click(screen.getByRole('button', { name: /HubSpot/ }))
    expect(await screen.findByRole('dialog', { name: 'HubSpot' })).toBeVisible()
  })

  it('reports catalog_viewed only once the catalog is shown, after "All integrations"', async () => {
    const user = userEvent.setup()
    const onEvent = vi.fn()
    renderPage({
      unifiedApi: 'crm',
      serviceId: 'salesforce',
      initialView: 'settings',
      backToCatalog: true,
      onEvent,
    })
    const details = await screen.findByRole('region', { name: 'Salesforce' })
    // The list has loaded: the panel shows the connection's settings form.
    await within(details).findByRole('heading', { name: 'Connection settings' })
    await waitFor(() =>
      expect(vault.requests.some((r) => r.path === '/vault/connections')).toBe(true),
    )
    const viewed = () => onEvent.mock.calls.filter(([event]) => event.type === 'catalog_viewed')
    expect(viewed()).toEqual([])

    await user.click(screen.getByRole('button', { name: 'All integrations' }))
    expect(await screen.findByRole('searchbox')).toBeVisible()
    await waitFor(() => expect(viewed()).toHaveLength(1))
    expect(viewed()[0]![0]).toMatchObject({
      total: expect.any(Number),
      connected: expect.any(Number),
    })
    // The catalog's connectors came from the cache: no second list request.
    expect(vault.requests.filter((r) => r.path === '/vault/connections')).toHaveLength(1)
  })

  it('offers no way back by default', async () => {
    renderPage({ unifiedApi: 'crm', serviceId: 'salesforce', initialView: 'settings' })
    await screen.findByRole('region', { name: 'Salesforce' })
    expect(screen.queryByRole('button', { name: 'All integrations' })).toBeNull()
  })

  it('without a selected connector, initialView is ignored: the catalog shows', async () => {
    renderPage({ initialView: 'settings' })
    expect(await screen.findByRole('searchbox')).toBeVisible()
  })

  it('autoStartAuthorization: a card clicked in the catalog starts the provider window', async () => {
    Object.defineProperty(navigator, 'userActivation', {
      configurable: true,
      value: { isActive: true, hasBeenActive: true },
    })
    const { open } = stubWindowOpen()
    const user = userEvent.setup()
    renderPage({ autoStartAuthorization: true })
    await user.click(await screen.findByRole('button', { name: /HubSpot/ }))
    const dialog = await screen.findByRole('dialog', { name: 'HubSpot' })
    expect(await within(dialog).findByText('Waiting for HubSpot…')).toBeVisible()
    expect(open).toHaveBeenCalledTimes(1)
  })
})
