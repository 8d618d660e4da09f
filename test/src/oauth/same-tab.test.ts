import { afterEach, describe, expect, it, vi } from 'vitest'
import { resumeSameTabAuthorization, startSameTabAuthorization } from '../../../src/oauth/same-tab'
import { SAME_TAB_ATTEMPT_TTL_MS, SAME_TAB_STORAGE_KEY } from '../../../src/oauth/same-tab'
import { createFakeHost, unavailableStorage } from '../../support/fake-host'

const origin = 'https://app.example.com'
const ref = { unifiedApi: 'crm', serviceId: 'salesforce' }
const buildUrl = (redirectUri: string) =>
  `https://unify.example/vault/authorize?redirect_uri=${encodeURIComponent(redirectUri)}&nonce=n1`

afterEach(() => {
  window.sessionStorage.clear()
  vi.useRealTimers()
})

function start(options: { nonce?: string; flow?: 'authorize' | 'revoke' } = {}) {
  const host = createFakeHost(`${origin}/integrations`)
  return startSameTabAuthorization({
    redirectUri: `${origin}/oauth/callback`,
    buildUrl,
    nonce: options.nonce ?? 'n1',
    ref,
    flow: options.flow,
    hostWindow: host.asWindow(),
  })
}

/** The page loaded again at `/integrations` with `suffix` (a hash or a query) on its URL. */
function returnTo(suffix: string) {
  const host = createFakeHost(`${origin}/integrations${suffix}`)
  return { host, resumed: resumeSameTabAuthorization({ hostWindow: host.asWindow() }) }
}

describe('starting a same-tab authorization', () => {
  it('stores the attempt with its creation time and navigates to the provider', () => {
    vi.useFakeTimers({ now: new Date('2030-01-02T03:04:05Z') })
    const host = createFakeHost(`${origin}/integrations?connector=salesforce#x`)
    const started = startSameTabAuthorization({
      redirectUri: `${origin}/oauth/callback`,
      buildUrl,
      nonce: 'n1',
      ref,
      hostWindow: host.asWindow(),
    })
    expect(started).toEqual({ navigated: true, stored: true })
    expect(host.location.assign).toHaveBeenCalledWith(buildUrl(`${origin}/oauth/callback`))
    expect(JSON.parse(window.sessionStorage.getItem(SAME_TAB_STORAGE_KEY)!)).toEqual({
      nonce: 'n1',
      ref,
      returnTo: `${origin}/integrations?connector=salesforce`,
      flow: 'authorize',
      createdAt: Date.parse('2030-01-02T03:04:05Z'),
    })
  })

  it('does not leave the page when the attempt cannot be stored (its return could not be verified)', () => {
    const host = createFakeHost(`${origin}/integrations`, { storage: unavailableStorage })
    const started = startSameTabAuthorization({
      redirectUri: `${origin}/oauth/callback`,
      buildUrl,
      nonce: 'n1',
      ref,
      hostWindow: host.asWindow(),
    })
    expect(started).toEqual({ navigated: false, stored: false, reason: 'storage_unavailable' })
    expect(host.location.assign).not.toHaveBeenCalled()
  })

  it('does nothing for a provider URL that is not http(s), or a return to another origin', () => {
    const host = createFakeHost(`${origin}/integrations`)
    const unsafe = startSameTabAuthorization({
      redirectUri: `${origin}/oauth/callback`,
      buildUrl: () => 'javascript:alert(1)',
      nonce: 'n1',
      ref,
      hostWindow: host.asWindow(),
    })
    expect(unsafe).toEqual({ navigated: false, stored: false, reason: 'unsafe_url' })
    const elsewhere = startSameTabAuthorization({
      redirectUri: `${origin}/oauth/callback`,
      buildUrl,
      nonce: 'n1',
      ref,
      returnTo: 'https://evil.example/',
      hostWindow: host.asWindow(),
    })
    expect(elsewhere).toEqual({ navigated: false, stored: false, reason: 'unsafe_return' })
    expect(host.location.assign).not.toHaveBeenCalled()
    expect(window.sessionStorage.getItem(SAME_TAB_STORAGE_KEY)).toBeNull()
  })
})

describe('resuming a same-tab authorization', () => {
  it('honours its own return: the stored connector, the URL cleaned, the attempt consumed', () => {
    start()
    const { host, resumed } = returnTo(
      '#nonce=n1&confirm_token=secret&service_id=salesforce&ik_unified_api=ignored',
    )
    expect(resumed).toEqual({
      result: { type: 'success', confirmToken: 'secret', serviceId: 'salesforce' },
      ref,
      flow: 'authorize',
    })
    expect(host.location.href).toBe(`${origin}/integrations`)
    expect(window.sessionStorage.getItem(SAME_TAB_STORAGE_KEY)).toBeNull()
  })

  it('honours a verified error and a verified revoke', () => {
    start()
    expect(
      returnTo('#error_type=access_denied&error_message=No&nonce=n1&service_id=salesforce').resumed,
    ).toEqual({
      result: { type: 'error', error: 'access_denied', description: 'No' },
      ref,
      flow: 'authorize',
    })
    start({ flow: 'revoke' })
    expect(returnTo('#revoked=1&nonce=n1&service_id=salesforce').resumed).toEqual({
      result: { type: 'revoked', serviceId: 'salesforce' },
      ref,
      flow: 'revoke',
    })
  })

  // Each is a link anyone could send; none may reach the page, and each leaves a clean URL.
  it.each([
    ['no stored attempt', null, '#nonce=n1&confirm_token=t&service_id=salesforce'],
    ['a made-up nonce', 'n1', '#nonce=guessed&confirm_token=t&service_id=salesforce'],
    ['another connector', 'n1', '#nonce=n1&confirm_token=t&service_id=hubspot'],
    [
      'an error without a nonce',
      'n1',
      '#error_type=x&error_message=Call%20us&service_id=salesforce',
    ],
    ['an error in the query', null, '?error=access_denied&error_description=Call&service_id=x'],
    ['a revoke for an authorization', 'n1', '#revoked=1&nonce=n1&service_id=salesforce'],
  ])('ignores a return with %s', (_, storedNonce, suffix) => {
    if (storedNonce !== null) {
      start({ nonce: storedNonce })
    }
    const { host, resumed } = returnTo(suffix)
    expect(resumed).toBeNull()
    expect(host.location.href).toBe(`${origin}/integrations`)
    // A mismatch consumes the attempt too: guessing again is pointless.
    expect(window.sessionStorage.getItem(SAME_TAB_STORAGE_KEY)).toBeNull()
  })

  it('ignores a replayed return: the attempt is single-use', () => {
    start()
    const link = '#nonce=n1&confirm_token=secret&service_id=salesforce'
    expect(returnTo(link).resumed).not.toBeNull()
    const replay = returnTo(link)
    expect(replay.resumed).toBeNull()
    expect(replay.host.location.href).toBe(`${origin}/integrations`)
  })

  it('ignores a return after the attempt expired, and honours one just before', () => {
    vi.useFakeTimers({ now: 0 })
    const link = '#nonce=n1&confirm_token=secret&service_id=salesforce'
    start()
    vi.setSystemTime(SAME_TAB_ATTEMPT_TTL_MS)
    expect(returnTo(link).resumed).not.toBeNull()
    start()
    vi.setSystemTime(2 * SAME_TAB_ATTEMPT_TTL_MS + 1)
    expect(returnTo(link).resumed).toBeNull()
  })

  it('leaves a page without a result alone, and its stored attempt too', () => {
    start()
    const { host, resumed } = returnTo('?connector=crm%2Fsalesforce#section')
    expect(resumed).toBeNull()
    expect(host.history.replaceState).not.toHaveBeenCalled()
    expect(window.sessionStorage.getItem(SAME_TAB_STORAGE_KEY)).not.toBeNull()
  })
})
