import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPopupFlow, type PopupFlow } from '../../../src/oauth/popup-flow'
import type { OAuthWindowResult } from '../../../src/oauth/window'
import { createFakePopup, postFrom, stubWindowOpen } from '../../support/fake-popup'

const origin = window.location.origin
const redirectUri = `${origin}/mock-oauth/callback.html`
const windowOptions = {
  url: 'https://provider.example/authorize',
  redirectUri,
  serviceId: 'salesforce',
  nonce: 'nonce-1',
}
const complete = {
  type: 'oauth_complete',
  nonce: 'nonce-1',
  confirmToken: 'token-1',
  serviceId: 'salesforce',
}

const flows: PopupFlow[] = []
function newFlow() {
  const flow = createPopupFlow()
  flows.push(flow)
  return flow
}

/** A listener that records every outcome it hears. */
function recorder() {
  const heard: OAuthWindowResult['type'][] = []
  return { heard, listener: (result: OAuthWindowResult) => void heard.push(result.type) }
}

afterEach(() => {
  for (const flow of flows.splice(0)) {
    flow.end()
  }
  vi.useRealTimers()
})

describe('given an attempt whose window opened', () => {
  it('opened the window inside the call, before anything was awaited', () => {
    const { open } = stubWindowOpen()
    const attempt = newFlow().begin()
    attempt.openWindow(windowOptions, () => undefined)
    expect(open).toHaveBeenCalledTimes(1)
    expect(attempt.phase).toBe('waiting')
  })

  it('focuses that window on a second click instead of starting over', () => {
    const { open, popups } = stubWindowOpen()
    const flow = newFlow()
    flow.begin().openWindow(windowOptions, () => undefined)
    expect(flow.focusOpenWindow()).toBe(true)
    expect(popups[0]!.focus).toHaveBeenCalled()
    expect(open).toHaveBeenCalledTimes(1)
  })

  it('passes the result to the listener', async () => {
    const { popups } = stubWindowOpen()
    const attempt = newFlow().begin()
    const { heard, listener } = recorder()
    attempt.openWindow(windowOptions, listener)
    postFrom(popups[0]!, origin, complete)
    await vi.waitFor(() => expect(heard).toEqual(['success']))
    expect(attempt.phase).toBe('settled')
  })

  describe('when the user closes the window', () => {
    it('says so, keeps listening, and still takes a late result', async () => {
      vi.useFakeTimers()
      const { popups } = stubWindowOpen()
      const attempt = newFlow().begin()
      const { heard, listener } = recorder()
      attempt.openWindow(windowOptions, listener)
      popups[0]!.closed = true
      await vi.advanceTimersByTimeAsync(500)
      expect(heard).toEqual(['closed'])
      expect(attempt.phase).toBe('closed')
      expect(attempt.active).toBe(true)
      postFrom(popups[0]!, origin, complete)
      await vi.advanceTimersByTimeAsync(0)
      expect(heard).toEqual(['closed', 'success'])
    })

    it('reopens the window on request', async () => {
      vi.useFakeTimers()
      const { open, popups } = stubWindowOpen()
      const flow = newFlow()
      const attempt = flow.begin()
      attempt.openWindow(windowOptions, () => undefined)
      popups[0]!.closed = true
      await vi.advanceTimersByTimeAsync(500)
      expect(flow.reopen()).toBe(true)
      expect(open).toHaveBeenCalledTimes(2)
      expect(attempt.phase).toBe('waiting')
    })
  })

  describe('when the user cancels', () => {
    it('closes the window and reports "cancelled" to the listener once', async () => {
      const { popups } = stubWindowOpen()
      const flow = newFlow()
      const { heard, listener } = recorder()
      flow.begin().openWindow(windowOptions, listener)
      expect(flow.cancel()).toBe(true)
      expect(popups[0]!.close).toHaveBeenCalled()
      await vi.waitFor(() => expect(heard).toEqual(['cancelled']))
    })
  })

  describe('when the caller settles it (its own success or error)', () => {
    it('ignores what the window reports afterwards', async () => {
      const { popups } = stubWindowOpen()
      const flow = newFlow()
      const attempt = flow.begin()
      const { heard, listener } = recorder()
      attempt.openWindow(windowOptions, listener)
      expect(attempt.settle()).toBe(true)
      expect(attempt.settle()).toBe(false)
      postFrom(popups[0]!, origin, complete)
      await attempt.window!.result
      await Promise.resolve()
      expect(heard).toEqual([])
      expect(attempt.active).toBe(false)
    })
  })

  describe('when a new attempt begins', () => {
    it('ends the old one: its window closes and its listener hears nothing more', async () => {
      const { popups } = stubWindowOpen()
      const flow = newFlow()
      const first = flow.begin()
      const { heard, listener } = recorder()
      first.openWindow(windowOptions, listener)
      const second = flow.begin()
      expect(popups[0]!.close).toHaveBeenCalled()
      expect(first.superseded).toBe(true)
      expect(first.active).toBe(false)
      expect(flow.current).toBe(second)
      await first.window!.result
      await Promise.resolve()
      expect(heard).toEqual([])
    })
  })

  describe('when it ends (reset, unmount)', () => {
    it('closes the window silently, and is not superseded', async () => {
      const { popups } = stubWindowOpen()
      const flow = newFlow()
      const attempt = flow.begin()
      const { heard, listener } = recorder()
      attempt.openWindow(windowOptions, listener)
      flow.end()
      expect(popups[0]!.close).toHaveBeenCalled()
      expect(flow.current).toBeNull()
      expect(attempt.superseded).toBe(false)
      await attempt.window!.result
      await Promise.resolve()
      expect(heard).toEqual([])
    })
  })
})

describe('given a blocked window', () => {
  it('reports "blocked", and a reopen that succeeds brings the attempt back to waiting', async () => {
    let allow = false
    const { open } = stubWindowOpen((url) => (allow ? createFakePopup(url) : null))
    const flow = newFlow()
    const attempt = flow.begin()
    const { heard, listener } = recorder()
    attempt.openWindow(windowOptions, listener)
    await vi.waitFor(() => expect(heard).toEqual(['blocked']))
    expect(attempt.phase).toBe('blocked')
    allow = true
    expect(flow.reopen()).toBe(true)
    expect(open).toHaveBeenCalledTimes(2)
    expect(attempt.phase).toBe('waiting')
  })
})

describe('given an attempt without a window (a token grant, settings first)', () => {
  it('is idle; cancel drops it and reports nothing', () => {
    const flow = newFlow()
    const attempt = flow.begin()
    expect(attempt.phase).toBe('idle')
    expect(flow.focusOpenWindow()).toBe(false)
    expect(flow.reopen()).toBe(false)
    expect(flow.cancel()).toBe(false)
    expect(flow.current).toBeNull()
  })
})
