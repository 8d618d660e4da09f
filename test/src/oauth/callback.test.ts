import { afterEach, describe, expect, it, vi } from 'vitest'
import { handleOAuthCallback } from 'integrations-kit'
import { createFakeHost } from '../../support/fake-host'
import { createFakePopup } from '../../support/fake-popup'

const origin = 'https://app.example.com'
const callback = `${origin}/oauth/callback`

afterEach(() => {
  window.sessionStorage.clear()
  vi.useRealTimers()
})

describe('handleOAuthCallback', () => {
  it('posts the hash result to the opener with this page’s exact origin, cleans the URL, then closes', () => {
    vi.useFakeTimers()
    const opener = createFakePopup()
    const host = createFakeHost(`${callback}#nonce=n1&confirm_token=secret&service_id=salesforce`, {
      opener,
    })
    const outcome = handleOAuthCallback({ hostWindow: host.asWindow() })

    expect(outcome.delivery).toBe('opener')
    expect(opener.postMessage).toHaveBeenCalledWith(
      { type: 'oauth_complete', nonce: 'n1', confirmToken: 'secret', serviceId: 'salesforce' },
      origin,
    )
    expect(opener.postMessage.mock.calls.every(([, target]) => target !== '*')).toBe(true)
    expect(host.location.href).toBe(callback)
    expect(host.location.href).not.toContain('secret')
    expect(host.close).not.toHaveBeenCalled()
    vi.advanceTimersByTime(100)
    expect(host.close).toHaveBeenCalled()
  })

  it('cleans the secret from the URL before posting', () => {
    const opener = createFakePopup()
    const host = createFakeHost(`${callback}#nonce=n1&confirm_token=secret&service_id=s`, {
      opener,
    })
    opener.postMessage.mockImplementation(() => {
      expect(host.location.href).not.toContain('secret')
    })
    handleOAuthCallback({ hostWindow: host.asWindow() })
    expect(opener.postMessage).toHaveBeenCalledTimes(1)
  })

  it('reads an error from the query', () => {
    const opener = createFakePopup()
    const host = createFakeHost(
      `${callback}?error_type=access_denied&error_message=Denied%20by%20user&service_id=salesforce`,
      { opener },
    )
    handleOAuthCallback({ hostWindow: host.asWindow() })
    expect(opener.postMessage).toHaveBeenCalledWith(
      {
        type: 'oauth_error',
        error: 'access_denied',
        errorDescription: 'Denied by user',
        serviceId: 'salesforce',
      },
      origin,
    )
    expect(host.location.href).toBe(callback)
  })

  it('uses an explicit openerOrigin and refuses "*"', () => {
    const opener = createFakePopup()
    const host = createFakeHost(`${callback}#nonce=n&confirm_token=t&service_id=s`, { opener })
    handleOAuthCallback({ hostWindow: host.asWindow(), openerOrigin: 'https://host.example' })
    expect(opener.postMessage).toHaveBeenCalledWith(expect.anything(), 'https://host.example')
    expect(() => handleOAuthCallback({ hostWindow: host.asWindow(), openerOrigin: '*' })).toThrow(
      /exact origin/,
    )
  })

  it('without an opener, returns to the stored same-origin returnTo with the result in the hash', () => {
    window.sessionStorage.setItem(
      'integrations-kit:oauth-same-tab',
      JSON.stringify({
        nonce: 'n1',
        ref: { unifiedApi: 'crm', serviceId: 'salesforce' },
        returnTo: `${origin}/settings/integrations?tab=crm`,
        flow: 'authorize',
        createdAt: Date.now(),
      }),
    )
    const host = createFakeHost(`${callback}#nonce=n1&confirm_token=secret&service_id=salesforce`)
    const outcome = handleOAuthCallback({ hostWindow: host.asWindow() })
    expect(outcome.delivery).toBe('same-tab')
    const target = new URL(host.location.replace.mock.calls[0]![0] as string)
    expect(target.origin + target.pathname + target.search).toBe(
      `${origin}/settings/integrations?tab=crm`,
    )
    const hash = new URLSearchParams(target.hash.slice(1))
    expect(hash.get('confirm_token')).toBe('secret')
    expect(hash.get('nonce')).toBe('n1')
    // Which connection it was is the stored attempt's to say, never the URL's.
    expect(hash.has('ik_unified_api')).toBe(false)
  })

  it('never redirects to another origin', () => {
    window.sessionStorage.setItem(
      'integrations-kit:oauth-same-tab',
      JSON.stringify({
        nonce: 'n1',
        ref: { unifiedApi: 'crm', serviceId: 'salesforce' },
        returnTo: 'https://evil.example/steal',
        flow: 'authorize',
        createdAt: Date.now(),
      }),
    )
    const host = createFakeHost(
      `${callback}?ik_return_to=${encodeURIComponent('https://evil.example/x')}#nonce=n1&confirm_token=secret&service_id=salesforce`,
    )
    const outcome = handleOAuthCallback({ hostWindow: host.asWindow() })
    expect(host.location.replace).not.toHaveBeenCalled()
    expect(outcome.delivery).not.toBe('same-tab')
  })

  it('ignores a stored attempt with another nonce (a popup’s copy of its opener’s storage)', () => {
    window.sessionStorage.setItem(
      'integrations-kit:oauth-same-tab',
      JSON.stringify({
        nonce: 'old',
        ref: { unifiedApi: 'crm', serviceId: 'salesforce' },
        returnTo: `${origin}/settings`,
        flow: 'authorize',
        createdAt: Date.now(),
      }),
    )
    const host = createFakeHost(`${callback}#nonce=n1&confirm_token=secret&service_id=salesforce`)
    handleOAuthCallback({ hostWindow: host.asWindow() })
    expect(host.location.replace).not.toHaveBeenCalled()
  })

  it('without a stored attempt, sends nobody anywhere, whatever the URL asks', () => {
    const host = createFakeHost(
      `${callback}?ik_return_to=${encodeURIComponent(`${origin}/integrations`)}&ik_unified_api=crm#nonce=n1&confirm_token=secret&service_id=salesforce`,
    )
    const outcome = handleOAuthCallback({ hostWindow: host.asWindow() })
    expect(host.location.replace).not.toHaveBeenCalled()
    expect(outcome.delivery).not.toBe('same-tab')
  })
})
