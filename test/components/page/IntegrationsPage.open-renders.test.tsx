// @module-tag page
/**
 * Opening and closing a connector's details re-renders only the cards whose props changed (the one
 * that took the focus, the one that gave up the tab stop), not the whole catalog: at 10,000
 * connectors a catalog-wide render is most of the time a click takes. Every full card reads its
 * status with useConnectionStatus once per render, so counting its calls counts card renders.
 */
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import { useState } from 'react'
import { createVaultAdapter, IntegrationsPage, type ConnectionRef } from 'integrations-kit'
import { createMockVault, generateConnectors } from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../../utils'

const statusReads = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../../components/catalog/useConnectionStatus', async (importOriginal) => {
  const actual =
    await importOriginal<typeof import('../../../components/catalog/useConnectionStatus')>()
  return {
    ...actual,
    useConnectionStatus: (...args: Parameters<typeof actual.useConnectionStatus>) => {
      statusReads.count += 1
      return actual.useConnectionStatus(...args)
    },
  }
})

const CONNECTORS = 60

const { server, serve } = serveMockVault()
afterEach(() => server.resetHandlers())

function renderPage(controlled: boolean) {
  const vault = createMockVault({ connectors: generateConnectors(CONNECTORS, 1) })
  serve(vault)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  // A host holding the selection: each open gives the page a new `selected` (and so new handlers).
  function ControlledHost() {
    const [selected, setSelected] = useState<ConnectionRef | null>(null)
    return <IntegrationsPage selected={selected} onSelectedChange={setSelected} />
  }
  renderWithProviders(controlled ? <ControlledHost /> : <IntegrationsPage />, { adapter })
  return userEvent.setup()
}

describe.each([
  ['uncontrolled', false],
  ['with a controlled selection', true],
])('given the page with many connectors, %s', (_, controlled) => {
  it('opening and closing the details re-renders a few cards, not every one', async () => {
    const user = renderPage(controlled)
    const card = await screen.findByRole('button', { name: /^Salesforce/ })
    expect(document.querySelectorAll('[data-ik-slot="card"]').length).toBe(CONNECTORS)

    statusReads.count = 0
    await user.click(card)
    expect(await screen.findByRole('dialog', { name: 'Salesforce' })).toBeInTheDocument()
    // The clicked card (focus, tab stop) and the card that had the tab stop; a few renders each.
    expect(statusReads.count).toBeLessThan(10)

    statusReads.count = 0
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(card).toHaveFocus()
    expect(statusReads.count).toBeLessThan(10)
  })
})
