import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  IntegrationsApiError,
  integrationKeys,
  useConnections,
  useCreateConnection,
  type Connection,
  type IntegrationsEvent,
} from 'integrations-kit'
import {
  createInMemoryAdapter,
  instanceOf,
  oktaSaml,
  type InMemoryAdapter,
} from '../support/in-memory-adapter'
import { renderHookWithProviders } from '../utils'

const okta = { unifiedApi: 'enterprise', serviceId: 'saml:okta' }
const forbidden = () => new IntegrationsApiError({ kind: 'http', status: 403, message: 'No.' })

/** Loads the unfiltered list and two filtered ones, then hands out the create mutation. */
async function setup(adapter: InMemoryAdapter) {
  const changed: Connection[] = []
  const events: IntegrationsEvent[] = []
  const errors: Error[] = []
  const rendered = renderHookWithProviders(
    () => ({
      all: useConnections(),
      enterprise: useConnections({ api: 'enterprise' }),
      social: useConnections({ api: 'social' }),
      create: useCreateConnection(),
    }),
    {
      adapter,
      callbacks: {
        onConnectionChange: (connection) => changed.push(connection),
        onEvent: (event) => events.push(event),
        onError: (error) => errors.push(error),
      },
    },
  )
  await waitFor(() => expect(rendered.result.current.social.isSuccess).toBe(true))
  await waitFor(() => expect(rendered.result.current.all.isSuccess).toBe(true))
  await waitFor(() => expect(rendered.result.current.enterprise.isSuccess).toBe(true))
  return { ...rendered, changed, events, errors }
}

const listCalls = (adapter: InMemoryAdapter) =>
  adapter.calls.filter((call) => call.method === 'list').length

describe('useCreateConnection', () => {
  it('creates, writes the detail, inserts the instance after its connector in every list holding it', async () => {
    const adapter = createInMemoryAdapter({
      connections: [instanceOf(oktaSaml(), 'conn_acme', 'Acme Okta')],
    })
    const { result, queryClient, changed, events } = await setup(adapter)
    // From now on lists fail: what they show is what the mutation wrote.
    adapter.fail('list', forbidden(), Infinity)

    let created: Connection | undefined
    await act(async () => {
      created = await result.current.create.mutateAsync({
        catalogRef: okta,
        values: { name: 'Globex Okta', entity_id: 'urn:globex' },
      })
    })
    expect(adapter.calls.filter((call) => call.method === 'create')).toEqual([
      { method: 'create', ref: okta, body: { name: 'Globex Okta', entity_id: 'urn:globex' } },
    ])
    const ref = { ...okta, connectionId: created?.connection_id }
    expect(queryClient.getQueryData(integrationKeys.detail(adapter.scope, ref))).toEqual(created)
    const names = (list: Connection[] | undefined) => list?.map((connection) => connection.name)
    expect(names(result.current.all.data)).toEqual([
      'Okta SAML',
      'GitHub',
      'Acme Okta',
      'Globex Okta',
    ])
    expect(names(result.current.enterprise.data)).toEqual(['Okta SAML', 'Acme Okta', 'Globex Okta'])
    expect(names(result.current.social.data)).toEqual(['GitHub'])
    expect(changed).toEqual([created])
    expect(events).toContainEqual({ type: 'connection_created', ...ref })
  })

  it('is never retried, and after an unknown outcome (5xx) refetches the lists', async () => {
    const adapter = createInMemoryAdapter()
    const { result, errors } = await setup(adapter)
    const before = listCalls(adapter)
    adapter.fail(
      'create',
      new IntegrationsApiError({ kind: 'http', status: 503, message: 'Busy.' }),
    )
    await act(async () => {
      await result.current.create
        .mutateAsync({ catalogRef: okta, values: { name: 'Acme' } })
        .catch(() => undefined)
    })
    expect(adapter.calls.filter((call) => call.method === 'create')).toHaveLength(1)
    await waitFor(() => expect(result.current.create.error?.status).toBe(503))
    expect(errors).toHaveLength(1)
    expect(listCalls(adapter)).toBe(before + 3)
  })

  it('is not retried after a network failure either, and refetches the lists', async () => {
    const adapter = createInMemoryAdapter()
    const { result } = await setup(adapter)
    const before = listCalls(adapter)
    adapter.fail('create', new IntegrationsApiError({ kind: 'network', message: 'Offline.' }))
    await act(async () => {
      await result.current.create
        .mutateAsync({ catalogRef: okta, values: { name: 'Acme' } })
        .catch(() => undefined)
    })
    expect(adapter.calls.filter((call) => call.method === 'create')).toHaveLength(1)
    expect(listCalls(adapter)).toBe(before + 3)
  })

  it('after a refusal (4xx) the outcome is known: no refetch', async () => {
    const adapter = createInMemoryAdapter()
    const { result } = await setup(adapter)
    const before = listCalls(adapter)
    adapter.fail('create', new IntegrationsApiError({ kind: 'http', status: 400, message: 'Bad.' }))
    await act(async () => {
      await result.current.create
        .mutateAsync({ catalogRef: okta, values: {} })
        .catch(() => undefined)
    })
    await waitFor(() => expect(result.current.create.error?.status).toBe(400))
    expect(listCalls(adapter)).toBe(before)
  })

  it("fails as unsupported, without a call, when the adapter can't create", async () => {
    const adapter = createInMemoryAdapter({ capabilities: { create: false } })
    const { result } = await setup(adapter)
    await act(async () => {
      await result.current.create
        .mutateAsync({ catalogRef: okta, values: {} })
        .catch(() => undefined)
    })
    await waitFor(() => expect(result.current.create.error?.kind).toBe('unsupported'))
    expect(adapter.calls.filter((call) => call.method === 'create')).toHaveLength(0)
  })
})
