import { afterEach, describe, expect, it } from 'vitest'
import { resumeSameTabAuthorization, startSameTabAuthorization } from 'integrations-kit'
import { createFakeHost, unavailableStorage } from './fake-host'

const origin = 'https://app.example.com'
const ref = { unifiedApi: 'crm', serviceId: 'salesforce' }
const buildUrl = (redirectUri: string) =>
  `https://unify.example/vault/authorize?redirect_uri=${encodeURIComponent(redirectUri)}&nonce=n1`

afterEach(() => {
  window.sessionStorage.clear()
})

describe('same-tab authorization', () => {
  it('stores the attempt and navigates to the provider', () => {
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
    expect(JSON.parse(window.sessionStorage.getItem('integrations-kit:oauth-same-tab')!)).toEqual({
      nonce: 'n1',
      ref,
      returnTo: `${origin}/integrations?connector=salesforce`,
      flow: 'authorize',
    })
  })

  it('resumes a verified success, cleans the URL and consumes the attempt', () => {
    const start = createFakeHost(`${origin}/integrations`)
    startSameTabAuthorization({
      redirectUri: `${origin}/oauth/callback`,
      buildUrl,
      nonce: 'n1',
      ref,
      hostWindow: start.asWindow(),
    })
    const back = createFakeHost(
      `${origin}/integrations#nonce=n1&confirm_token=secret&service_id=salesforce&ik_unified_api=crm`,
    )
    const resumed = resumeSameTabAuthorization({ hostWindow: back.asWindow() })
    expect(resumed).toEqual({
      result: { type: 'success', confirmToken: 'secret', serviceId: 'salesforce' },
      ref,
      verified: true,
      flow: 'authorize',
    })
    expect(back.location.href).toBe(`${origin}/integrations`)
    expect(window.sessionStorage.getItem('integrations-kit:oauth-same-tab')).toBeNull()
    // Single use: a reload does not resume twice.
    expect(resumeSameTabAuthorization({ hostWindow: back.asWindow() })).toBeNull()
  })

  it('marks a result with a foreign nonce as unverified', () => {
    const start = createFakeHost(`${origin}/integrations`)
    startSameTabAuthorization({
      redirectUri: `${origin}/oauth/callback`,
      buildUrl,
      nonce: 'n1',
      ref,
      hostWindow: start.asWindow(),
    })
    const forged = createFakeHost(
      `${origin}/integrations#nonce=attacker&confirm_token=t&service_id=salesforce`,
    )
    expect(resumeSameTabAuthorization({ hostWindow: forged.asWindow() })).toMatchObject({
      verified: false,
    })
  })

  it('without storage, carries the way back in the redirect URI and resumes unverified', () => {
    const host = createFakeHost(`${origin}/integrations`, { storage: unavailableStorage })
    const started = startSameTabAuthorization({
      redirectUri: `${origin}/oauth/callback`,
      buildUrl,
      nonce: 'n1',
      ref,
      hostWindow: host.asWindow(),
    })
    expect(started).toEqual({ navigated: true, stored: false })
    const providerUrl = new URL(host.location.assign.mock.calls[0]![0] as string)
    const redirect = new URL(providerUrl.searchParams.get('redirect_uri')!)
    expect(redirect.searchParams.get('ik_return_to')).toBe(`${origin}/integrations`)
    expect(redirect.searchParams.get('ik_unified_api')).toBe('crm')
    expect(redirect.href).not.toContain('n1')

    const back = createFakeHost(
      `${origin}/integrations#nonce=n1&confirm_token=t&service_id=salesforce&ik_unified_api=crm`,
      { storage: unavailableStorage },
    )
    expect(resumeSameTabAuthorization({ hostWindow: back.asWindow() })).toMatchObject({
      verified: false,
      ref,
    })
  })

  it('does nothing for a provider URL that is not http(s)', () => {
    const host = createFakeHost(`${origin}/integrations`)
    const started = startSameTabAuthorization({
      redirectUri: `${origin}/oauth/callback`,
      buildUrl: () => 'javascript:alert(1)',
      nonce: 'n1',
      ref,
      hostWindow: host.asWindow(),
    })
    expect(started.navigated).toBe(false)
    expect(host.location.assign).not.toHaveBeenCalled()
  })
})
