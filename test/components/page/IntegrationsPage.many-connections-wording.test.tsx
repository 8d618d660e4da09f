// @module-tag page
/**
 * The page's words when connectors have many connections (capability multiplePerConnector): counts,
 * group names, filter labels, each entry's number of connections and the delete wording.
 */
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { IntegrationsPage } from 'integrations-kit'
import { de } from '../../../src/i18n/locales/de'
import {
  createInMemoryAdapter,
  github,
  instanceOf,
  oktaSaml,
  type InMemoryAdapterOptions,
} from '../../support/in-memory-adapter'
import { renderWithProviders } from '../../utils'

const google = () =>
  github({ id: 'social+oauth2:google', service_id: 'oauth2:google', name: 'Google' })

function renderPage(options: InMemoryAdapterOptions = {}, locale?: string) {
  const adapter = createInMemoryAdapter({
    connectors: [oktaSaml(), github(), google()],
    connections: [
      instanceOf(oktaSaml(), 'conn_acme', 'Acme Okta'),
      instanceOf(oktaSaml(), 'conn_globex', 'Globex Okta'),
      instanceOf(github(), 'conn_gh', 'Our GitHub'),
    ],
    ...options,
  })
  const user = userEvent.setup()
  renderWithProviders(<IntegrationsPage {...(locale ? { locale, messages: de } : {})} />, {
    adapter,
  })
  return { adapter, user }
}

describe('the catalog of connectors with many connections', () => {
  it('reads "3 connections · 2 types to add", in groups "Your connections" and "Add a connection"', async () => {
    renderPage()
    const yours = await screen.findByRole('list', { name: /^Your connections/ })
    expect(
      within(yours)
        .getAllByRole('button')
        .map((card) => card.dataset.ikKey),
    ).toEqual([
      'enterprise/saml:okta/conn_acme',
      'enterprise/saml:okta/conn_globex',
      'social/oauth2:github/conn_gh',
    ])
    const toAdd = screen.getByRole('list', { name: /^Add a connection/ })
    // GitHub allows one connection and has it: only Google and Okta are left to add.
    expect(
      within(toAdd)
        .getAllByRole('button')
        .map((card) => card.dataset.ikKey),
    ).toEqual(['social/oauth2:google', 'enterprise/saml:okta'])
    expect(screen.getByText('3 connections')).toBeInTheDocument()
    expect(screen.getByText('2 types to add')).toBeInTheDocument()
    expect(screen.queryByText(/^\d+ integrations$/)).not.toBeInTheDocument()
  })

  it('each catalog entry says how many connections it has, with no "Not connected" badge', async () => {
    renderPage()
    // A type to add: its count is its status ("Not connected" would contradict "2 connections").
    expect(
      await screen.findByRole('button', { name: 'Okta SAML Enterprise 2 connections' }),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: 'Google Social No connections yet' }),
    ).toBeInTheDocument()
    expect(screen.queryByText('Not connected')).not.toBeInTheDocument()
  })

  it("an instance's card names its connector next to the category, and carries no count", async () => {
    renderPage({
      connections: [instanceOf(oktaSaml({ name: 'Okta' }), 'conn_wayne', 'Wayne SSO')],
      connectors: [oktaSaml({ name: 'Okta' }), github()],
    })
    const card = await screen.findByRole('button', { name: /^Wayne SSO/ })
    expect(card).toHaveAccessibleName('Wayne SSO Okta · Enterprise Set up')
  })

  it('the status filter says "Your connections" and "Types to add"', async () => {
    const { user } = renderPage()
    await screen.findByRole('list', { name: /^Your connections/ })
    const filter = screen.getByRole('group', { name: 'Show' })
    for (const name of ['All', 'Your connections', 'Types to add']) {
      expect(within(filter).getByRole('radio', { name })).toBeInTheDocument()
    }
    expect(within(filter).queryByRole('radio', { name: 'Connected' })).not.toBeInTheDocument()
    await user.click(within(filter).getByRole('radio', { name: 'Types to add' }))
    expect(screen.queryByRole('list', { name: /^Your connections/ })).not.toBeInTheDocument()
    expect(screen.getByRole('list', { name: /^Add a connection/ })).toBeInTheDocument()
  })

  it("search finds an instance by its connector's name", async () => {
    const { user } = renderPage({
      connectors: [oktaSaml({ name: 'Okta Workforce' }), github()],
    })
    await screen.findByRole('list', { name: /^Your connections/ })
    await user.type(screen.getByRole('searchbox', { name: 'Search integrations' }), 'workforce')
    const yours = screen.getByRole('list', { name: /^Your connections/ })
    expect(
      within(yours)
        .getAllByRole('button')
        .map((card) => card.dataset.ikKey),
    ).toEqual(['enterprise/saml:okta/conn_acme', 'enterprise/saml:okta/conn_globex'])
  })

  it('the delete names the connection and says its connector stays to add again', async () => {
    const { user } = renderPage()
    await user.click(await screen.findByRole('button', { name: /^Acme Okta/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Acme Okta' })
    await user.click(within(dialog).getByRole('button', { name: 'Delete connection' }))
    // The question itself, described (a frame saying "Loading…" stands in while its chunk loads).
    const confirm = await screen.findByRole('alertdialog', {
      name: 'Delete Acme Okta?',
      description: /./,
    })
    expect(confirm).toHaveAccessibleDescription(
      'The connection Acme Okta is removed with its settings, and sign-ins through it stop. Okta SAML stays available, so you can add a connection again later.',
    )
  })

  it('is translated (German)', async () => {
    renderPage({}, 'de')
    expect(await screen.findByRole('list', { name: /^Ihre Verbindungen/ })).toBeInTheDocument()
    expect(screen.getByRole('list', { name: /^Verbindung hinzufügen/ })).toBeInTheDocument()
    expect(screen.getByText('3 Verbindungen')).toBeInTheDocument()
    expect(screen.getByText('2 Typen zum Hinzufügen')).toBeInTheDocument()
  })
})
