import { waitFor } from '@testing-library/react'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createVaultAdapter,
  startSameTabAuthorization,
  useResumeSameTabAuthorization,
} from 'integrations-kit'
import { createMockVault, generateConnector, mockConfirmToken } from 'integrations-kit/testing'
import { renderHookWithProviders } from '../utils'
import { createFakeHost } from './fake-host'

const origin = window.location.origin
const ref = { unifiedApi: 'crm', serviceId: 'salesforce' }
const vault = createMockVault({
  connectors: [
    generateConnector({
      service_id: 'salesforce',
      unified_api: 'crm',
      auth_type: 'oauth2',
      oauth_grant_type: 'authorization_code',
      state: 'added',
    }),
  ],
})
const server = setupServer(...vault.handlers)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())
beforeEach(() => vault.reset())
afterEach(() => {
  server.resetHandlers()
  window.sessionStorage.clear()
  window.history.replaceState(null, '', '/')
  expect(vault.violations).toEqual([])
})

const adapter = () => createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })

function startAttempt(nonce: string) {
  startSameTabAuthorization({
    redirectUri: `${origin}/mock-oauth/callback.html`,
    buildUrl: () => 'https://provider.example/authorize',
    nonce,
    ref,
    hostWindow: createFakeHost(`${origin}/integrations`).asWindow(),
  })
}

describe('useResumeSameTabAuthorization', () => {
  it('confirms a verified return, cleans the URL and names the connection to reopen', async () => {
    startAttempt('n1')
    const token = mockConfirmToken('salesforce', 'n1')
    window.history.replaceState(
      null,
      '',
      `/integrations#nonce=n1&confirm_token=${token}&service_id=salesforce&ik_unified_api=crm`,
    )
    const onConnectionChange = vi.fn()
    const { result } = renderHookWithProviders(() => useResumeSameTabAuthorization(), {
      adapter: adapter(),
      callbacks: { onConnectionChange },
    })
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.connectionRef).toEqual(ref)
    expect(window.location.href).toBe(`${origin}/integrations`)
    expect(vault.connection(ref)?.state).toBe('callable')
    expect(onConnectionChange).toHaveBeenCalledTimes(1)
  })

  it('never confirms a return whose nonce it did not issue', async () => {
    startAttempt('n1')
    const token = mockConfirmToken('salesforce', 'forged')
    window.history.replaceState(
      null,
      '',
      `/integrations#nonce=forged&confirm_token=${token}&service_id=salesforce&ik_unified_api=crm`,
    )
    const { result } = renderHookWithProviders(() => useResumeSameTabAuthorization(), {
      adapter: adapter(),
    })
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.error?.code).toBe('unverified')
    expect(vault.requests.filter((request) => request.path.endsWith('/confirm'))).toHaveLength(0)
    expect(vault.connection(ref)?.state).toBe('added')
  })

  it('does nothing on a normal page load', () => {
    const { result } = renderHookWithProviders(() => useResumeSameTabAuthorization(), {
      adapter: adapter(),
    })
    expect(result.current).toEqual({ status: 'idle', connectionRef: null, error: null })
  })
})
