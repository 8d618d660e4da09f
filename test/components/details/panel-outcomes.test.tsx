// @module-tag panel
/**
 * Outcomes whose controls are gone by the time they end are still said, inside the details panel:
 * Disconnect removes the credentials (and with them the Disconnect button), the Enabled switch
 * says what the server now holds.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import {
  ConnectionDetails,
  createVaultAdapter,
  useConnections,
  type ConnectionRef,
} from 'integrations-kit'
import { createMockVault, generateConnector } from 'integrations-kit/testing/msw'
import { postFrom, stubWindowOpen } from '../../support/fake-popup'
import { renderWithProviders } from '../../utils'

const origin = window.location.origin
const redirectUri = `${origin}/mock-oauth/callback.html`
const ref: ConnectionRef = { unifiedApi: 'crm', serviceId: 'salesforce' }

const vault = createMockVault({
  connectors: [
    generateConnector({
      service_id: 'salesforce',
      unified_api: 'crm',
      name: 'Salesforce',
      auth_type: 'oauth2',
      oauth_grant_type: 'authorization_code',
      state: 'callable',
    }),
  ],
  revokeUrl: `${origin}/mock-oauth/consent.html?mode=revoke`,
  // Like a real network: the Disconnect button unmounts while the catalog list is refetched.
  latency: 30,
})
serveMockVault(vault)

beforeEach(() => vault.reset())

/** A catalog list in the cache too, as on the page: refreshing it takes a request of its own. */
function CatalogCount() {
  const list = useConnections()
  return <p>{list.data ? `${list.data.length} connectors` : 'Loading'}</p>
}

async function renderPanel() {
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  renderWithProviders(
    <>
      <CatalogCount />
      <ConnectionDetails connectionRef={ref} onOpenChange={() => {}} redirectUri={redirectUri} />
    </>,
    { adapter },
  )
  await screen.findByText('1 connectors')
  return userEvent.setup()
}

function statusTexts(container: HTMLElement): string[] {
  return within(container)
    .queryAllByRole('status')
    .map((status) => status.textContent ?? '')
}

describe('in the details panel', () => {
  it('says "Disconnected from Salesforce" after the Disconnect button has gone', async () => {
    const { open, popups } = stubWindowOpen()
    const user = await renderPanel()
    const panel = await screen.findByRole('dialog', { name: 'Salesforce' })
    await user.click(await within(panel).findByRole('button', { name: 'Disconnect' }))
    const nonce = new URL(String(open.mock.calls[0]![0])).searchParams.get('nonce')!

    vault.revoke(ref)
    postFrom(popups[0]!, origin, { type: 'oauth_revoked', nonce, serviceId: 'salesforce' })

    await waitFor(() =>
      expect(within(panel).queryByRole('button', { name: 'Disconnect' })).toBeNull(),
    )
    await waitFor(() => expect(statusTexts(panel)).toContain('Disconnected from Salesforce'))
    expect(within(panel).getByText('Disconnected from Salesforce')).toBeVisible()
  })

  it('says what the Enabled switch changed once the server holds it', async () => {
    const user = await renderPanel()
    const panel = await screen.findByRole('dialog', { name: 'Salesforce' })
    const enabled = await within(panel).findByRole('switch', { name: 'Enabled' })
    await user.click(enabled)
    await waitFor(() => expect(statusTexts(panel)).toContain('Salesforce is disabled'))
    expect(vault.connection(ref)?.enabled).toBe(false)
    await user.click(enabled)
    await waitFor(() => expect(statusTexts(panel)).toContain('Salesforce is enabled'))
    expect(vault.connection(ref)?.enabled).toBe(true)
  })
})
