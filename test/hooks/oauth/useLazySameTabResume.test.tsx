/**
 * The page's same-tab resume: the same outcomes as `useResumeSameTabAuthorization`, with the
 * resume's code loaded only when the address names a connector (a callback result always does).
 */
import { waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import { createVaultAdapter } from 'integrations-kit'
import { createMockVault, generateConnector, mockConfirmToken } from 'integrations-kit/testing/msw'
import {
  mayHoldSameTabResult,
  useLazySameTabResume,
} from '../../../hooks/oauth/useLazySameTabResume'
import { runSameTabResume } from '../../../hooks/oauth/same-tab-resume'
import { resumeSameTabAuthorization, startSameTabAuthorization } from '../../../src/oauth/same-tab'
import { renderHookWithProviders } from '../../utils'
import { createFakeHost } from '../../support/fake-host'

vi.mock('../../../hooks/oauth/same-tab-resume', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../hooks/oauth/same-tab-resume')>()
  return { ...original, runSameTabResume: vi.fn(original.runSameTabResume) }
})

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

beforeEach(() => {
  vault.reset()
  vi.mocked(runSameTabResume).mockClear()
})
afterEach(() => {
  window.sessionStorage.clear()
  window.history.replaceState(null, '', '/')
})

function startAttempt(nonce: string) {
  startSameTabAuthorization({
    redirectUri: `${origin}/mock-oauth/callback.html`,
    buildUrl: () => 'https://provider.example/authorize',
    nonce,
    ref,
    hostWindow: createFakeHost(`${origin}/integrations`).asWindow(),
  })
}

function renderLazyResume() {
  const onEvent = vi.fn()
  const rendered = renderHookWithProviders(() => useLazySameTabResume(), {
    adapter: createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl }),
    callbacks: { onEvent },
  })
  return { ...rendered, onEvent }
}

const idle = { status: 'idle', connectionRef: null, flow: null, error: null }

describe('mayHoldSameTabResult', () => {
  it.each([
    [`${origin}/integrations#nonce=n1&confirm_token=t&service_id=salesforce`, true],
    [`${origin}/integrations?error=access_denied&service_id=salesforce`, true],
    [`${origin}/integrations#revoked=1&nonce=n1&service_id%5Fid=x&service%5Fid=salesforce`, true],
    [`${origin}/integrations`, false],
    [`${origin}/integrations?error=access_denied`, false],
    [`${origin}/integrations#nonce=n1&confirm_token=t&service_id=`, false],
    [`${origin}/integrations?integration=crm%2Bsalesforce#section`, false],
    ['not a url', false],
  ])('%s → %s', (href, expected) => {
    expect(mayHoldSameTabResult(href)).toBe(expected)
  })

  it.each([
    '/integrations?error=access_denied&error_description=denied',
    '/integrations#nonce=n1&confirm_token=t&service_id=',
    '/integrations#error_type=x&error_message=Call%20555',
  ])('where it is false, the resume itself finds nothing and leaves the URL (%s)', (path) => {
    startAttempt('n1')
    window.history.replaceState(null, '', path)
    expect(mayHoldSameTabResult(window.location.href)).toBe(false)
    expect(resumeSameTabAuthorization()).toBeNull()
    expect(window.location.href).toBe(`${origin}${path}`)
  })
})

describe('useLazySameTabResume', () => {
  it('loads the resume on a return: confirms once, says success, cleans the URL', async () => {
    startAttempt('n1')
    const token = mockConfirmToken('salesforce', 'n1')
    window.history.replaceState(
      null,
      '',
      `/integrations#nonce=n1&confirm_token=${token}&service_id=salesforce`,
    )
    const { result, onEvent } = renderLazyResume()
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.connectionRef).toEqual(ref)
    expect(window.location.href).toBe(`${origin}/integrations`)
    expect(vault.requests.filter((request) => request.path.endsWith('/confirm'))).toHaveLength(1)
    expect(onEvent).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'connect_succeeded', ...ref }),
    )
    expect(runSameTabResume).toHaveBeenCalledTimes(1)
  })

  it('a forged link: stays idle, sends nothing, cleans the URL', async () => {
    startAttempt('n1')
    window.history.replaceState(
      null,
      '',
      '/integrations#nonce=guessed&confirm_token=t&service_id=salesforce',
    )
    const { result, onEvent } = renderLazyResume()
    await waitFor(() => expect(window.location.href).toBe(`${origin}/integrations`))
    expect(runSameTabResume).toHaveBeenCalledTimes(1)
    expect(result.current).toEqual(idle)
    expect(vault.requests).toEqual([])
    expect(onEvent).not.toHaveBeenCalled()
  })

  it('a normal page load does not load the resume and leaves the URL as it is', async () => {
    startAttempt('n1')
    window.history.replaceState(null, '', '/integrations?integration=crm%2Bsalesforce')
    const { result } = renderLazyResume()
    // Any import the hook started has settled by now.
    await vi.dynamicImportSettled()
    expect(runSameTabResume).not.toHaveBeenCalled()
    expect(result.current).toEqual(idle)
    expect(window.location.href).toBe(`${origin}/integrations?integration=crm%2Bsalesforce`)
    // The stored attempt is still there for its own return.
    expect(window.sessionStorage.length).toBe(1)
  })
})
