/**
 * The settings form beyond Vault's edit: `mode="create"` on a catalog entry, and the lead an edit
 * form shows when the adapter cannot read saved settings back (`readableConfig: false`).
 */
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ConnectionSettingsForm } from 'integrations-kit'
import { de } from '../../../src/i18n/locales/de'
import { I18nProvider } from '../../../components/i18n'
import { createInMemoryAdapter, instanceOf, oktaSaml } from '../../support/in-memory-adapter'
import { renderWithProviders } from '../../utils'

const LEAD =
  "This service doesn't send back saved settings, so the fields start blank. A field left blank keeps its current value."

describe('ConnectionSettingsForm modes', () => {
  it('an edit form says that saved settings are not returned and blank keeps the value', () => {
    renderWithProviders(
      <ConnectionSettingsForm connection={instanceOf(oktaSaml(), 'c1', 'Acme Okta')} />,
      { adapter: createInMemoryAdapter() },
    )
    expect(screen.getByText(LEAD)).toBeInTheDocument()
  })

  it('says nothing of the kind where saved settings are readable, nor on a create form', () => {
    const { unmount } = renderWithProviders(
      <ConnectionSettingsForm connection={instanceOf(oktaSaml(), 'c1', 'Acme Okta')} />,
      { adapter: createInMemoryAdapter({ capabilities: { readableConfig: true } }) },
    )
    expect(screen.queryByText(LEAD)).not.toBeInTheDocument()
    unmount()
    renderWithProviders(<ConnectionSettingsForm connection={oktaSaml()} mode="create" />, {
      adapter: createInMemoryAdapter(),
    })
    expect(screen.queryByText(LEAD)).not.toBeInTheDocument()
  })

  it('is translated (German)', () => {
    renderWithProviders(
      <I18nProvider locale="de" messages={de}>
        <ConnectionSettingsForm connection={instanceOf(oktaSaml(), 'c1', 'Acme Okta')} />
      </I18nProvider>,
      { adapter: createInMemoryAdapter() },
    )
    expect(
      screen.getByText(
        'Dieser Dienst gibt gespeicherte Einstellungen nicht zurück, daher sind die Felder leer. Ein leer gelassenes Feld behält seinen aktuellen Wert.',
      ),
    ).toBeInTheDocument()
  })

  it('create mode sends the typed values to createConnection and hands back the new connection', async () => {
    const adapter = createInMemoryAdapter()
    const onCreated = vi.fn()
    const user = userEvent.setup()
    renderWithProviders(
      <ConnectionSettingsForm connection={oktaSaml()} mode="create" onCreated={onCreated} />,
      { adapter },
    )
    await user.type(screen.getByRole('textbox', { name: /^Display name/ }), 'Acme')
    await user.type(screen.getByRole('textbox', { name: /^Entity ID/ }), 'urn:acme')
    await user.click(screen.getByRole('button', { name: 'Create connection' }))
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
    expect(onCreated.mock.calls[0]?.[0]).toMatchObject({ connection_id: 'conn_1', name: 'Acme' })
    expect(adapter.calls.filter((call) => call.method === 'update')).toEqual([])
  })
})
