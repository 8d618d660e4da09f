// @module-tag page
/**
 * A lazily loaded part whose chunk cannot be downloaded (a dropped network, a tab older than the
 * host's last deploy) never blanks the host's page: a rejected React.lazy throws while rendering,
 * and without an error boundary React unmounts the whole root. The details' chunk failing (fetched
 * when idle, and on open) leaves the catalog in place and usable, and opening a connector says why
 * nothing else shows, with a way on (components/page/details-unavailable.tsx).
 */
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMockVault, generateConnectors } from 'integrations-kit/testing/msw'
import { serveMockVault } from '../../support/serve-mock-vault'

const { serve } = serveMockVault()
beforeEach(() => {
  vi.resetModules()
  for (const part of ['ConnectionDetails', 'ConnectionDetailsInline']) {
    vi.doMock(`../../../components/details/${part}`, () => {
      throw new TypeError('Failed to fetch dynamically imported module')
    })
  }
})
afterEach(() => {
  vi.doUnmock('../../../components/details/ConnectionDetails')
  vi.doUnmock('../../../components/details/ConnectionDetailsInline')
  vi.resetModules()
})

async function adapterOfMock() {
  const { createVaultAdapter } = await import('../../../src/vault/adapter')
  const vault = serve(createMockVault({ connectors: generateConnectors(24, 1) }))
  return createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
}

describe('a details chunk that cannot be downloaded', () => {
  it('leaves the catalog searchable and says so in a panel when a connector is opened', async () => {
    // The page's module, not the package's index: the index exports ConnectionDetails itself.
    const { IntegrationsPage } = await import('../../../components/page/IntegrationsPage')
    render(<IntegrationsPage adapter={await adapterOfMock()} />)
    const user = userEvent.setup()

    const card = await screen.findByRole('button', { name: /^Salesforce/ })
    await user.click(card)
    // The failed import has settled and the page rendered with it.
    await vi.dynamicImportSettled()
    const panel = await screen.findByRole('dialog', { name: 'Salesforce' })
    expect(within(panel).getByRole('alert')).toHaveTextContent(
      "The details of Salesforce could not be loaded. Part of the page couldn't be downloaded.",
    )
    expect(within(panel).getByRole('button', { name: 'Reload page' })).toBeInTheDocument()

    await user.click(within(panel).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(card).toHaveFocus()
    await user.type(screen.getByRole('searchbox'), 'hub')
    expect(await screen.findByRole('button', { name: /^HubSpot/ })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Salesforce/ })).toBeNull()
  })

  it('says so in place of inline details, and shows the placeholder until one is opened', async () => {
    const { IntegrationsPageRoot } = await import('../../../components/page/IntegrationsPageRoot')
    const { IntegrationsPageGrid } = await import('../../../components/page/IntegrationsPageGrid')
    const { IntegrationsPageDetailsInline } =
      await import('../../../components/page/IntegrationsPageDetailsInline')
    render(
      <IntegrationsPageRoot adapter={await adapterOfMock()}>
        <IntegrationsPageGrid />
        <IntegrationsPageDetailsInline placeholder={<p>Pick an integration</p>} />
      </IntegrationsPageRoot>,
    )
    const user = userEvent.setup()

    await user.click(await screen.findByRole('button', { name: /^HubSpot/ }))
    await vi.dynamicImportSettled()
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The details of HubSpot could not be loaded.',
    )
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByRole('button', { name: 'Reload page' })).toBeInTheDocument()
    expect(screen.queryByText('Pick an integration')).toBeNull()
  })
})
