// @module-tag panel
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import {
  ConnectionSettingsForm,
  createVaultAdapter,
  type Connection,
  type FormField,
} from 'integrations-kit'
import { createMockVault, INVALID_CREDENTIAL, type MockVault } from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../../utils'
import { serveMockVault } from '../../support/serve-mock-vault'

const { serve } = serveMockVault()
let vault: MockVault | undefined

const fields: FormField[] = [
  { id: 'subdomain', label: 'Subdomain', type: 'text', required: true, suffix: '.acme.io' },
  { id: 'api_key', label: 'API key', type: 'password', required: true, sensitive: true },
  {
    id: 'region',
    label: 'Region',
    type: 'select',
    options: [
      { label: 'EU', value: 'eu' },
      { label: 'US', value: 'us' },
    ],
  },
  { id: 'account.id', label: 'Account', type: 'text', hidden: true, value: 'acc-1' },
  { id: 'plan', label: 'Plan', type: 'text', disabled: true, value: 'pro' },
]

function acme(overrides: Partial<Connection> = {}): Connection {
  return {
    id: 'crm+acme',
    service_id: 'acme',
    unified_api: 'crm',
    name: 'Acme CRM',
    state: 'added',
    enabled: true,
    auth_type: 'apiKey',
    integration_state: 'configured',
    settings: {},
    form_fields: fields,
    settings_required_for_authorization: ['subdomain', 'api_key'],
    ...overrides,
  }
}

const ref = { unifiedApi: 'crm', serviceId: 'acme' }

function start(connector: Connection = acme()) {
  vault = createMockVault({ connectors: [connector] })
  serve(vault)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  const user = userEvent.setup()
  return { vault, adapter, user }
}

async function fillCredentials(user: ReturnType<typeof userEvent.setup>, key = 'sk_live_123') {
  await user.type(await screen.findByLabelText(/^Subdomain/), 'tenant')
  await user.type(screen.getByLabelText(/^API key/), key)
  await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'US')
}

describe('given a connection loaded by ref', () => {
  it('saves every value, hidden and read-only ones included, and the mock holds them', async () => {
    const { vault, adapter, user } = start()
    const onSaved = vi.fn()
    renderWithProviders(<ConnectionSettingsForm connectionRef={ref} onSaved={onSaved} />, {
      adapter,
    })
    await fillCredentials(user)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Settings saved')
    expect(vault.connection(ref)?.settings).toEqual({
      subdomain: 'tenant',
      api_key: 'sk_live_123',
      region: 'us',
      'account.id': 'acc-1',
      plan: 'pro',
    })
    expect(vault.connection(ref)?.state).toBe('callable')
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ state: 'callable' }))
    expect(screen.getByLabelText(/^Subdomain/)).toHaveValue('tenant')
  })

  it('blocks an incomplete form on the client and sends nothing', async () => {
    const { vault, adapter, user } = start()
    renderWithProviders(<ConnectionSettingsForm connectionRef={ref} />, { adapter })
    await user.click(await screen.findByRole('button', { name: 'Save' }))
    expect(await screen.findAllByRole('alert')).toHaveLength(2)
    expect(screen.getByLabelText(/^Subdomain/)).toHaveAttribute('aria-invalid', 'true')
    expect(vault.requests.filter((request) => request.method === 'PATCH')).toHaveLength(0)
  })
})

describe('when the save fails', () => {
  it.each([
    [422, 'Some values were not accepted. Check them and try again.'],
    [500, 'The service ran into a problem. Try again in a moment.'],
  ])('keeps every typed value and says why in its own words (%i)', async (status, reason) => {
    const { vault, adapter, user } = start()
    vault.fail(
      { method: 'PATCH', path: '/vault/connections/crm/acme' },
      {
        status,
        body: {
          status_code: status,
          error: 'Failed',
          type_name: 'InvalidStateError',
          message: 'Upstream refused the settings',
        },
      },
    )
    renderWithProviders(<ConnectionSettingsForm connection={acme()} />, { adapter })
    await fillCredentials(user)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(`The settings of Acme CRM could not be saved. ${reason}`)
    expect(alert).not.toHaveTextContent('Upstream refused the settings')
    expect(screen.getByLabelText(/^Subdomain/)).toHaveValue('tenant')
    expect(screen.getByLabelText(/^API key/)).toHaveValue('sk_live_123')
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveDisplayValue('US')
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled()
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Settings saved')).toBeInTheDocument()
    expect(vault.connection(ref)?.settings).toMatchObject({ subdomain: 'tenant' })
  })

  it('puts a server field error on the field it names', async () => {
    const { vault, adapter, user } = start()
    vault.fail(
      { method: 'PATCH', path: '/vault/connections/crm/acme' },
      {
        status: 400,
        body: {
          status_code: 400,
          error: 'Bad Request',
          type_name: 'RequestValidationError',
          message: 'Invalid Params',
          detail: { missing: [{ api_key: 'required' }] },
        },
      },
    )
    renderWithProviders(<ConnectionSettingsForm connection={acme()} />, { adapter })
    await fillCredentials(user)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const input = screen.getByLabelText(/^API key/)
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'))
    expect(input).toHaveAccessibleDescription('API key is required')
    expect(
      screen.getByText(
        'The settings of Acme CRM could not be saved. Some values were not accepted. Check them and try again.',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByText(/Invalid Params/)).toBeNull()
  })

  it('disables the submit button while saving', async () => {
    vault = createMockVault({ connectors: [acme()], latency: 150 })
    serve(vault)
    const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
    const user = userEvent.setup()
    renderWithProviders(<ConnectionSettingsForm connection={acme()} />, { adapter })
    await fillCredentials(user)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(screen.getByRole('button', { name: 'Saving…' })).toBeDisabled()
    expect(await screen.findByRole('button', { name: 'Save' })).toBeEnabled()
  })
})

describe('given a connector with validation support', () => {
  const validating = () => acme({ validation_support: true })

  it('reports Connected for good credentials', async () => {
    const { adapter, user } = start(validating())
    renderWithProviders(<ConnectionSettingsForm connection={validating()} />, { adapter })
    await fillCredentials(user)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Connected')).toBeInTheDocument()
  })

  it('reports that it could not connect for rejected credentials', async () => {
    const { vault, adapter, user } = start(validating())
    renderWithProviders(<ConnectionSettingsForm connection={validating()} />, { adapter })
    await fillCredentials(user, INVALID_CREDENTIAL)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not connect — check your credentials',
    )
    expect(vault.requests.some((request) => request.path.endsWith('/validate'))).toBe(true)
    expect(vault.connection(ref)?.state).toBe('invalid')
  })
})

describe('given `only`', () => {
  it('renders and saves just those fields', async () => {
    const { vault, adapter, user } = start()
    renderWithProviders(<ConnectionSettingsForm connection={acme()} only={['api_key']} />, {
      adapter,
    })
    expect(screen.queryByLabelText(/^Subdomain/)).toBeNull()
    await user.type(screen.getByLabelText(/^API key/), 'k{Enter}')
    expect(await screen.findByText('Settings saved')).toBeInTheDocument()
    const patch = vault.requests.find((request) => request.method === 'PATCH')
    expect(patch?.body).toEqual({ settings: { api_key: 'k' } })
  })
})
