// @module-tag panel
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import {
  createVaultAdapter,
  ImportConnectionDialog,
  ResourceSettingsForm,
  type Connection,
  type ResourceConfiguration,
} from 'integrations-kit'
import { missingRequiredDefaults } from '../../../src/forms/form-fields'
import { createMockVault, type MockVault } from 'integrations-kit/testing/msw'
import { createTestQueryClient, renderWithProviders } from '../../utils'
import { serveMockVault } from '../../support/serve-mock-vault'

const { serve } = serveMockVault()
let vault: MockVault | undefined

const leads = {
  resource: 'leads',
  defaults: [
    { id: 'source', label: 'Lead source', type: 'text', target: 'resource' },
    {
      id: 'owner_id',
      label: 'Owner',
      type: 'select',
      required: true,
      target: 'resource',
      options: [
        { label: 'Ada', value: 'u1', option_type: 'simple' },
        { label: 'Grace', value: 'u2', option_type: 'simple' },
      ],
    },
  ],
} as unknown as ResourceConfiguration

function crm(overrides: Partial<Connection> = {}): Connection {
  return {
    id: 'crm+pipedrive',
    service_id: 'pipedrive',
    unified_api: 'crm',
    name: 'Pipedrive',
    state: 'callable',
    enabled: true,
    auth_type: 'oauth2',
    oauth_grant_type: 'authorization_code',
    integration_state: 'configured',
    configurable_resources: ['leads'],
    configuration: [leads],
    form_fields: [{ id: 'company_domain', label: 'Company domain', type: 'text' }],
    ...overrides,
  }
}

const ref = { unifiedApi: 'crm', serviceId: 'pipedrive' }

function start(connector: Connection = crm()) {
  vault = createMockVault({ connectors: [connector] })
  serve(vault)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  return { vault, adapter, user: userEvent.setup() }
}

describe('ResourceSettingsForm', () => {
  it('shows required fields first and saves the defaults into the connection', async () => {
    const { vault, adapter, user } = start()
    renderWithProviders(<ResourceSettingsForm connectionRef={ref} resource="leads" />, { adapter })
    expect(screen.getByRole('status')).toHaveTextContent('Loading leads settings…')
    const owner = await screen.findByRole('combobox', { name: /Owner/ })
    const labels = screen.getAllByText(/Owner|Lead source/).map((element) => element.textContent)
    expect(labels[0]).toMatch(/^Owner/)
    await user.selectOptions(owner, 'Grace')
    await user.type(screen.getByLabelText('Lead source'), 'Website')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Defaults saved')).toBeInTheDocument()
    const patch = vault.requests.find((request) => request.method === 'PATCH')
    expect(patch?.body).toEqual({
      configuration: [
        {
          resource: 'leads',
          defaults: [
            // `target` is read-only in the spec: the client leaves it out of request bodies.
            { id: 'owner_id', value: 'u2' },
            { id: 'source', value: 'Website' },
          ],
        },
      ],
    })
    const saved = vault.connection(ref)?.configuration?.find((item) => item.resource === 'leads')
    expect(saved?.defaults).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'owner_id', value: 'u2' }),
        expect.objectContaining({ id: 'source', value: 'Website' }),
      ]),
    )
  })

  it('shows a load error with a Retry that recovers', async () => {
    const { vault, adapter, user } = start()
    vault.fail({ method: 'GET', path: /\/leads\/config$/ }, { status: 403 })
    renderWithProviders(<ResourceSettingsForm connectionRef={ref} resource="leads" />, { adapter })
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "The leads defaults could not be loaded. You don't have permission to do this. Ask an administrator.",
    )
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('combobox', { name: /Owner/ })).toBeInTheDocument()
  })

  it('tells which required defaults are missing', () => {
    expect(
      missingRequiredDefaults([
        { id: 'owner_id', label: 'Owner', type: 'select', required: true },
        { id: 'source', label: 'Source', type: 'text', required: true, value: 'web' },
      ]).map((field) => field.id),
    ).toEqual(['owner_id'])
  })
})

describe('ImportConnectionDialog', () => {
  const secret = 'at-SUPER-SECRET-9f8e7d'
  const refreshSecret = 'rt-ALSO-SECRET-1a2b3c'
  const available = () =>
    crm({ state: 'available', enabled: false, configuration: [], configurable_resources: [] })

  it('imports credentials, closes, and keeps no secret anywhere', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      vi.spyOn(console, method),
    )
    const { vault, adapter, user } = start(available())
    const queryClient = createTestQueryClient()
    const onImported = vi.fn()
    renderWithProviders(
      <ImportConnectionDialog connection={available()} onImported={onImported} />,
      { adapter, queryClient },
    )
    await user.click(screen.getByRole('button', { name: 'Import connection' }))
    // The first open in this file: the content's chunk arrives after the dialog opened, replaces
    // its frame and focuses the first field.
    expect(await screen.findByLabelText(/^Access token/)).toHaveFocus()
    const dialog = screen.getByRole('dialog', { name: 'Import a Pipedrive connection' })
    expect(dialog).toHaveAccessibleDescription(/Use credentials you already have/)

    await user.keyboard(secret)
    await user.tab()
    await user.tab()
    expect(within(dialog).getByLabelText('Refresh token')).toHaveFocus()
    await user.keyboard(refreshSecret)
    await user.type(within(dialog).getByLabelText('Issued at'), '2024-05-01T10:30')
    await user.type(within(dialog).getByLabelText('Expires in (seconds)'), '3600')
    await user.type(within(dialog).getByLabelText('Company domain'), 'acme')
    await user.type(within(dialog).getByLabelText('Metadata (JSON)'), '{{"plan": "pro"}')
    await user.click(within(dialog).getByRole('button', { name: 'Import' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(onImported).toHaveBeenCalledWith(expect.objectContaining({ state: 'callable' }))
    expect(vault.connection(ref)?.state).toBe('callable')
    const request = vault.requests.find((item) => item.method === 'POST')
    expect(request?.body).toEqual({
      credentials: {
        access_token: secret,
        refresh_token: refreshSecret,
        issued_at: new Date('2024-05-01T10:30').toISOString(),
        expires_in: 3600,
      },
      settings: { company_domain: 'acme' },
      metadata: { plan: 'pro' },
    })

    const cached = () =>
      JSON.stringify([
        queryClient
          .getQueryCache()
          .getAll()
          .map((query) => query.state),
        queryClient
          .getMutationCache()
          .getAll()
          .map((mutation) => [mutation.state, mutation.options.mutationKey]),
      ])
    await waitFor(() => expect(cached()).not.toContain(secret))
    expect(cached()).not.toContain(refreshSecret)
    expect(document.body.innerHTML).not.toContain(secret)
    expect(document.body.innerHTML).not.toContain(refreshSecret)
    for (const spy of spies) {
      expect(JSON.stringify(spy.mock.calls)).not.toContain(secret)
    }
    expect(screen.getByRole('button', { name: 'Import connection' })).toHaveFocus()
  })

  it('drops typed secrets when cancelled with Escape', async () => {
    const { vault, adapter, user } = start(available())
    renderWithProviders(<ImportConnectionDialog connection={available()} />, { adapter })
    await user.click(screen.getByRole('button', { name: 'Import connection' }))
    await user.type(await screen.findByLabelText(/^Access token/), secret)
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(document.body.innerHTML).not.toContain(secret)
    await user.click(screen.getByRole('button', { name: 'Import connection' }))
    expect(await screen.findByLabelText(/^Access token/)).toHaveValue('')
    expect(vault.requests.filter((item) => item.method === 'POST')).toHaveLength(0)
  })

  it('validates before sending and keeps values after a failed import', async () => {
    const { vault, adapter, user } = start(available())
    vault.fail(
      { method: 'POST', path: /\/import$/ },
      {
        status: 409,
        body: {
          status_code: 409,
          error: 'Conflict',
          type_name: 'ConflictError',
          message: 'Already connected',
        },
      },
    )
    renderWithProviders(<ImportConnectionDialog connection={available()} defaultOpen />, {
      adapter,
    })
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Import' }))
    expect(within(dialog).getByLabelText(/^Access token/)).toHaveAttribute('aria-invalid', 'true')
    await user.type(within(dialog).getByLabelText(/^Access token/), secret)
    await user.type(within(dialog).getByLabelText('Metadata (JSON)'), '42')
    await user.click(within(dialog).getByRole('button', { name: 'Import' }))
    expect(await within(dialog).findByText('Enter a valid JSON object')).toBeInTheDocument()
    expect(vault.requests.filter((item) => item.method === 'POST')).toHaveLength(0)
    await user.clear(within(dialog).getByLabelText('Metadata (JSON)'))
    await user.click(within(dialog).getByRole('button', { name: 'Import' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /^The credentials for Pipedrive could not be imported\. It was changed somewhere else at the same time\./,
    )
    expect(within(dialog).queryByText(/Already connected/)).toBeNull()
    expect(within(dialog).getByLabelText(/^Access token/)).toHaveValue(secret)
  })
})
