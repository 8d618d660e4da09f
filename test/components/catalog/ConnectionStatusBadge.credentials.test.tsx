// @module-tag page
/**
 * An added API-key connector is not waiting for an OAuth authorization: the catalog and the details
 * panel must ask for its credentials instead.
 */
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import { createVaultAdapter, IntegrationsPage } from 'integrations-kit'
import { createMockVault, generateConnector, type MockVault } from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../../utils'

const { serve } = serveMockVault()
let vault: MockVault | undefined

function renderPage() {
  vault = createMockVault({
    connectors: [
      generateConnector({
        service_id: 'pipedrive',
        state: 'added',
        auth_type: 'apiKey',
        form_fields: [{ id: 'api_key', label: 'API key', type: 'password', required: true }],
      }),
    ],
  })
  serve(vault)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  return renderWithProviders(<IntegrationsPage />, { adapter })
}

describe('given an added API-key connector', () => {
  it('says "Needs credentials" on its card and asks for them in the details panel', async () => {
    renderPage()
    const card = await screen.findByRole('button', { name: /^Pipedrive CRM Needs credentials/ })
    await userEvent.setup().click(card)
    const dialog = await screen.findByRole('dialog', { name: 'Pipedrive' })
    expect(
      await within(dialog).findByText('Enter your Pipedrive credentials to finish connecting.'),
    ).toBeInTheDocument()
    expect(within(dialog).queryByText(/Authorize Pipedrive/)).not.toBeInTheDocument()
    expect(within(dialog).queryByText('Needs authorization')).not.toBeInTheDocument()
  })
})
