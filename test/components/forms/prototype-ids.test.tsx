/**
 * The settings form with field ids that are Object.prototype member names or react-hook-form path
 * syntax (`constructor`, `__proto__`, `toString`, `a.b`, `x[0]`): each is its own empty, required
 * control, blocks an empty save, and is sent under its exact id — checked against the
 * spec-checking mock, which stores what it receives.
 */
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import {
  ConnectionSettingsForm,
  createVaultAdapter,
  type Connection,
  type FormField,
} from 'integrations-kit'
import { createMockVault, type MockVault } from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../../utils'
import { serveMockVault } from '../../support/serve-mock-vault'

const { serve } = serveMockVault()
let vault: MockVault | undefined

const IDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'a.b', 'x[0]']

const fields: FormField[] = IDS.map((id, index) => ({
  id,
  label: `Setting ${index + 1}`,
  type: 'text',
  required: true,
}))

const acme: Connection = {
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
  settings_required_for_authorization: IDS,
}
const ref = { unifiedApi: 'crm', serviceId: 'acme' }

function start() {
  vault = createMockVault({ connectors: [acme] })
  serve(vault)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  renderWithProviders(<ConnectionSettingsForm connectionRef={ref} />, { adapter })
  // No delay between keystrokes: six fields are typed into, and timer ticks only add time.
  return { vault, user: userEvent.setup({ delay: null }) }
}

// By label (each control's accessible name): cheaper than role queries over a dozen inputs.
const control = (index: number) => screen.getByLabelText(new RegExp(`^Setting ${index + 1}\\b`))

describe('given required settings named like Object.prototype members and RHF paths', () => {
  it('starts each one empty and blocks an empty save, sending nothing', async () => {
    const { vault, user } = start()
    await user.click(await screen.findByRole('button', { name: 'Save' }))
    // Validation runs after the click's handler returns: wait for its outcome.
    await waitFor(() => expect(control(0)).toHaveAttribute('aria-invalid', 'true'))
    IDS.forEach((_id, index) => {
      expect(control(index)).toHaveValue('')
      expect(control(index)).toHaveAttribute('aria-invalid', 'true')
    })
    expect(vault.requests.filter((request) => request.method === 'PATCH')).toEqual([])
  })

  it('sends each value under its exact id, and the connection becomes callable', async () => {
    const { vault, user } = start()
    await screen.findByRole('button', { name: 'Save' })
    for (const [index] of IDS.entries()) {
      await user.type(control(index), `v${index}`)
    }
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Settings saved')
    const patch = vault.requests.find((request) => request.method === 'PATCH')
    const sent = (patch?.body as { settings: Record<string, unknown> }).settings
    expect(Object.keys(sent)).toEqual(IDS)
    IDS.forEach((id, index) => {
      expect(Object.getOwnPropertyDescriptor(sent, id)?.value).toBe(`v${index}`)
    })
    expect(vault.connection(ref)?.state).toBe('callable')
  })
})
