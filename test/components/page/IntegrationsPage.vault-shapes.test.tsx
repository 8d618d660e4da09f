// @module-tag page
/**
 * Pins what Vault hosts see, so the many-connections seam (issue 9) leaves it byte-for-byte as it
 * was: two-key refs, five-element detail keys, two-segment deep links and card keys, and events
 * without a `connectionId` key at all.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import {
  createVaultAdapter,
  integrationKeys,
  IntegrationsPage,
  type ConnectionRef,
  type IntegrationsEvent,
} from 'integrations-kit'
import { createMockVault, generateConnectors, type MockVault } from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../../utils'

const { serve } = serveMockVault()
let vault: MockVault | undefined

afterEach(() => {
  window.history.replaceState(null, '', '/')
})

describe("Vault's shapes", () => {
  it('keys, refs, events and deep links have exactly the two ids they always had', async () => {
    vault = createMockVault({ connectors: generateConnectors(6, 1) })
    serve(vault)
    const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
    const events: IntegrationsEvent[] = []
    const selections: Array<ConnectionRef | null> = []
    const user = userEvent.setup()
    const { queryClient } = renderWithProviders(
      <IntegrationsPage urlSync onSelectedChange={(ref) => selections.push(ref)} />,
      { adapter, callbacks: { onEvent: (event) => events.push(event) } },
    )
    const salesforce = await screen.findByRole('button', { name: /^Salesforce/ })
    expect(salesforce.dataset.ikKey).toBe('crm/salesforce')

    await user.click(salesforce)
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' })
    expect(new URL(window.location.href).searchParams.get('connector')).toBe('crm/salesforce')
    expect(selections).toStrictEqual([{ unifiedApi: 'crm', serviceId: 'salesforce' }])
    expect(events.find((event) => event.type === 'connector_opened')).toStrictEqual({
      type: 'connector_opened',
      unifiedApi: 'crm',
      serviceId: 'salesforce',
    })
    await waitFor(() =>
      expect(
        queryClient.getQueryData([
          'integrations-kit',
          adapter.scope,
          'detail',
          'crm',
          'salesforce',
        ]),
      ).toBeDefined(),
    )
    expect(
      integrationKeys.detail(adapter.scope, { unifiedApi: 'crm', serviceId: 'salesforce' }),
    ).toStrictEqual(['integrations-kit', adapter.scope, 'detail', 'crm', 'salesforce'])

    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(events.find((event) => event.type === 'connector_closed')).toStrictEqual({
      type: 'connector_closed',
      unifiedApi: 'crm',
      serviceId: 'salesforce',
    })
    expect(events.some((event) => 'connectionId' in event)).toBe(false)
  })
})
