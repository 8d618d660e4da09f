// @module-tag page
/**
 * Creating a connection from a catalog entry (the `create` primary action) on the in-memory adapter:
 * the panel switches to the new connection (deep link, announcement, focus), and a refused create
 * keeps every typed value with the API's field errors on their fields.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { IntegrationsApiError, IntegrationsPage, type IntegrationsEvent } from 'integrations-kit'
import { createInMemoryAdapter, instanceOf, oktaSaml } from '../../support/in-memory-adapter'
import { renderWithProviders } from '../../utils'

afterEach(() => window.history.replaceState(null, '', '/'))

function renderPage() {
  const adapter = createInMemoryAdapter({
    connections: [instanceOf(oktaSaml(), 'conn_acme', 'Acme Okta')],
  })
  const events: IntegrationsEvent[] = []
  const user = userEvent.setup()
  renderWithProviders(<IntegrationsPage urlSync />, {
    adapter,
    callbacks: { onEvent: (event) => events.push(event) },
  })
  return { adapter, user, events }
}

async function openOktaEntry(user: ReturnType<typeof userEvent.setup>) {
  const entry = await screen.findByRole('button', { name: /^Okta SAML Enterprise 1 connection/ })
  entry.focus()
  await user.keyboard('{Enter}')
  return screen.findByRole('dialog', { name: 'Okta SAML' })
}

describe('creating a connection from a catalog entry', () => {
  it('switches the panel to the new connection: deep link, announcement, focus on its title', async () => {
    const { adapter, user, events } = renderPage()
    const dialog = await openOktaEntry(user)
    const form = within(dialog).getByRole('region', { name: 'New connection' })
    await user.click(within(form).getByRole('textbox', { name: /^Display name/ }))
    await user.keyboard('Globex Okta')
    await user.tab()
    await user.keyboard('urn:globex')
    await user.keyboard('{Enter}')

    const created = await screen.findByRole('dialog', { name: 'Globex Okta' })
    expect(adapter.calls.filter((call) => call.method === 'create')).toEqual([
      {
        method: 'create',
        ref: { unifiedApi: 'enterprise', serviceId: 'saml:okta' },
        body: { name: 'Globex Okta', entity_id: 'urn:globex' },
      },
    ])
    expect(new URL(window.location.href).searchParams.get('connector')).toBe(
      'enterprise/saml:okta/conn_1',
    )
    expect(within(created).getByText('Globex Okta is created')).toHaveAttribute('role', 'status')
    await waitFor(() =>
      expect(within(created).getByRole('heading', { name: 'Globex Okta' })).toHaveFocus(),
    )
    expect(events).toContainEqual({
      type: 'connection_created',
      unifiedApi: 'enterprise',
      serviceId: 'saml:okta',
      connectionId: 'conn_1',
    })
    // Its card is in "Your connections", and the entry now counts two.
    const yours = screen.getByRole('list', { name: /^Your connections/, hidden: true })
    expect(
      within(yours)
        .getAllByRole('button', { hidden: true })
        .map((card) => card.dataset.ikKey),
    ).toContain('enterprise/saml:okta/conn_1')
    expect(
      screen.getByRole('button', { name: /^Okta SAML Enterprise 2 connections/, hidden: true }),
    ).toBeInTheDocument()
  })

  it('a refused create keeps every typed value and puts the field error on its field', async () => {
    const { adapter, user } = renderPage()
    adapter.fail(
      'create',
      new IntegrationsApiError({
        kind: 'http',
        status: 400,
        message: 'Invalid.',
        detail: { errors: [{ field: 'entity_id', message: 'This entity ID is already in use.' }] },
      }),
    )
    const dialog = await openOktaEntry(user)
    const name = within(dialog).getByRole('textbox', { name: /^Display name/ })
    const entityId = within(dialog).getByRole('textbox', { name: /^Entity ID/ })
    await user.type(name, 'Globex Okta')
    await user.type(entityId, 'urn:taken')
    await user.click(within(dialog).getByRole('button', { name: 'Create connection' }))

    await waitFor(() => expect(entityId).toHaveAttribute('aria-invalid', 'true'))
    expect(entityId).toHaveAccessibleDescription(/This entity ID is already in use\./)
    expect(name).toHaveValue('Globex Okta')
    expect(entityId).toHaveValue('urn:taken')
    expect(screen.getByRole('dialog', { name: 'Okta SAML' })).toBeInTheDocument()
    expect(
      within(dialog).getByText(/The Okta SAML connection could not be created\./),
    ).toBeInTheDocument()
    expect(adapter.instances()).toHaveLength(1)
  })
})
