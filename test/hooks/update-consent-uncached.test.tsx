/**
 * useUpdateConsent called alone, the way a host's own consent screen would: nothing in the cache
 * knows the connection's consent state, yet refusing granted consent is a revocation and refusing
 * pending consent a denial. Against the mock Vault (default seed) over its fetch.
 */
import { act } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ConnectionRef } from 'integrations-kit'
import { useUpdateConsent } from '../../hooks/useUpdateConsent'
import { renderHookWithProviders } from '../utils'
import { mockVaultEnv } from './mock-vault-env'

const salesforce: ConnectionRef = { unifiedApi: 'crm', serviceId: 'salesforce' }
const xero: ConnectionRef = { unifiedApi: 'accounting', serviceId: 'xero' }

function renderAlone(env: ReturnType<typeof mockVaultEnv>) {
  return renderHookWithProviders(() => useUpdateConsent(), {
    adapter: env.adapter,
    callbacks: env.callbacks,
  })
}

const consentEvents = (env: ReturnType<typeof mockVaultEnv>) =>
  env.events.filter((event) => event.type.startsWith('consent_'))

describe('useUpdateConsent with nothing cached', () => {
  it.each([
    ['granted (Salesforce): consent_revoked', salesforce, 'granted', 'consent_revoked', 'revoked'],
    ['pending (Xero): consent_denied', xero, 'pending', 'consent_denied', 'denied'],
  ] as const)(
    'reads the connection before refusing consent %s',
    async (_name, ref, before, event, after) => {
      const env = mockVaultEnv()
      expect(env.vault.connection(ref)?.consent_state).toBe(before)
      const { result, queryClient } = renderAlone(env)
      expect(queryClient.getQueryCache().getAll()).toEqual([])

      await act(() => result.current.mutateAsync({ ref, granted: false }))

      // The read comes first: the PATCH replaces the state it needs to name the event.
      const detailPath = `/vault/connections/${ref.unifiedApi}/${ref.serviceId}`
      expect(env.vault.requests.map(({ method, path }) => `${method} ${path}`)).toEqual([
        `GET ${detailPath}`,
        `PATCH ${detailPath}/consent`,
      ])
      expect(consentEvents(env)).toEqual([
        { type: event, unifiedApi: ref.unifiedApi, serviceId: ref.serviceId },
      ])
      expect(env.vault.connection(ref)?.consent_state).toBe(after)
      expect(env.vault.violations).toEqual([])
    },
  )

  it('grants without a read of its own: granting is consent_granted whatever came before', async () => {
    const env = mockVaultEnv()
    const { result } = renderAlone(env)

    await act(() => result.current.mutateAsync({ ref: xero, granted: true }))

    // One read only: the client's, for the scopes the connection asks for (no `resources` given).
    expect(env.vault.requests.map(({ method }) => method)).toEqual(['GET', 'PATCH'])
    expect(consentEvents(env)).toEqual([
      { type: 'consent_granted', unifiedApi: 'accounting', serviceId: 'xero' },
    ])
  })

  it('still refuses when the read fails: the read only names the event', async () => {
    const env = mockVaultEnv()
    // A 400 is not retried, so the read fails at once.
    env.vault.fail({ method: 'GET', times: 1 }, { status: 400 })
    const { result } = renderAlone(env)

    const record = await act(() => result.current.mutateAsync({ ref: salesforce, granted: false }))

    expect(record.granted).toBe(false)
    expect(env.vault.requests.at(-1)).toMatchObject({ method: 'PATCH', body: { granted: false } })
    expect(env.vault.connection(salesforce)?.consent_state).toBe('revoked')
  })
})
