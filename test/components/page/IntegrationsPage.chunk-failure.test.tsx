// @module-tag page
/**
 * A lazily loaded part whose chunk cannot be downloaded (a dropped network, a tab older than the
 * host's last deploy) never blanks the host's page: a rejected React.lazy throws while rendering,
 * and without an error boundary React unmounts the whole root. The details panel's chunk failing
 * (fetched when idle, and on open) leaves the catalog in place and usable.
 */
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMockVault, generateConnectors } from 'integrations-kit/testing/msw'
import { serveMockVault } from '../../support/serve-mock-vault'

const { serve } = serveMockVault()
afterEach(() => {
  vi.doUnmock('../../../components/details/ConnectionDetails')
  vi.resetModules()
})

describe('a details chunk that cannot be downloaded', () => {
  it('leaves the catalog on the page, searchable, when a connector is opened', async () => {
    vi.resetModules()
    vi.doMock('../../../components/details/ConnectionDetails', () => {
      throw new TypeError('Failed to fetch dynamically imported module')
    })
    // The page's module, not the package's index: the index exports ConnectionDetails itself.
    const { IntegrationsPage } = await import('../../../components/page/IntegrationsPage')
    const { createVaultAdapter } = await import('../../../src/vault/adapter')
    const vault = serve(createMockVault({ connectors: generateConnectors(24, 1) }))
    const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
    render(<IntegrationsPage adapter={adapter} />)
    const user = userEvent.setup()

    await user.click(await screen.findByRole('button', { name: /^Salesforce/ }))
    // The failed import has settled and the page rendered with it.
    await vi.dynamicImportSettled()
    await user.type(screen.getByRole('searchbox'), 'hub')
    expect(await screen.findByRole('button', { name: /^HubSpot/ })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Salesforce/ })).toBeNull()
  })
})
