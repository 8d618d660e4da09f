// @module-tag page
/**
 * The page over an adapter whose connectors have many connections (the seam of issue 9), proved on
 * the in-memory adapter: catalog entries and instances, each instance its own card, panel, form,
 * delete and deep link.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import {
  IntegrationsPage,
  type IntegrationsEvent,
  type IntegrationsPageProps,
} from 'integrations-kit'
import {
  createInMemoryAdapter,
  instanceOf,
  oktaSaml,
  type InMemoryAdapterOptions,
} from '../../support/in-memory-adapter'
import { renderWithProviders } from '../../utils'

afterEach(() => window.history.replaceState(null, '', '/'))

const acme = () => instanceOf(oktaSaml(), 'conn_acme', 'Acme Okta')
const globex = () => instanceOf(oktaSaml(), 'conn_globex', 'Globex Okta')

function renderPage(
  props: Partial<IntegrationsPageProps> = {},
  options: InMemoryAdapterOptions = {},
) {
  const adapter = createInMemoryAdapter({ connections: [acme(), globex()], ...options })
  const events: IntegrationsEvent[] = []
  const deleted: string[] = []
  const user = userEvent.setup()
  const rendered = renderWithProviders(<IntegrationsPage {...props} />, {
    adapter,
    callbacks: {
      onEvent: (event) => events.push(event),
      onConnectionDelete: (connection) => deleted.push(connection.name),
    },
  })
  return { ...rendered, adapter, user, events, deleted }
}

const card = (name: RegExp) => screen.findByRole('button', { name })

describe('two connections of one connector', () => {
  it('each has its own card, keyed by its id', async () => {
    renderPage()
    const first = await card(/^Acme Okta/)
    const second = screen.getByRole('button', { name: /^Globex Okta/ })
    expect(first.dataset.ikKey).toBe('enterprise/saml:okta/conn_acme')
    expect(second.dataset.ikKey).toBe('enterprise/saml:okta/conn_globex')
    expect(screen.getByRole('button', { name: /^Okta SAML/ }).dataset.ikKey).toBe(
      'enterprise/saml:okta',
    )
  })

  it('open independently: the panel, the deep link and the event name the one opened', async () => {
    const { user, adapter, events } = renderPage({ urlSync: true })
    await user.click(await card(/^Globex Okta/))
    const dialog = await screen.findByRole('dialog', { name: 'Globex Okta' })
    expect(dialog).toBeInTheDocument()
    expect(new URL(window.location.href).searchParams.get('connector')).toBe(
      'enterprise/saml:okta/conn_globex',
    )
    expect(events).toContainEqual({
      type: 'connector_opened',
      unifiedApi: 'enterprise',
      serviceId: 'saml:okta',
      connectionId: 'conn_globex',
    })
    await waitFor(() =>
      expect(adapter.calls.filter((call) => call.method === 'get').map((c) => c.ref)).toEqual([
        { unifiedApi: 'enterprise', serviceId: 'saml:okta', connectionId: 'conn_globex' },
      ]),
    )
  })

  it('a deep link with the id opens that connection, and closing returns focus to its card', async () => {
    window.history.replaceState(null, '', '/?connector=enterprise%2Fsaml%3Aokta%2Fconn_acme')
    const { user } = renderPage({ urlSync: true })
    const dialog = await screen.findByRole('dialog', { name: 'Acme Okta' })
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await waitFor(() => expect(screen.getByRole('button', { name: /^Acme Okta/ })).toHaveFocus())
  })

  it('the connectionId prop opens that connection', async () => {
    renderPage({ unifiedApi: 'enterprise', serviceId: 'saml:okta', connectionId: 'conn_globex' })
    expect(await screen.findByRole('dialog', { name: 'Globex Okta' })).toBeInTheDocument()
  })

  it('edit independently: saving one sends its id and renames only its card', async () => {
    const { user, adapter, events } = renderPage()
    await user.click(await card(/^Acme Okta/))
    const dialog = await screen.findByRole('dialog', { name: 'Acme Okta' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Display name' }), 'Acme SSO')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await within(dialog).findByText('Settings saved')
    expect(adapter.calls.find((call) => call.method === 'update')).toEqual({
      method: 'update',
      ref: { unifiedApi: 'enterprise', serviceId: 'saml:okta', connectionId: 'conn_acme' },
      body: { settings: { name: 'Acme SSO', entity_id: '' } },
    })
    expect(events).toContainEqual({
      type: 'settings_saved',
      unifiedApi: 'enterprise',
      serviceId: 'saml:okta',
      connectionId: 'conn_acme',
    })
    expect(adapter.instances().map((instance) => instance.name)).toEqual([
      'Acme SSO',
      'Globex Okta',
    ])
    await user.keyboard('{Escape}')
    expect(await card(/^Acme SSO/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^Globex Okta/ })).toBeInTheDocument()
  })

  it('delete independently: the card goes, the other connection and the catalog entry stay', async () => {
    const { user, adapter, events, deleted } = renderPage()
    await user.click(await card(/^Globex Okta/))
    const dialog = await screen.findByRole('dialog', { name: 'Globex Okta' })
    await user.click(within(dialog).getByRole('button', { name: /^Delete/ }))
    // The question itself, described (a frame saying "Loading…" stands in while its chunk loads).
    const confirm = await screen.findByRole('alertdialog', { description: /./ })
    await user.click(within(confirm).getByRole('button', { name: /^Delete/ }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(adapter.calls.find((call) => call.method === 'delete')?.ref).toEqual({
      unifiedApi: 'enterprise',
      serviceId: 'saml:okta',
      connectionId: 'conn_globex',
    })
    expect(deleted).toEqual(['Globex Okta'])
    expect(events).toContainEqual({
      type: 'connection_deleted',
      unifiedApi: 'enterprise',
      serviceId: 'saml:okta',
      connectionId: 'conn_globex',
    })
    expect(screen.queryByRole('button', { name: /^Globex Okta/ })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^Acme Okta/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^Okta SAML/ })).toBeInTheDocument()
    expect(await screen.findByText('Globex Okta is deleted')).toBeInTheDocument()
  })
})
