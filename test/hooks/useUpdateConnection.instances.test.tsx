import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  IntegrationsApiError,
  useConnections,
  useUpdateConnection,
  type Connection,
} from 'integrations-kit'
import {
  createInMemoryAdapter,
  instanceOf,
  oktaSaml,
  type InMemoryAdapterOptions,
} from '../support/in-memory-adapter'
import { renderHookWithProviders } from '../utils'

const acme = { unifiedApi: 'enterprise', serviceId: 'saml:okta', connectionId: 'conn_acme' }

/** Loads the unfiltered list and the enterprise one, then hands out the update mutation. */
async function setup(options: InMemoryAdapterOptions = {}) {
  const adapter = createInMemoryAdapter({
    connections: [
      instanceOf(oktaSaml(), 'conn_acme', 'Acme Okta'),
      instanceOf(oktaSaml(), 'conn_globex', 'Globex Okta'),
    ],
    ...options,
  })
  const rendered = renderHookWithProviders(
    () => ({
      all: useConnections(),
      enterprise: useConnections({ api: 'enterprise' }),
      update: useUpdateConnection(),
    }),
    { adapter },
  )
  await waitFor(() => expect(rendered.result.current.all.isSuccess).toBe(true))
  await waitFor(() => expect(rendered.result.current.enterprise.isSuccess).toBe(true))
  // Only what happens from here on counts.
  adapter.calls.length = 0
  return { ...rendered, adapter }
}

const names = (list: Connection[] | undefined) => list?.map((connection) => connection.name)

describe('useUpdateConnection on an instance (multiplePerConnector)', () => {
  it('writes the answer into every cached list and sends nothing but the update (no list refetch)', async () => {
    const { result, adapter } = await setup()

    await act(async () => {
      await result.current.update.mutateAsync({
        ref: acme,
        patch: { settings: { name: 'Acme Workforce' } },
      })
    })

    // Kinde: PATCH + GET inside updateConnection; nothing more from the page (its list is every page).
    expect(adapter.calls.map((call) => call.method)).toEqual(['update'])
    expect(names(result.current.all.data)).toEqual([
      'Okta SAML',
      'GitHub',
      'Acme Workforce',
      'Globex Okta',
    ])
    expect(names(result.current.enterprise.data)).toEqual([
      'Okta SAML',
      'Acme Workforce',
      'Globex Okta',
    ])
    expect(result.current.all.isFetching || result.current.enterprise.isFetching).toBe(false)
  })

  it('after a failure it still refetches the lists', async () => {
    const { result, adapter } = await setup()
    adapter.fail('update', new IntegrationsApiError({ kind: 'http', status: 403, message: 'No.' }))

    await act(async () => {
      await result.current.update
        .mutateAsync({ ref: acme, patch: { settings: { name: 'Acme Workforce' } } })
        .catch(() => undefined)
    })

    await waitFor(() => expect(result.current.update.isError).toBe(true))
    await waitFor(() =>
      expect(adapter.calls.filter((call) => call.method === 'list')).toHaveLength(2),
    )
    expect(names(result.current.all.data)).toContain('Acme Okta')
  })

  it('an adapter with one connection per connector (Vault) keeps its refetch after a save', async () => {
    const { result, adapter } = await setup({ capabilities: { multiplePerConnector: false } })

    await act(async () => {
      await result.current.update.mutateAsync({
        ref: acme,
        patch: { settings: { name: 'Acme Workforce' } },
      })
    })

    expect(adapter.calls.filter((call) => call.method === 'list')).toHaveLength(2)
  })
})
