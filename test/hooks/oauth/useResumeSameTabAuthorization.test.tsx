import { waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import { createVaultAdapter, useResumeSameTabAuthorization } from 'integrations-kit'
import { startSameTabAuthorization } from '../../../src/oauth/same-tab'
import { createMockVault, generateConnector, mockConfirmToken } from 'integrations-kit/testing/msw'
import { renderHookWithProviders } from '../../utils'
import { createFakeHost } from '../../support/fake-host'

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
serveMockVault(vault)

beforeEach(() => vault.reset())
afterEach(() => {
  window.sessionStorage.clear()
  window.history.replaceState(null, '', '/')
})

const adapter = () => createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })

function startAttempt(nonce: string, flow: 'authorize' | 'revoke' = 'authorize') {
  startSameTabAuthorization({
    redirectUri: `${origin}/mock-oauth/callback.html`,
    buildUrl: () => 'https://provider.example/authorize',
    nonce,
    ref,
    flow,
    hostWindow: createFakeHost(`${origin}/integrations`).asWindow(),
  })
}

function renderResume() {
  const onConnectionChange = vi.fn()
  const onEvent = vi.fn()
  const rendered = renderHookWithProviders(() => useResumeSameTabAuthorization(), {
    adapter: adapter(),
    callbacks: { onConnectionChange, onEvent },
  })
  return { ...rendered, onConnectionChange, onEvent }
}

describe('useResumeSameTabAuthorization', () => {
  it('confirms its own return once, then says success; cleans the URL', async () => {
    startAttempt('n1')
    const token = mockConfirmToken('salesforce', 'n1')
    window.history.replaceState(
      null,
      '',
      `/integrations#nonce=n1&confirm_token=${token}&service_id=salesforce`,
    )
    const { result, onConnectionChange } = renderResume()
    expect(result.current).toMatchObject({ status: 'confirming', connectionRef: ref })
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current).toEqual({
      status: 'success',
      connectionRef: ref,
      flow: 'authorize',
      error: null,
    })
    expect(window.location.href).toBe(`${origin}/integrations`)
    expect(vault.requests.filter((request) => request.path.endsWith('/confirm'))).toHaveLength(1)
    expect(vault.connection(ref)?.state).toBe('callable')
    expect(onConnectionChange).toHaveBeenCalledTimes(1)
  })

  it('says "not connected" when the backend does not confirm the token', async () => {
    startAttempt('n1')
    // This attempt's nonce, but a token the backend did not issue for this connector.
    const token = mockConfirmToken('hubspot', 'n1')
    window.history.replaceState(
      null,
      '',
      `/integrations#nonce=n1&confirm_token=${token}&service_id=salesforce`,
    )
    const { result, onEvent } = renderResume()
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.error?.code).toBe('confirm_failed')
    expect(vault.connection(ref)?.state).toBe('added')
    expect(onEvent).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'connect_succeeded' }))
  })

  it.each([
    ['a made-up nonce', 'n1', 'nonce=forged&confirm_token=t&service_id=salesforce'],
    ['another connector', 'n1', 'nonce=n1&confirm_token=t&service_id=hubspot'],
    ['no stored attempt', null, 'nonce=n1&confirm_token=t&service_id=salesforce'],
    ['provider text', 'n1', 'error_type=x&error_message=Call%20555&service_id=salesforce'],
  ])('a link with %s: stays idle, sends nothing, cleans the URL', async (_, nonce, hash) => {
    if (nonce !== null) {
      startAttempt(nonce)
    }
    window.history.replaceState(null, '', `/integrations#${hash}`)
    const { result, onEvent } = renderResume()
    // Give a (wrong) confirm every chance to be sent.
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(result.current).toEqual({ status: 'idle', connectionRef: null, flow: null, error: null })
    expect(vault.requests).toEqual([])
    expect(onEvent).not.toHaveBeenCalled()
    expect(window.location.href).toBe(`${origin}/integrations`)
  })

  it('a verified revoke is "disconnected" only once a fresh read shows the access gone', async () => {
    vault.authorize(ref)
    startAttempt('n1', 'revoke')
    // What the provider's revoke page does before it returns.
    vault.revoke(ref)
    window.history.replaceState(null, '', '/integrations#revoked=1&nonce=n1&service_id=salesforce')
    const { result, onConnectionChange, onEvent } = renderResume()
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.flow).toBe('revoke')
    expect(vault.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /vault/connections/crm/salesforce',
    ])
    expect(onConnectionChange).toHaveBeenCalledTimes(1)
    expect(onEvent).toHaveBeenCalledWith({ type: 'connection_revoked', ...ref })
  })

  it('a verified revoke that did not happen is said as such', async () => {
    vault.authorize(ref)
    startAttempt('n1', 'revoke')
    window.history.replaceState(null, '', '/integrations#revoked=1&nonce=n1&service_id=salesforce')
    const { result } = renderResume()
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.error?.code).toBe('not_revoked')
  })

  it('does nothing on a normal page load', () => {
    const { result } = renderResume()
    expect(result.current).toEqual({ status: 'idle', connectionRef: null, flow: null, error: null })
  })
})
