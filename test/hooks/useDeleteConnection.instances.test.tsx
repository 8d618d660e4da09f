import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  IntegrationsApiError,
  integrationKeys,
  useConnections,
  useDeleteConnection,
  type Connection,
  type IntegrationsEvent,
} from 'integrations-kit'
import { createInMemoryAdapter, instanceOf, oktaSaml } from '../support/in-memory-adapter'
import { renderHookWithProviders } from '../utils'

describe('useDeleteConnection on an instance', () => {
  it('takes it out of every cached list (not back to "available"); the entry and the other instance stay', async () => {
    const adapter = createInMemoryAdapter({
      connections: [
        instanceOf(oktaSaml(), 'conn_acme', 'Acme Okta'),
        instanceOf(oktaSaml(), 'conn_globex', 'Globex Okta'),
      ],
    })
    const deleted: Connection[] = []
    const events: IntegrationsEvent[] = []
    const { result, queryClient } = renderHookWithProviders(
      () => ({
        all: useConnections(),
        enterprise: useConnections({ api: 'enterprise' }),
        remove: useDeleteConnection(),
      }),
      {
        adapter,
        callbacks: {
          onConnectionDelete: (connection) => deleted.push(connection),
          onEvent: (event) => events.push(event),
        },
      },
    )
    await waitFor(() => expect(result.current.all.isSuccess).toBe(true))
    await waitFor(() => expect(result.current.enterprise.isSuccess).toBe(true))
    // From now on lists fail: what they show is what the mutation wrote.
    adapter.fail(
      'list',
      new IntegrationsApiError({ kind: 'http', status: 403, message: 'No.' }),
      Infinity,
    )
    const globex = { unifiedApi: 'enterprise', serviceId: 'saml:okta', connectionId: 'conn_globex' }
    queryClient.setQueryData(
      integrationKeys.detail(adapter.scope, globex),
      instanceOf(oktaSaml(), 'conn_globex', 'Globex Okta'),
    )

    await act(async () => {
      await result.current.remove.mutateAsync({ ref: globex })
    })
    const keys = (list: Connection[] | undefined) =>
      list?.map((connection) => connection.connection_id ?? connection.service_id)
    expect(keys(result.current.all.data)).toEqual(['saml:okta', 'oauth2:github', 'conn_acme'])
    expect(keys(result.current.enterprise.data)).toEqual(['saml:okta', 'conn_acme'])
    expect(deleted).toEqual([instanceOf(oktaSaml(), 'conn_globex', 'Globex Okta')])
    expect(events).toContainEqual({ type: 'connection_deleted', ...globex })
    // Its detail is marked stale but not refetched (an open panel closes without an error flash).
    expect(
      queryClient.getQueryState(integrationKeys.detail(adapter.scope, globex))?.isInvalidated,
    ).toBe(true)
    expect(adapter.calls.filter((call) => call.method === 'get')).toEqual([])
  })
})
