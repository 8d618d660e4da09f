/**
 * The consent, mapping and logs hooks against the mock Vault (default seed) over its fetch: cache
 * updates of every copy of the connection, the events, and logs loaded only page by page.
 */
import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useConnection } from '../../hooks/useConnection'
import { useConnectionLogs } from '../../hooks/useConnectionLogs'
import { useUpdateConsent } from '../../hooks/useUpdateConsent'
import { renderHookWithProviders } from '../utils'
import { mockVaultEnv } from './mock-vault-env'

const salesforce = { unifiedApi: 'crm', serviceId: 'salesforce' }

describe('useUpdateConsent', () => {
  it('revokes granted consent: the cached connection changes and consent_revoked is emitted', async () => {
    const { vault, adapter, events, callbacks } = mockVaultEnv()
    const { result } = renderHookWithProviders(
      () => ({ connection: useConnection(salesforce), update: useUpdateConsent() }),
      { adapter, callbacks },
    )
    await waitFor(() => expect(result.current.connection.data?.consent_state).toBe('granted'))
    await act(() => result.current.update.mutateAsync({ ref: salesforce, granted: false }))
    await waitFor(() => expect(result.current.connection.data?.consent_state).toBe('revoked'))
    expect(vault.connection(salesforce)?.consent_state).toBe('revoked')
    expect(events).toContainEqual({
      type: 'consent_revoked',
      unifiedApi: 'crm',
      serviceId: 'salesforce',
    })
    await act(() => result.current.update.mutateAsync({ ref: salesforce, granted: true }))
    expect(events).toContainEqual({
      type: 'consent_granted',
      unifiedApi: 'crm',
      serviceId: 'salesforce',
    })
    expect(vault.violations).toEqual([])
  })
})

describe('useConnectionLogs', () => {
  it('loads one page on mount and one more per fetchNextPage, only of its connector', async () => {
    const { vault, adapter, callbacks } = mockVaultEnv()
    const logRequests = () => vault.requests.filter((request) => request.path === '/vault/logs')
    const { result } = renderHookWithProviders(() => useConnectionLogs(salesforce, { limit: 3 }), {
      adapter,
      callbacks,
    })
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(1))
    expect(logRequests()).toHaveLength(1)
    expect(result.current.hasNextPage).toBe(true)
    await act(() => result.current.fetchNextPage())
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2))
    expect(logRequests()).toHaveLength(2)
    const logs = result.current.data?.pages.flatMap((page) => page.logs) ?? []
    expect(logs).toHaveLength(6)
    expect(logs.every((log) => log.service.id === 'salesforce')).toBe(true)
    expect(vault.violations).toEqual([])
  })
})
