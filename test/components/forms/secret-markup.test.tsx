// @module-tag panel
/**
 * A secret typed into (or loaded into) a masked input lives in the input's DOM property only: never
 * in its `value` attribute, which outerHTML, DOM snapshots and session-replay recordings carry.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import {
  ConnectionSettingsForm,
  createVaultAdapter,
  type Connection,
  type FormField,
} from 'integrations-kit'
import { createMockVault, type MockVault } from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../../utils'
import { FieldsHarness } from './harness'
import { serveMockVault } from '../../support/serve-mock-vault'

const { serve } = serveMockVault()
let vault: MockVault | undefined

const SECRET = 'sk_live_9f8e7d6c5b'

const fields: FormField[] = [
  { id: 'subdomain', label: 'Subdomain', type: 'text', required: true },
  { id: 'api_key', label: 'API key', type: 'password', required: true, sensitive: true },
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
    ...overrides,
  }
}

const ref = { unifiedApi: 'crm', serviceId: 'acme' }

describe('a masked input', () => {
  it('holds a typed secret in its property, not in the markup, and submits it', async () => {
    const onSubmit = vi.fn()
    const user = userEvent.setup()
    const { container } = render(<FieldsHarness fields={fields} onSubmit={onSubmit} />)
    const input = screen.getByLabelText(/^API key/)
    await user.type(input, SECRET)
    expect(input).toHaveValue(SECRET)
    expect(input).not.toHaveAttribute('value')
    expect(container.innerHTML).not.toContain(SECRET)

    // Revealing changes the type only; the value stays and still not in the markup.
    await user.click(screen.getByRole('button', { name: 'Show API key' }))
    expect(input).toHaveAttribute('type', 'text')
    expect(input).toHaveValue(SECRET)
    expect(container.innerHTML).not.toContain(SECRET)

    await user.type(screen.getByLabelText(/^Subdomain/), 'tenant')
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ subdomain: 'tenant', api_key: SECRET }),
    )
  })

  it('shows a saved secret through the property only', () => {
    const { container } = render(
      <FieldsHarness fields={fields} settings={{ api_key: SECRET }} onSubmit={vi.fn()} />,
    )
    expect(screen.getByLabelText(/^API key/)).toHaveValue(SECRET)
    expect(container.innerHTML).not.toContain(SECRET)
  })

  it('trims a pasted prefix into the property, not the markup', () => {
    const adorned: FormField[] = [
      { id: 'token', label: 'Token', type: 'password', prefix: 'Bearer ' },
    ]
    const onSubmit = vi.fn()
    const { container } = render(<FieldsHarness fields={adorned} onSubmit={onSubmit} />)
    const input = screen.getByLabelText(/^Token/)
    fireEvent.paste(input, { clipboardData: { getData: () => `Bearer ${SECRET}` } })
    expect(input).toHaveValue(SECRET)
    expect(container.innerHTML).not.toContain(SECRET)
  })

  it('after saving to the mock Vault, the secret is still not in the markup', async () => {
    vault = createMockVault({ connectors: [acme()] })
    serve(vault)
    const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
    const user = userEvent.setup()
    const { container } = renderWithProviders(<ConnectionSettingsForm connectionRef={ref} />, {
      adapter,
    })
    await user.type(await screen.findByLabelText(/^Subdomain/), 'tenant')
    await user.type(screen.getByLabelText(/^API key/), SECRET)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(vault?.connection(ref)?.settings).toMatchObject({ api_key: SECRET }))
    expect(await screen.findByRole('status')).toHaveTextContent(/Settings saved|Connected/)
    expect(screen.getByLabelText(/^API key/)).toHaveValue(SECRET)
    expect(container.innerHTML).not.toContain(SECRET)
    expect(document.body.innerHTML).not.toContain(SECRET)
  })
})
