// @module-tag page
/**
 * The details panel's words when connectors have many connections (capability
 * multiplePerConnector): sign-in wording instead of "sync your data", a next step that names the
 * create form's button, and an instance's connector named in the subtitle. Vault's words are
 * checked in IntegrationsPage.test.tsx and stay as they were.
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
} from '../../support/in-memory-adapter'
import { renderWithProviders } from '../../utils'

const okta = () => oktaSaml({ name: 'Okta' })
const google = () =>
  github({ id: 'social+oauth2:google', service_id: 'oauth2:google', name: 'Google' })

function renderPage(locale?: 'de') {
  const adapter = createInMemoryAdapter({
    connectors: [okta(), google()],
    connections: [instanceOf(okta(), 'conn_wayne', 'Wayne SSO')],
  })
  const user = userEvent.setup()
  renderWithProviders(<IntegrationsPage {...(locale ? { locale, messages: de } : {})} />, {
    adapter,
  })
  return { user }
}

/** The panel's part named by its slot (its text is split over elements). */
const part = (dialog: HTMLElement, slot: string) =>
  within(dialog).getByText((_, element) => element?.getAttribute('data-ik-slot') === slot)

describe('the details panel of connectors with many connections', () => {
  it('a type to add: sign-in wording, and the next step names the "Create connection" button', async () => {
    const { user } = renderPage()
    await user.click(await screen.findByRole('button', { name: /^Google Social/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Google' })

    expect(dialog).toHaveAccessibleDescription(
      'Add a Google connection so people can sign in with it.',
    )
    expect(part(dialog, 'details-next-step')).toHaveTextContent(
      'What to do next: Fill in the form, then select Create connection.',
    )
    expect(within(dialog).getByRole('button', { name: 'Create connection' })).toBeInTheDocument()
    expect(within(dialog).queryByText(/Select Connect/)).not.toBeInTheDocument()
    expect(within(dialog).queryByText(/sync your/)).not.toBeInTheDocument()
  })

  it("an instance: its connector in the subtitle ('Okta · Enterprise') and in the description", async () => {
    const { user } = renderPage()
    await user.click(await screen.findByRole('button', { name: /^Wayne SSO/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Wayne SSO' })

    expect(part(dialog, 'details-category')).toHaveTextContent(/^Okta · Enterprise$/)
    expect(dialog).toHaveAccessibleDescription('People sign in with Okta through this connection.')
  })

  it("a type to add: its status card shows its count, as its card does, not 'Not connected'", async () => {
    const { user } = renderPage()
    await user.click(await screen.findByRole('button', { name: /^Okta Enterprise/ }))
    const okta = await screen.findByRole('dialog', { name: 'Okta' })
    expect(part(okta, 'details-status')).toHaveTextContent(/^Status1 connection/)
    expect(within(okta).queryByText('Not connected')).not.toBeInTheDocument()
    await user.click(within(okta).getByRole('button', { name: 'Close' }))

    await user.click(await screen.findByRole('button', { name: /^Google Social/ }))
    const google = await screen.findByRole('dialog', { name: 'Google' })
    expect(part(google, 'details-status')).toHaveTextContent(/^StatusNo connections yet/)
    expect(within(google).queryByText('Not connected')).not.toBeInTheDocument()
  })

  it('is translated (German)', async () => {
    const { user } = renderPage('de')
    await user.click(await screen.findByRole('button', { name: /^Google/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Google' })
    expect(dialog).toHaveAccessibleDescription(
      'Fügen Sie eine Google-Verbindung hinzu, damit sich Personen damit anmelden können.',
    )
    expect(part(dialog, 'details-next-step')).toHaveTextContent(
      /Füllen Sie das Formular aus und wählen Sie dann „Verbindung erstellen“\.$/,
    )
  })
})
