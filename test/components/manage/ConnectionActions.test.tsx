// @module-tag panel
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import {
  ConnectionActions,
  createVaultAdapter,
  type Connection,
  type ConnectionRef,
  type IntegrationsEvent,
} from 'integrations-kit'
import {
  createMockVault,
  generateConnector,
  INVALID_CREDENTIAL,
  type MockVault,
  type MockVaultOptions,
} from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../../utils'

const salesforceRef: ConnectionRef = { unifiedApi: 'crm', serviceId: 'salesforce' }
const pipedriveRef: ConnectionRef = { unifiedApi: 'crm', serviceId: 'pipedrive' }

const salesforce = generateConnector({
  service_id: 'salesforce',
  unified_api: 'crm',
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
  state: 'callable',
})

function apiKeyConnector(apiKey: string): Connection {
  return generateConnector({
    service_id: 'pipedrive',
    unified_api: 'crm',
    auth_type: 'apiKey',
    state: 'callable',
    validation_support: true,
    form_fields: [{ id: 'api_key', label: 'API key', type: 'password', required: true }],
    settings: { api_key: apiKey },
  })
}

const { serve } = serveMockVault()
let vault: MockVault | undefined

function startVault(options: MockVaultOptions): MockVault {
  vault = createMockVault(options)
  serve(vault)
  return vault
}

async function renderActions(
  mock: MockVault,
  ref: ConnectionRef,
  props: Partial<Parameters<typeof ConnectionActions>[0]> = {},
  callbacks: Parameters<typeof renderWithProviders>[1]['callbacks'] = undefined,
) {
  const adapter = createVaultAdapter({ token: mock.token, baseUrl: mock.baseUrl })
  const connection = await adapter.getConnection(ref)
  return renderWithProviders(
    <ConnectionActions connection={connection} redirectUri="https://host.example/cb" {...props} />,
    { adapter, callbacks },
  )
}

describe('ConnectionActions', () => {
  describe('given an enabled connection', () => {
    it('the Enabled switch turns off at once, and the server then holds enabled: false', async () => {
      const mock = startVault({ connectors: [salesforce], latency: 40 })
      const onEvent = vi.fn<(event: IntegrationsEvent) => void>()
      const user = userEvent.setup()
      await renderActions(mock, salesforceRef, {}, { onEvent })

      const toggle = screen.getByRole('switch', { name: 'Enabled' })
      expect(toggle).toHaveAttribute('aria-checked', 'true')
      await user.click(toggle)

      // Optimistic: flipped before the server has answered.
      expect(toggle).toHaveAttribute('aria-checked', 'false')
      expect(toggle).toHaveAttribute('data-state', 'off')
      expect(mock.connection(salesforceRef)?.enabled).toBe(true)

      await waitFor(() => expect(mock.connection(salesforceRef)?.enabled).toBe(false))
      await waitFor(() => expect(toggle).not.toHaveAttribute('data-pending'))
      expect(toggle).toHaveAttribute('aria-checked', 'false')
      expect(screen.getByRole('group', { name: 'Manage Salesforce' })).toHaveAttribute(
        'data-enabled',
        'false',
      )
      const patch = mock.requests.find((request) => request.method === 'PATCH')
      expect(patch?.body).toEqual({ enabled: false })
      expect(onEvent).toHaveBeenCalledWith({
        type: 'connection_disabled',
        unifiedApi: 'crm',
        serviceId: 'salesforce',
      })
    })

    it('a failed disable returns the switch to on and says why; Try again succeeds', async () => {
      const mock = startVault({ connectors: [salesforce] })
      mock.fail({ method: 'PATCH', path: '/vault/connections/crm/salesforce' }, { status: 500 })
      const user = userEvent.setup()
      await renderActions(mock, salesforceRef)

      const toggle = screen.getByRole('switch', { name: 'Enabled' })
      await user.click(toggle)

      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent(
        /^Salesforce could not be disabled\. The service ran into a problem\. Try again in a moment\./,
      )
      expect(alert).not.toHaveTextContent('Internal Server Error')
      expect(toggle).toHaveAttribute('aria-checked', 'true')
      expect(toggle).toHaveAccessibleDescription(
        'Salesforce could not be disabled. The service ran into a problem. Try again in a moment.',
      )
      expect(mock.connection(salesforceRef)?.enabled).toBe(true)

      await user.click(within(alert).getByRole('button', { name: 'Try again' }))
      await waitFor(() => expect(mock.connection(salesforceRef)?.enabled).toBe(false))
      await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
      expect(toggle).toHaveAttribute('aria-checked', 'false')
    })
  })

  describe('given a disabled connection', () => {
    it('the switch enables it with the keyboard (Space)', async () => {
      const mock = startVault({ connectors: [{ ...salesforce, enabled: false }] })
      const user = userEvent.setup()
      await renderActions(mock, salesforceRef)

      const toggle = screen.getByRole('switch', { name: 'Enabled' })
      expect(toggle).toHaveAttribute('aria-checked', 'false')
      toggle.focus()
      await user.keyboard(' ')

      expect(toggle).toHaveAttribute('aria-checked', 'true')
      await waitFor(() => expect(mock.connection(salesforceRef)?.enabled).toBe(true))
      expect(mock.connection(salesforceRef)?.state).toBe('callable')
    })

    it('clicking the visible label toggles the switch', async () => {
      const mock = startVault({ connectors: [{ ...salesforce, enabled: false }] })
      const user = userEvent.setup()
      await renderActions(mock, salesforceRef)

      await user.click(screen.getByText('Enabled'))
      await waitFor(() => expect(mock.connection(salesforceRef)?.enabled).toBe(true))
    })
  })

  describe('allowActions', () => {
    it('absent: every applicable action is offered as a named button', async () => {
      const mock = startVault({ connectors: [salesforce] })
      await renderActions(mock, salesforceRef)

      expect(screen.getByRole('switch', { name: 'Enabled' })).toBeInTheDocument()
      for (const name of [
        'Test connection',
        'Re-authorize',
        'Disconnect',
        'Import credentials',
        'Delete connection',
      ]) {
        expect(screen.getByRole('button', { name })).toBeInTheDocument()
      }
    })

    it('[] hides every action', async () => {
      const mock = startVault({ connectors: [salesforce] })
      await renderActions(mock, salesforceRef, { allowActions: [] })

      expect(screen.queryByRole('switch')).not.toBeInTheDocument()
      expect(screen.queryAllByRole('button')).toEqual([])
      expect(screen.queryByRole('group')).not.toBeInTheDocument()
    })

    it("['delete'] shows only Delete", async () => {
      const mock = startVault({ connectors: [salesforce] })
      await renderActions(mock, salesforceRef, { allowActions: ['delete'] })

      expect(screen.queryByRole('switch')).not.toBeInTheDocument()
      expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
        'Delete connection',
      ])
    })
  })

  describe('Test connection', () => {
    it('says the connection works when the provider accepts the credentials', async () => {
      const mock = startVault({ connectors: [apiKeyConnector('a-good-key')] })
      const onEvent = vi.fn<(event: IntegrationsEvent) => void>()
      const user = userEvent.setup()
      await renderActions(mock, pipedriveRef, {}, { onEvent })

      await user.click(screen.getByRole('button', { name: 'Test connection' }))

      expect(await screen.findByRole('status')).toHaveTextContent('Connection works')
      expect(mock.connection(pipedriveRef)?.state).toBe('callable')
      expect(mock.requests.some((request) => request.path.endsWith('/validate'))).toBe(true)
      expect(onEvent).toHaveBeenCalledWith({
        type: 'connection_validated',
        unifiedApi: 'crm',
        serviceId: 'pipedrive',
        valid: true,
      })
    })

    it('says the credentials are invalid when the provider rejects them (mock: value "invalid")', async () => {
      const mock = startVault({ connectors: [apiKeyConnector(INVALID_CREDENTIAL)] })
      const user = userEvent.setup()
      await renderActions(mock, pipedriveRef)

      await user.click(screen.getByRole('button', { name: 'Test connection' }))

      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent(
          'Invalid credentials — update your settings',
        ),
      )
      expect(screen.getByRole('status')).toHaveAttribute('data-ik-tone', 'danger')
      expect(mock.connection(pipedriveRef)?.state).toBe('invalid')
      // Still offered: the credentials are tested again after the settings are fixed.
      await waitFor(() =>
        expect(screen.getByRole('group')).toHaveAttribute('data-state', 'invalid'),
      )
      expect(screen.getByRole('button', { name: 'Test connection' })).toBeInTheDocument()
    })

    it('a failed request shows an alert with Try again', async () => {
      const mock = startVault({ connectors: [apiKeyConnector('a-good-key')] })
      mock.fail({ method: 'POST', path: /\/validate$/ }, { status: 503 })
      const user = userEvent.setup()
      await renderActions(mock, pipedriveRef)

      await user.click(screen.getByRole('button', { name: 'Test connection' }))
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent(
        /^The connection to Pipedrive could not be tested\. The service ran into a problem\./,
      )

      await user.click(within(alert).getByRole('button', { name: 'Try again' }))
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Connection works'))
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    })
  })

  it('spreads className and unknown props onto its root, with state attributes', async () => {
    const mock = startVault({ connectors: [salesforce] })
    await renderActions(mock, salesforceRef, { className: 'host-class', id: 'host-id' })

    const root = screen.getByRole('group', { name: 'Manage Salesforce' })
    expect(root).toHaveClass('host-class')
    expect(root).toHaveAttribute('id', 'host-id')
    expect(root).toHaveAttribute('data-ik-slot', 'connection-actions')
    expect(root).toHaveAttribute('data-state', 'callable')
  })
})
