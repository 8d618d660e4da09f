/**
 * A stand-in for the window `window.open` returns: the browser boundary, not the code under test.
 * It records navigation, focus and close, and can be "closed by the user".
 */
import { vi } from 'vitest'

export interface FakePopup {
  closed: boolean
  location: { href: string }
  focus: ReturnType<typeof vi.fn>
  close: ReturnType<typeof vi.fn>
  postMessage: ReturnType<typeof vi.fn>
}

export function createFakePopup(url = 'about:blank'): FakePopup {
  const popup: FakePopup = {
    closed: false,
    location: { href: url },
    focus: vi.fn(),
    close: vi.fn(() => {
      popup.closed = true
    }),
    postMessage: vi.fn(),
  }
  return popup
}

/** Stubs `window.open`; each call returns a new fake popup (or what `next` returns). */
export function stubWindowOpen(next?: (url: string) => FakePopup | null) {
  const popups: FakePopup[] = []
  const open = vi.spyOn(window, 'open').mockImplementation((url) => {
    const made = next ? next(String(url)) : createFakePopup(String(url))
    if (made) {
      popups.push(made)
    }
    return made as unknown as Window | null
  })
  return { open, popups }
}

/** Dispatches a `message` event on window as a popup's postMessage would. */
export function postFrom(source: FakePopup | null, origin: string, data: unknown): void {
  const event = new MessageEvent('message', { data, origin })
  // jsdom's MessageEvent only takes real windows as `source`; the fake stands in for one.
  Object.defineProperty(event, 'source', { value: source })
  window.dispatchEvent(event)
}
