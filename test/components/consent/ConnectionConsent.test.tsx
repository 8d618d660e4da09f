// @module-tag page
/**
 * Data-scope consent in the drop-in page over the spec-checking mock Vault: the consent screen
 * comes first while consent is due; Accept, Deny (confirmed) and Revoke (confirmed) each change
 * the badge on the card and in the panel, are announced, emit their event and update the mock.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import {
  IntegrationsPage,
  type IntegrationsEvent,
  type IntegrationsPageProps,
} from 'integrations-kit'
import { generateConnectors } from 'integrations-kit/testing/msw'
import { defaultVaultSeed } from '../../../src/testing/vault-consent-seed'
import { renderWithProviders } from '../../utils'
import { serveMockVault } from '../vault-panel-setup'

const mockVault = serveMockVault()

function renderPage(
  props: Partial<IntegrationsPageProps> = {},
  vaultSeed: typeof defaultVaultSeed = defaultVaultSeed,
) {
  const { vault, adapter } = mockVault.start({ connectors: generateConnectors(24, 1), vaultSeed })
  const events: IntegrationsEvent[] = []
  const user = userEvent.setup()
  renderWithProviders(<IntegrationsPage {...props} onEvent={(event) => events.push(event)} />, {
    adapter,
  })
  return { user, vault, events }
}

async function openPanel(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await screen.findByRole('button', { name: new RegExp(`^${name}`) }))
  return screen.findByRole('dialog', { name })
}

/** The badge text of the panel's status and of the card in the catalog. */
function badges(dialog: HTMLElement, name: string) {
  const card = screen.getByRole('button', { name: new RegExp(`^${name}`), hidden: true })
  return {
    panel: dialog.querySelector('[data-ik-slot="details-status"] [data-ik-slot="badge-label"]')
      ?.textContent,
    card: card.querySelector('[data-ik-slot="badge-label"]')?.textContent,
  }
}

function consentSection(dialog: HTMLElement) {
  return dialog.querySelector<HTMLElement>('[data-section="consent"]')
}

describe('the consent screen', () => {
  it('comes first while consent is pending, lists what is asked, and Accept makes the connector usable', async () => {
    const { user, vault: mock, events } = renderPage()
    const dialog = await openPanel(user, 'Xero')
    const section = await within(dialog).findByRole('region', { name: 'Requested data access' })
    expect(badges(dialog, 'Xero')).toEqual({
      panel: 'Permission required',
      card: 'Permission required',
    })
    // What is asked, per resource and field.
    const fields = within(section).getByRole('list', { name: /Invoices/ })
    expect(within(fields).getByText('line_items[].description').closest('li')).toHaveTextContent(
      'Read and write',
    )
    expect(within(fields).getByText('total').closest('li')).toHaveTextContent('Read')
    // The data sections wait for consent; no decision yet, so no history.
    expect(within(dialog).queryByRole('heading', { name: 'Connection settings' })).toBeNull()
    expect(within(section).queryByRole('heading', { name: 'History' })).toBeNull()

    await user.click(within(section).getByRole('button', { name: 'Accept' }))

    const said = 'You granted Xero access to your data.'
    await waitFor(() =>
      expect(
        within(section)
          .getAllByRole('status')
          .map((s) => s.textContent),
      ).toContain(said),
    )
    await waitFor(() => expect(within(section).getByText(said, { selector: 'p' })).toHaveFocus())
    expect(badges(dialog, 'Xero')).toEqual({ panel: 'Connected', card: 'Connected' })
    // Usable: the settings appear, the section turns into the history of decisions.
    expect(
      await within(dialog).findByRole('heading', { name: 'Connection settings' }),
    ).toBeVisible()
    expect(within(section).getByRole('heading', { name: 'Data access' })).toBeVisible()
    expect(await within(section).findByRole('list', { name: 'History' })).toHaveTextContent(
      /Granted.*1 resource, 4 fields/,
    )
    expect(events).toContainEqual({
      type: 'consent_granted',
      unifiedApi: 'accounting',
      serviceId: 'xero',
    })
    expect(mock.connection({ unifiedApi: 'accounting', serviceId: 'xero' })?.consent_state).toBe(
      'granted',
    )
  })

  it('says "Full data access" for "*"', async () => {
    const { user } = renderPage()
    const dialog = await openPanel(user, 'Odoo')
    const section = await within(dialog).findByRole('region', { name: 'Requested data access' })
    expect(within(section).getByText('Full data access')).toBeVisible()
    expect(
      within(section).getByText('Odoo can read and write all data, in every resource.'),
    ).toBeVisible()
  })
})

describe('Deny', () => {
  it('asks to confirm, sends nothing on Cancel, and denies on confirm', async () => {
    const { user, vault: mock, events } = renderPage()
    const dialog = await openPanel(user, 'Zendesk')
    const section = await within(dialog).findByRole('region', {
      name: 'Updated permissions requested',
    })
    expect(badges(dialog, 'Zendesk').card).toBe('New permissions required')
    // What the last grant did not cover is marked new.
    expect(within(section).getByText('custom_fields[].value').closest('li')).toHaveTextContent(
      'New',
    )
    expect(within(section).getByText('id').closest('li')).not.toHaveTextContent('New')

    const deny = within(section).getByRole('button', { name: 'Deny' })
    await user.click(deny)
    let confirm = await screen.findByRole('alertdialog', { name: 'Deny access?' })
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
    expect(deny).toHaveFocus()
    expect(mock.requests.filter((request) => request.method === 'PATCH')).toEqual([])

    await user.click(deny)
    confirm = await screen.findByRole('alertdialog', { name: 'Deny access?' })
    await user.click(within(confirm).getByRole('button', { name: 'Deny access' }))

    const said = 'You denied Zendesk access to your data.'
    await waitFor(() => expect(within(section).getByText(said, { selector: 'p' })).toHaveFocus())
    expect(
      within(section)
        .getAllByRole('status')
        .map((s) => s.textContent),
    ).toContain(said)
    expect(badges(dialog, 'Zendesk')).toEqual({
      panel: 'Permission denied',
      card: 'Permission denied',
    })
    // Still asked (Accept), no second Deny.
    expect(within(section).getByRole('button', { name: 'Accept' })).toBeVisible()
    expect(within(section).queryByRole('button', { name: 'Deny' })).toBeNull()
    expect(events).toContainEqual({
      type: 'consent_denied',
      unifiedApi: 'customer-support',
      serviceId: 'zendesk',
    })
  })
})

describe('Revoke and grant again', () => {
  const granted = {
    'accounting+xero': {
      ...defaultVaultSeed['accounting+xero'],
      consent_state: 'granted' as const,
      consents: [
        {
          id: 'con_x_1',
          created_at: '2026-10-02T10:15:00.000Z',
          granted: true,
          resources: '*' as const,
        },
      ],
    },
  }

  it('revokes behind a confirmation (keyboard), then Accept grants again', async () => {
    const { user, vault: mock, events } = renderPage({}, granted)
    const dialog = await openPanel(user, 'Xero')
    const section = await within(dialog).findByRole('region', { name: 'Data access' })
    expect(badges(dialog, 'Xero').card).toBe('Connected')
    expect(await within(section).findByRole('list', { name: 'History' })).toHaveTextContent(
      /Granted.*All data/,
    )
    // The other sections are there alongside the history.
    expect(within(dialog).getByRole('heading', { name: 'Connection settings' })).toBeVisible()

    within(section).getByRole('button', { name: 'Revoke access' }).focus()
    await user.keyboard('{Enter}')
    const confirm = await screen.findByRole('alertdialog', { name: 'Revoke access?' })
    await user.tab()
    expect(within(confirm).getByRole('button', { name: 'Revoke access' })).toHaveFocus()
    await user.keyboard('{Enter}')

    const revoked = 'You revoked the access of Xero to your data.'
    await waitFor(() => expect(within(section).getByText(revoked, { selector: 'p' })).toHaveFocus())
    expect(badges(dialog, 'Xero')).toEqual({
      panel: 'Permission revoked',
      card: 'Permission revoked',
    })
    expect(within(section).getByRole('heading', { name: 'Requested data access' })).toBeVisible()
    expect(within(dialog).queryByRole('heading', { name: 'Connection settings' })).toBeNull()
    expect(events).toContainEqual({
      type: 'consent_revoked',
      unifiedApi: 'accounting',
      serviceId: 'xero',
    })

    await user.click(within(section).getByRole('button', { name: 'Accept' }))
    const grantedAgain = 'You granted Xero access to your data.'
    await waitFor(() =>
      expect(within(section).getByText(grantedAgain, { selector: 'p' })).toHaveFocus(),
    )
    expect(
      within(section)
        .getAllByRole('status')
        .map((s) => s.textContent),
    ).toContain(grantedAgain)
    expect(badges(dialog, 'Xero')).toEqual({ panel: 'Connected', card: 'Connected' })
    const history = await within(section).findByRole('list', { name: 'History' })
    await waitFor(() =>
      expect(
        within(history)
          .getAllByRole('listitem')
          .map((item) => item.dataset.state),
      ).toEqual(['granted', 'revoked', 'granted']),
    )
    expect(mock.connection({ unifiedApi: 'accounting', serviceId: 'xero' })?.consent_state).toBe(
      'granted',
    )
  })
})

describe('the host switches consent off', () => {
  it('shows no consent section, and the settings as usual', async () => {
    const { user } = renderPage({ consent: false })
    const dialog = await openPanel(user, 'Xero')
    expect(
      await within(dialog).findByRole('heading', { name: 'Connection settings' }),
    ).toBeVisible()
    expect(consentSection(dialog)).toBeNull()
  })
})
