import { afterEach, describe, expect, it, vi } from 'vitest'
import { openAuthorizeWindow, type AuthorizeWindowController } from 'integrations-kit'
import { createFakePopup, postFrom, stubWindowOpen } from '../../support/fake-popup'

const origin = window.location.origin
const redirectUri = `${origin}/mock-oauth/callback.html`
const providerUrl = 'https://provider.example/authorize?redirect_uri=x'

const controllers: AuthorizeWindowController[] = []
function open(options: Partial<Parameters<typeof openAuthorizeWindow>[0]> = {}) {
  const controller = openAuthorizeWindow({
    url: providerUrl,
    redirectUri,
    serviceId: 'salesforce',
    nonce: 'nonce-1',
    ...options,
  })
  controllers.push(controller)
  return controller
}

/** Resolves to the outcome, or 'pending' when none arrived by now. */
async function outcome(controller: AuthorizeWindowController) {
  return Promise.race([
    controller.result,
    new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), 20)),
  ])
}

afterEach(() => {
  for (const controller of controllers.splice(0)) {
    controller.cancel()
  }
  vi.useRealTimers()
})

describe('openAuthorizeWindow', () => {
  it('opens the provider URL in a centred popup named once, without noopener', () => {
    const { open: windowOpen } = stubWindowOpen()
    open()
    expect(windowOpen).toHaveBeenCalledTimes(1)
    const [url, name, features] = windowOpen.mock.calls[0]!
    expect(url).toBe(providerUrl)
    expect(name).toBe('integrations-kit-oauth')
    expect(features).toMatch(/width=520/)
    expect(features).toMatch(/height=720/)
    expect(features).toMatch(/left=-?\d+/)
    expect(features).not.toMatch(/noopener/)
  })

  it('opens about:blank when the URL is not known yet, and navigates it later', () => {
    const { open: windowOpen, popups } = stubWindowOpen()
    const controller = open({ url: null })
    expect(windowOpen.mock.calls[0]![0]).toBe('about:blank')
    controller.navigate(providerUrl)
    expect(popups[0]!.location.href).toBe(providerUrl)
  })

  it('resolves success for a message from the popup, the redirect origin, with the nonce', async () => {
    const { popups } = stubWindowOpen()
    const controller = open()
    postFrom(popups[0]!, origin, {
      type: 'oauth_complete',
      nonce: 'nonce-1',
      confirmToken: 'token-1',
      serviceId: 'salesforce',
    })
    await expect(controller.result).resolves.toEqual({
      type: 'success',
      confirmToken: 'token-1',
      serviceId: 'salesforce',
    })
    expect(controller.done).toBe(true)
  })

  describe('ignores every message that is not exactly ours', () => {
    const valid = {
      type: 'oauth_complete',
      nonce: 'nonce-1',
      confirmToken: 'token-1',
      serviceId: 'salesforce',
    }
    it.each([
      ['a foreign origin', 'https://evil.example', valid, true],
      ['a wrong nonce', origin, { ...valid, nonce: 'other' }, true],
      ['another connector', origin, { ...valid, serviceId: 'hubspot' }, true],
      ['a missing confirm token', origin, { ...valid, confirmToken: '' }, true],
      ['an unknown type', origin, { ...valid, type: 'hello' }, true],
      ['a string payload', origin, 'oauth_complete', true],
      ['another window as source', origin, valid, false],
    ])('%s', async (_label, messageOrigin, data, fromPopup) => {
      const { popups } = stubWindowOpen()
      const controller = open()
      const stranger = createFakePopup()
      postFrom(fromPopup ? popups[0]! : stranger, messageOrigin, data)
      expect(await outcome(controller)).toBe('pending')
      expect(controller.done).toBe(false)
      expect(popups[0]!.close).not.toHaveBeenCalled()
    })
  })

  it('accepts an error with the nonce, and a nonce-less error only from its own popup', async () => {
    const { popups } = stubWindowOpen()
    const controller = open()
    postFrom(createFakePopup(), origin, {
      type: 'oauth_error',
      error: 'access_denied',
      errorDescription: 'no',
      serviceId: 'salesforce',
    })
    expect(await outcome(controller)).toBe('pending')
    postFrom(popups[0]!, origin, {
      type: 'oauth_error',
      error: 'access_denied',
      errorDescription: 'The user denied access.',
      serviceId: 'salesforce',
    })
    await expect(controller.result).resolves.toEqual({
      type: 'error',
      error: 'access_denied',
      description: 'The user denied access.',
    })
  })

  it('reports blocked when window.open returns null', async () => {
    stubWindowOpen(() => null)
    const controller = open()
    await expect(controller.result).resolves.toEqual({ type: 'blocked', url: providerUrl })
    expect(controller.done).toBe(false)
  })

  it('reports blocked when the window is closed right away', async () => {
    stubWindowOpen(() => ({ ...createFakePopup(), closed: true }))
    const controller = open()
    await expect(controller.result).resolves.toMatchObject({ type: 'blocked' })
  })

  it('reports a window the user closed as closed (not an error) and still accepts a late result', async () => {
    vi.useFakeTimers()
    const { popups } = stubWindowOpen()
    const controller = open()
    popups[0]!.closed = true
    await vi.advanceTimersByTimeAsync(500)
    await expect(controller.result).resolves.toEqual({ type: 'closed' })
    expect(controller.done).toBe(false)

    postFrom(popups[0]!, origin, {
      type: 'oauth_complete',
      nonce: 'nonce-1',
      confirmToken: 'late',
      serviceId: 'salesforce',
    })
    await expect(controller.next()).resolves.toMatchObject({
      type: 'success',
      confirmToken: 'late',
    })
  })

  it('opens one window for a double call and focuses it', () => {
    const { open: windowOpen, popups } = stubWindowOpen()
    const first = open()
    const second = open({ nonce: 'nonce-2' })
    expect(windowOpen).toHaveBeenCalledTimes(1)
    expect(second).toBe(first)
    expect(popups[0]!.focus).toHaveBeenCalled()
  })

  it('reopens after blocked, in the same attempt', async () => {
    let calls = 0
    stubWindowOpen(() => (++calls === 1 ? null : createFakePopup()))
    const controller = open()
    await expect(controller.result).resolves.toMatchObject({ type: 'blocked' })
    controller.reopen()
    expect(controller.isOpen).toBe(true)
    expect(calls).toBe(2)
  })

  it('cancel closes the window, resolves cancelled and stops listening', async () => {
    const { popups } = stubWindowOpen()
    const controller = open()
    controller.cancel()
    await expect(controller.result).resolves.toEqual({ type: 'cancelled' })
    expect(popups[0]!.close).toHaveBeenCalled()
  })

  it('accepts a same-origin BroadcastChannel announcement (opener cut by COOP) with the nonce', async () => {
    stubWindowOpen()
    const controller = open()
    const channel = new BroadcastChannel('integrations-kit:oauth')
    channel.postMessage({
      type: 'oauth_complete',
      nonce: 'wrong',
      confirmToken: 't',
      serviceId: 'salesforce',
    })
    channel.postMessage({
      type: 'oauth_complete',
      nonce: 'nonce-1',
      confirmToken: 'via-channel',
      serviceId: 'salesforce',
    })
    await expect(controller.result).resolves.toMatchObject({ confirmToken: 'via-channel' })
    channel.close()
  })
})
