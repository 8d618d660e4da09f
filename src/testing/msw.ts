/**
 * `integrations-kit/testing/msw`: the mock Vault served by MSW. The only module of the testing
 * entries that imports msw (an optional peer), so `integrations-kit/testing` — fixtures, the
 * in-memory Vault and its `fetch` — works without msw installed.
 *
 * Everything `integrations-kit/testing` exports is exported here too, and `createMockVault` here
 * returns the same mock plus its MSW `handlers`: moving an import from `integrations-kit/testing`
 * to `integrations-kit/testing/msw` is all a test that uses `vault.handlers` needs.
 */
import { http, type RequestHandler } from 'msw'
import { escapeRegExp } from './escape-reg-exp'
import {
  createMockAuthress as createInMemoryAuthress,
  type MockAuthress as InMemoryAuthress,
  type MockAuthressOptions,
} from './mock-authress'
import {
  createMockVault as createInMemoryVault,
  type MockVault as InMemoryVault,
  type MockVaultOptions,
} from './mock-vault'
import {
  createMockKinde as createInMemoryKinde,
  type MockKinde as InMemoryKinde,
  type MockKindeOptions,
} from './mock-kinde'

export * from './index'

export interface MockVault extends InMemoryVault {
  /** MSW handlers: `setupServer(...vault.handlers)` or `setupWorker(...vault.handlers)`. */
  readonly handlers: RequestHandler[]
}

/**
 * MSW handlers that answer with `mock.handle`. One handler per mock: it matches every URL under
 * `mock.baseUrl`, and a URL the mock does not serve falls through to the next handler (or to
 * `onUnhandledRequest`), as if the mock had no handler for it.
 */
function mockHandlers(mock: {
  readonly baseUrl: string
  handle(request: Request): Promise<Response | undefined>
}): RequestHandler[] {
  return [
    http.all<never, never, undefined>(
      new RegExp(`^${escapeRegExp(mock.baseUrl)}/`),
      ({ request }) => mock.handle(request),
    ),
  ]
}

/** {@link InMemoryVault | The in-memory mock Vault} with its MSW handlers. */
export function createMockVault(options: MockVaultOptions = {}): MockVault {
  const vault = createInMemoryVault(options)
  return { ...vault, handlers: mockHandlers(vault) }
}

export interface MockAuthress extends InMemoryAuthress {
  /** MSW handlers: `setupServer(...authress.handlers)` or `setupWorker(...authress.handlers)`. */
  readonly handlers: RequestHandler[]
}

/** {@link InMemoryAuthress | The in-memory mock Authress} with its MSW handlers. */
export function createMockAuthress(options: MockAuthressOptions = {}): MockAuthress {
  const authress = createInMemoryAuthress(options)
  return { ...authress, handlers: mockHandlers(authress) }
}

/** The mock Kinde with its MSW handlers (API and token endpoint under `kinde.baseUrl`). */
export interface MockKinde extends InMemoryKinde {
  /** MSW handlers: `setupServer(...kinde.handlers)` or `setupWorker(...kinde.handlers)`. */
  readonly handlers: RequestHandler[]
}

/** {@link InMemoryKinde | The in-memory mock Kinde} with its MSW handlers. */
export function createMockKinde(options: MockKindeOptions = {}): MockKinde {
  const kinde = createInMemoryKinde(options)
  // The same object, so its live `token` getter keeps working.
  return Object.assign(kinde, { handlers: mockHandlers(kinde) })
}
