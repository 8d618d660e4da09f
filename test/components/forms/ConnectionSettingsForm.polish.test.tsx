// @module-tag page
/**
 * ConnectionSettingsForm details found in review: no Save when nothing is editable, Save's
 * emphasis, and API descriptions rendered as inline Markdown with `{{field_id}}` filled in.
 * Through the spec-checking mock Vault.
 */
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import {
  ConnectionSettingsForm,
  createVaultAdapter,
  IntegrationsPage,
  type Connection,
  type FormField,
} from 'integrations-kit'
import { createMockVault, generateConnector, type MockVault } from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../../utils'

const { serve } = serveMockVault()
let vault: MockVault | undefined

function connector(form_fields: FormField[], overrides: Partial<Connection> = {}): Connection {
  return generateConnector({ service_id: 'acme', state: 'added', form_fields, ...overrides })
}

function renderForm(
  connection: Connection,
  props: { submitVariant?: 'primary' | 'secondary' } = {},
) {
  vault = createMockVault({ connectors: [connection] })
  serve(vault)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  const live = vault.connection('crm+acme')
  if (!live) {
    throw new Error('mock lost the connector')
  }
  renderWithProviders(<ConnectionSettingsForm connection={live} {...props} />, { adapter })
  return { user: userEvent.setup() }
}

const info: FormField = {
  id: 'notice',
  label: 'Permissions',
  type: 'info',
  description: 'Connect with a **Super Admin**.',
}
const copy: FormField = {
  id: 'webhook_url',
  label: 'Webhook URL',
  type: 'copy',
  value: 'https://hooks.example/acme',
}

describe('the Save button', () => {
  it('is absent when the visible fields are only info and copy', () => {
    renderForm(connector([info, copy]))
    expect(screen.getByRole('textbox', { name: /Webhook URL/ })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull()
  })

  it('is absent when every other field is read-only or hidden', () => {
    renderForm(
      connector([
        info,
        { id: 'plan', label: 'Plan', type: 'text', disabled: true, value: 'pro' },
        { id: 'secret', label: 'Secret', type: 'text', hidden: true, value: 'x' },
      ]),
    )
    expect(screen.getByRole('textbox', { name: /Plan/ })).toHaveAttribute('readonly')
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull()
  })

  it('is there as soon as one field is editable, primary by default or secondary on request', () => {
    const fields: FormField[] = [info, { id: 'subdomain', label: 'Subdomain', type: 'text' }]
    renderForm(connector(fields))
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('data-variant', 'primary')
  })

  it('takes submitVariant="secondary"', () => {
    renderForm(connector([{ id: 'subdomain', label: 'Subdomain', type: 'text' }]), {
      submitVariant: 'secondary',
    })
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute(
      'data-variant',
      'secondary',
    )
  })
})

describe('the details panel', () => {
  it('makes Save secondary when Authorize is the call to action', async () => {
    vault = createMockVault({
      connectors: [
        generateConnector({
          service_id: 'acme',
          name: 'Acme',
          state: 'added',
          auth_type: 'oauth2',
          oauth_grant_type: 'authorization_code',
          form_fields: [{ id: 'instance', label: 'Instance', type: 'text', value: 'eu1' }],
          settings: { instance: 'eu1' },
        }),
      ],
    })
    serve(vault)
    const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
    renderWithProviders(<IntegrationsPage />, { adapter })
    await userEvent.setup().click(await screen.findByRole('button', { name: /^Acme/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Acme' })
    expect(within(dialog).getByRole('button', { name: 'Connect' })).toHaveAttribute(
      'data-variant',
      'primary',
    )
    expect(await within(dialog).findByRole('button', { name: 'Save' })).toHaveAttribute(
      'data-variant',
      'secondary',
    )
  })
})

describe('descriptions from the API', () => {
  it('render bold, italic, code and safe links; unsafe links stay literal text', () => {
    renderForm(
      connector([
        {
          id: 'notice',
          label: 'Permissions',
          type: 'info',
          description:
            'Use a **Super Admin**, *not* a `viewer`. See [the guide](https://docs.example/acme) or [this](javascript:alert(1)).',
        },
      ]),
    )
    expect(screen.getByText('Super Admin').tagName).toBe('STRONG')
    expect(screen.getByText('not').tagName).toBe('EM')
    expect(screen.getByText('viewer').tagName).toBe('CODE')
    const link = screen.getByRole('link', { name: 'the guide' })
    expect(link).toHaveAttribute('href', 'https://docs.example/acme')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(screen.getAllByRole('link')).toHaveLength(1)
    expect(screen.getByText(/\[this\]\(javascript:alert\(1\)\)/)).toBeInTheDocument()
    expect(document.body).not.toHaveTextContent('**')
  })

  it('fill {{field_id}} with the current value of another field, as the user types', async () => {
    const { user } = renderForm(
      connector([
        { id: 'subdomain', label: 'Subdomain', type: 'text', value: 'tenant' },
        {
          id: 'login_url',
          label: 'Login page',
          type: 'info',
          description: 'You sign in at **{{subdomain}}.acme.io**; {{unknown}} stays as written.',
        },
      ]),
    )
    expect(screen.getByText('tenant.acme.io').tagName).toBe('STRONG')
    expect(screen.getByText(/\{\{unknown\}\} stays as written/)).toBeInTheDocument()
    const input = screen.getByRole('textbox', { name: /Subdomain/ })
    await user.clear(input)
    await user.type(input, 'globex')
    expect(screen.getByText('globex.acme.io')).toBeInTheDocument()
  })

  it('never fill a placeholder with a secret', async () => {
    const { user } = renderForm(
      connector([
        { id: 'api_key', label: 'API key', type: 'password' },
        { id: 'hint', label: 'Hint', type: 'info', description: 'Key: {{api_key}}' },
      ]),
    )
    await user.type(screen.getByLabelText(/^API key/), 'sk_live_secret')
    expect(screen.getByText('Key: {{api_key}}')).toBeInTheDocument()
    expect(document.body).not.toHaveTextContent('sk_live_secret')
  })
})
