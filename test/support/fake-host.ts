/**
 * A stand-in for the page's own `window` where jsdom cannot observe navigation (`location.replace`
 * and `assign` are unforgeable): the browser boundary, passed as `hostWindow`.
 */
import { vi } from 'vitest'

export interface FakeHost {
  location: {
    href: string
    origin: string
    replace: ReturnType<typeof vi.fn>
    assign: ReturnType<typeof vi.fn>
  }
  history: { state: unknown; replaceState: ReturnType<typeof vi.fn> }
  opener: unknown
  close: ReturnType<typeof vi.fn>
  sessionStorage: Storage
  asWindow(): Window
}

export function createFakeHost(
  href: string,
  options: { opener?: unknown; storage?: Storage } = {},
): FakeHost {
  const url = new URL(href)
  const host: FakeHost = {
    location: { href, origin: url.origin, replace: vi.fn(), assign: vi.fn() },
    history: {
      state: null,
      replaceState: vi.fn((_state: unknown, _title: string, next: string) => {
        host.location.href = new URL(next, host.location.href).href
      }),
    },
    opener: options.opener ?? null,
    close: vi.fn(),
    sessionStorage: options.storage ?? window.sessionStorage,
    asWindow: () => host as unknown as Window,
  }
  return host
}

/** A sessionStorage that refuses every write (Safari private mode, partitioned iframes). */
export const unavailableStorage = {
  getItem: () => null,
  setItem: () => {
    throw new DOMException('denied', 'SecurityError')
  },
  removeItem: () => undefined,
  clear: () => undefined,
  key: () => null,
  length: 0,
} as Storage
