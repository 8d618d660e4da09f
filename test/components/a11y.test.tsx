// @module-tag axe
import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import axe from 'axe-core'
import { describe, expect, it } from 'vitest'
import { serveMockVault } from '../support/serve-mock-vault'
import { createVaultAdapter, IntegrationsPage } from 'integrations-kit'
import { createMockVault, generateConnectors, type MockVault } from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../utils'

const { serve } = serveMockVault()
let vault: MockVault | undefined

function renderPage(connectors = generateConnectors(24, 1)) {
  vault = createMockVault({ connectors })
  serve(vault)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  return renderWithProviders(<IntegrationsPage />, { adapter })
}

/**
 * axe in jsdom: colour contrast needs real layout and is checked in the browser tests instead. Run
 * inside act(): the page goes on updating while axe reads it (the idle-time details chunk, the
 * settled search's event), and those updates are applied before the next assertion.
 */
async function violations() {
  const result = await act(() =>
    axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } }),
  )
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)
}

describe('axe (jsdom)', () => {
  it('finds nothing while loading and on the loaded catalog', async () => {
    renderPage()
    expect(await violations()).toEqual([])
    await screen.findByRole('button', { name: /^Salesforce/ })
    expect(await violations()).toEqual([])
  })

  it('finds nothing with the details panel open', async () => {
    renderPage()
    await userEvent.setup().click(await screen.findByRole('button', { name: /^HubSpot/ }))
    await screen.findByRole('dialog', { name: 'HubSpot' })
    expect(await violations()).toEqual([])
  })

  it('finds nothing in the empty, no-match and error states', async () => {
    const { unmount } = renderPage([])
    await screen.findByText('No integrations available yet')
    expect(await violations()).toEqual([])
    unmount()

    renderPage()
    await userEvent.setup().type(await screen.findByRole('searchbox'), 'nothing-like-this')
    expect(await violations()).toEqual([])
  })

  it('finds nothing in the error state', async () => {
    vault = createMockVault({ connectors: [] })
    vault.fail({ method: 'GET', path: /\/vault\/connections$/ }, { status: 400 })
    serve(vault)
    const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
    renderWithProviders(<IntegrationsPage />, { adapter })
    await waitFor(() => expect(screen.getByRole('alert')).toBeInTheDocument())
    expect(await violations()).toEqual([])
  })
})
