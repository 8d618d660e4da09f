// @module-tag panel
/**
 * ConnectionActions' `buttons`: a host's own elements in place of our manage buttons (Radix Slot).
 * Each receives our handlers, aria and data attributes and pending state, and still drives its
 * action against the mock Vault.
 */
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import type { ComponentProps } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import { ConnectionActions, createVaultAdapter, type ConnectionRef } from 'integrations-kit'
import { createMockVault, generateConnector } from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../../utils'

const ref: ConnectionRef = { unifiedApi: 'crm', serviceId: 'pipedrive' }
const vault = createMockVault({
  connectors: [
    generateConnector({
      service_id: 'pipedrive',
      unified_api: 'crm',
      auth_type: 'apiKey',
      state: 'callable',
      validation_support: true,
      form_fields: [{ id: 'api_key', label: 'API key', type: 'password', required: true }],
      settings: { api_key: 'good-key' },
    }),
  ],
})
const { server } = serveMockVault(vault)

afterEach(() => {
  server.resetHandlers(...vault.handlers)
})

/** A design system's button component. */
function HostButton({ className, ...props }: ComponentProps<'button'>) {
  return <button type="button" className={['host-button', className].join(' ')} {...props} />
}

async function renderActions() {
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  const connection = await adapter.getConnection(ref)
  return renderWithProviders(
    <ConnectionActions
      connection={connection}
      buttons={{
        validate: (
          <a href="#check" className="host-link">
            Check Pipedrive
          </a>
        ),
        delete: <HostButton>Remove Pipedrive</HostButton>,
      }}
    />,
    { adapter },
  )
}

describe('ConnectionActions with host buttons', () => {
  it('a host link tests the connection, with our attributes and pending state on it', async () => {
    const user = userEvent.setup()
    await renderActions()
    expect(screen.queryByRole('button', { name: 'Test connection' })).not.toBeInTheDocument()
    const link = screen.getByRole('link', { name: 'Check Pipedrive' })
    expect(link).toHaveClass('host-link')
    expect(link).toHaveAttribute('data-action', 'validate')
    expect(link).toHaveAttribute('data-ik-slot', 'button')

    // Hold the request until the pending state has been seen (the resolver returns nothing, so
    // the request then goes on to the mock Vault).
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    server.use(http.post(`${vault.baseUrl}/vault/connections/crm/pipedrive/validate`, () => held))
    await user.click(link)
    await waitFor(() => expect(link).toHaveAttribute('aria-disabled', 'true'))
    expect(link).toHaveAttribute('data-pending')
    expect(link).toHaveTextContent('Check Pipedrive')
    release()
    expect(await screen.findByText('Connection works')).toBeInTheDocument()
    expect(link).not.toHaveAttribute('aria-disabled')
    // Our handler prevented the link's own navigation.
    expect(window.location.hash).toBe('')
    expect(
      vault.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/validate')),
    ).toHaveLength(1)
  })

  it('a host button component opens the delete confirmation, which deletes', async () => {
    const user = userEvent.setup()
    await renderActions()
    const remove = screen.getByRole('button', { name: 'Remove Pipedrive' })
    expect(remove).toHaveClass('host-button')
    expect(remove).toHaveAttribute('data-variant', 'danger')
    expect(remove).toHaveAttribute('aria-haspopup', 'dialog')
    expect(remove).toHaveAttribute('aria-expanded', 'false')

    await user.click(remove)
    // The question's own button (a frame stands in while its chunk loads, replaced by the question).
    const confirm = await screen.findByRole('button', { name: 'Delete Pipedrive' })
    expect(screen.getByRole('alertdialog', { name: /Pipedrive/ })).toContainElement(confirm)
    expect(remove).toHaveAttribute('aria-expanded', 'true')
    await user.click(confirm)
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
    expect(vault.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1)
  })
})
