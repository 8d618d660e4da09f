/**
 * The credentials action (capability perUserCredentials + adapter.hasUserCredentials): "Check my
 * sign-in credentials" announces both answers, and only the boolean is ever held.
 */
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ConnectionActions } from 'integrations-kit'
import {
  createInMemoryAdapter,
  instanceOf,
  oktaSaml,
  type InMemoryAdapterOptions,
} from '../../support/in-memory-adapter'
import { renderWithProviders } from '../../utils'

const acme = () => instanceOf(oktaSaml(), 'conn_acme', 'Acme Okta')

function renderActions(options: InMemoryAdapterOptions = {}) {
  const adapter = createInMemoryAdapter({ connections: [acme()], ...options })
  const user = userEvent.setup()
  const rendered = renderWithProviders(<ConnectionActions connection={acme()} />, { adapter })
  return { ...rendered, adapter, user }
}

const CHECK = 'Check my sign-in credentials'

describe('the credentials action', () => {
  it('announces that the user has credentials', async () => {
    const { user, adapter } = renderActions({ credentials: { conn_acme: true } })
    await user.click(screen.getByRole('button', { name: CHECK }))
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('You have credentials from Acme Okta'),
    )
    expect(adapter.calls.filter((call) => call.method === 'credentials')).toEqual([
      {
        method: 'credentials',
        ref: { unifiedApi: 'enterprise', serviceId: 'saml:okta', connectionId: 'conn_acme' },
      },
    ])
  })

  it('announces that the user has none yet, and how to get them', async () => {
    const { user } = renderActions({ credentials: { conn_acme: false } })
    await user.click(screen.getByRole('button', { name: CHECK }))
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'No credentials from Acme Okta yet — sign in with Acme Okta first.',
      ),
    )
  })

  it('holds only a boolean, whatever the adapter resolves with (anything but true is no)', async () => {
    const { user, adapter, queryClient } = renderActions()
    const leaky = adapter as { hasUserCredentials?: unknown }
    leaky.hasUserCredentials = async () => ({ accessToken: 'secret-token' })
    await user.click(screen.getByRole('button', { name: CHECK }))
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('No credentials from Acme Okta yet'),
    )
    const held = queryClient
      .getMutationCache()
      .getAll()
      .map((mutation) => mutation.state.data)
    expect(held).toEqual([false])
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.state.data),
      ),
    ).not.toContain('secret-token')
    expect(document.body.innerHTML).not.toContain('secret-token')
  })

  it('is not offered without the capability or without the adapter method', () => {
    const { unmount } = renderActions({ capabilities: { perUserCredentials: false } })
    expect(screen.queryByRole('button', { name: CHECK })).not.toBeInTheDocument()
    unmount()
    renderActions({ withoutCredentialsCheck: true })
    expect(screen.queryByRole('button', { name: CHECK })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Delete connection' })).toBeInTheDocument()
  })
})
