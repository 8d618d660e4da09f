// @module-tag panel
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import {
  ConnectionActions,
  ConnectionDetails,
  createVaultAdapter,
  type Connection,
  type ConnectionRef,
} from 'integrations-kit'
import { createMockVault, generateConnector, type MockVault } from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../../utils'

const ref: ConnectionRef = { unifiedApi: 'crm', serviceId: 'salesforce' }

const vault: MockVault = createMockVault({
  connectors: [
    generateConnector({
      service_id: 'salesforce',
      unified_api: 'crm',
      auth_type: 'oauth2',
      oauth_grant_type: 'authorization_code',
      state: 'callable',
      settings: { instance_url: 'https://acme.my.salesforce.com' },
    }),
  ],
})
serveMockVault(vault)

afterEach(() => {
  vault.reset()
})

const deleteRequests = () => vault.requests.filter((request) => request.method === 'DELETE')

async function renderActions(onDeleted = vi.fn<(connection: Connection) => void>()) {
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  const connection = await adapter.getConnection(ref)
  const onConnectionDelete = vi.fn<(connection: Connection) => void>()
  renderWithProviders(
    <ConnectionActions connection={connection} allowActions={['delete']} onDeleted={onDeleted} />,
    { adapter, callbacks: { onConnectionDelete } },
  )
  return { onDeleted, onConnectionDelete }
}

describe('Delete connection', () => {
  describe('after pressing Delete connection', () => {
    it('asks in an alert dialog that names the connector and says what is lost; Cancel is focused', async () => {
      const user = userEvent.setup()
      await renderActions()

      await user.click(screen.getByRole('button', { name: 'Delete connection' }))

      // The first open in this file: the question's chunk arrives after the dialog opened and
      // replaces its frame, focusing Cancel as opening does.
      await screen.findByRole('button', { name: 'Delete Salesforce' })
      const dialog = screen.getByRole('alertdialog', { name: 'Delete Salesforce?' })
      expect(dialog).toHaveAccessibleDescription(/credentials, settings and resource defaults/)
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
      expect(within(dialog).getByRole('button', { name: 'Delete Salesforce' })).toHaveAttribute(
        'data-variant',
        'danger',
      )
    })

    it('Cancel closes it, deletes nothing and returns focus to the trigger', async () => {
      const user = userEvent.setup()
      const { onDeleted } = await renderActions()
      const trigger = screen.getByRole('button', { name: 'Delete connection' })

      await user.click(trigger)
      await user.click(screen.getByRole('button', { name: 'Cancel' }))

      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
      await waitFor(() => expect(trigger).toHaveFocus())
      expect(deleteRequests()).toEqual([])
      expect(vault.connection(ref)?.state).toBe('callable')
      expect(onDeleted).not.toHaveBeenCalled()
    })

    it('a click outside (on the overlay) does not dismiss it', async () => {
      // The modal sets pointer-events: none outside it; click through that, as a real click lands.
      const user = userEvent.setup({ pointerEventsCheck: 0 })
      await renderActions()

      await user.click(screen.getByRole('button', { name: 'Delete connection' }))
      const overlay = document.querySelector<HTMLElement>('[data-ik-slot="delete-overlay"]')
      expect(overlay).not.toBeNull()
      await user.click(overlay!)
      await user.click(document.body)

      expect(screen.getByRole('alertdialog')).toBeInTheDocument()
    })

    it('confirming deletes it: the server holds it as available and onDeleted gets it', async () => {
      const user = userEvent.setup()
      const { onDeleted, onConnectionDelete } = await renderActions()

      await user.click(screen.getByRole('button', { name: 'Delete connection' }))
      await user.click(screen.getByRole('button', { name: 'Delete Salesforce' }))

      await waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1))
      expect(onDeleted.mock.calls[0]![0]).toMatchObject({
        service_id: 'salesforce',
        state: 'available',
        enabled: false,
      })
      expect(onConnectionDelete).toHaveBeenCalledTimes(1)
      expect(vault.connection(ref)).toMatchObject({ state: 'available', enabled: false })
      expect(vault.connection(ref)?.settings).toBeNull()
      expect(deleteRequests()).toHaveLength(1)
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
      // The connection is gone, and so is its Delete; the outcome is said and focused instead.
      const status = screen.getByRole('status')
      expect(status).toHaveTextContent('Salesforce is deleted')
      expect(screen.queryByRole('button', { name: 'Delete connection' })).not.toBeInTheDocument()
      await waitFor(() => expect(status).toHaveFocus())
    })

    it('a failed delete keeps the dialog open with the reason; confirming again retries', async () => {
      vault.fail({ method: 'DELETE' }, { status: 500 })
      const user = userEvent.setup()
      const { onDeleted } = await renderActions()

      await user.click(screen.getByRole('button', { name: 'Delete connection' }))
      await user.click(screen.getByRole('button', { name: 'Delete Salesforce' }))

      const dialog = screen.getByRole('alertdialog')
      const alert = await within(dialog).findByRole('alert')
      expect(alert).toHaveTextContent(
        /^Salesforce could not be deleted\. The service ran into a problem\. Try again in a moment\./,
      )
      expect(alert).not.toHaveTextContent('Internal Server Error')
      expect(vault.connection(ref)?.state).toBe('callable')
      expect(onDeleted).not.toHaveBeenCalled()

      await user.click(within(dialog).getByRole('button', { name: 'Delete Salesforce' }))
      await waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1))
      expect(vault.connection(ref)?.state).toBe('available')
    })
  })

  describe('with the keyboard', () => {
    it('Enter opens the dialog, Escape cancels and focus returns; Tab + Enter confirms', async () => {
      const user = userEvent.setup()
      const { onDeleted } = await renderActions()
      const trigger = screen.getByRole('button', { name: 'Delete connection' })

      trigger.focus()
      await user.keyboard('{Enter}')
      expect(screen.getByRole('alertdialog', { name: 'Delete Salesforce?' })).toBeInTheDocument()
      expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus()

      await user.keyboard('{Escape}')
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
      await waitFor(() => expect(trigger).toHaveFocus())
      expect(deleteRequests()).toEqual([])

      await user.keyboard('{Enter}')
      await user.tab()
      expect(screen.getByRole('button', { name: 'Delete Salesforce' })).toHaveFocus()
      await user.keyboard('{Enter}')

      await waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1))
      expect(vault.connection(ref)?.state).toBe('available')
    })
  })

  describe('inside ConnectionDetails', () => {
    function DetailsWithActions({ onClosed }: { onClosed: () => void }) {
      const [selected, setSelected] = useState<ConnectionRef | null>(ref)
      return (
        <>
          <button type="button" id="card">
            Salesforce card
          </button>
          <ConnectionDetails
            connectionRef={selected}
            onOpenChange={(open) => {
              if (!open) {
                setSelected(null)
                onClosed()
              }
            }}
            allowActions={['delete', 'disable']}
            actions={(connection) => <ConnectionActions connection={connection} />}
            renderBody={() => null}
            returnFocusTo={() => document.getElementById('card')}
          />
        </>
      )
    }

    it('Escape closes only the confirmation; after the delete the panel closes, says so and focuses the card', async () => {
      const user = userEvent.setup()
      const onClosed = vi.fn()
      const onConnectionDelete = vi.fn<(connection: Connection) => void>()
      const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
      renderWithProviders(<DetailsWithActions onClosed={onClosed} />, {
        adapter,
        callbacks: { onConnectionDelete },
      })

      const panel = await screen.findByRole('dialog', { name: 'Salesforce' })
      const trigger = await within(panel).findByRole('button', { name: 'Delete connection' })
      // allowActions comes from the panel: only delete and the switch.
      expect(within(panel).getByRole('switch', { name: 'Enabled' })).toBeInTheDocument()
      expect(within(panel).queryByRole('button', { name: 'Disconnect' })).not.toBeInTheDocument()

      await user.click(trigger)
      await user.keyboard('{Escape}')
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
      expect(screen.getByRole('dialog', { name: 'Salesforce' })).toBeInTheDocument()
      expect(onClosed).not.toHaveBeenCalled()

      await user.click(within(panel).getByRole('button', { name: 'Delete connection' }))
      await user.click(screen.getByRole('button', { name: 'Delete Salesforce' }))

      await waitFor(() => expect(vault.connection(ref)?.state).toBe('available'))
      // The Manage section unmounted when the cache said "available"; the panel closes itself.
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
      expect(onClosed).toHaveBeenCalledTimes(1)
      // The host's callback still fires (nested callback providers all fire).
      expect(onConnectionDelete).toHaveBeenCalledTimes(1)
      await waitFor(() =>
        expect(screen.getByRole('button', { name: 'Salesforce card' })).toHaveFocus(),
      )
      await waitFor(() =>
        expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(
          'Salesforce is deleted',
        ),
      )
    })
  })
})
