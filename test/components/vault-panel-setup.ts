/**
 * The spec-checking mock Vault behind MSW, as the panel families' component tests (consent,
 * mapping, logs) use it: one server per test file, failing on any request the mock does not
 * answer; a fresh mock per test, whose spec violations fail that test when it ends.
 */
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { createVaultAdapter, type ConnectionsAdapter } from 'integrations-kit'
import {
  createMockVault,
  type MockVault,
  type MockVaultOptions,
} from 'integrations-kit/testing/msw'

export interface MockVaultServer {
  /** Serves a fresh mock Vault for the current test; the adapter talks to it over HTTP. */
  start(options?: MockVaultOptions): { vault: MockVault; adapter: ConnectionsAdapter }
  /** The current test's mock Vault; throws when the test started none. */
  readonly vault: MockVault
}

/**
 * Sets up the file's MSW server and its hooks: call once, at the top level of a test file. The
 * adapter is made without a `fetch`, so requests go through the global fetch MSW patches.
 */
export function serveMockVault(): MockVaultServer {
  const server = setupServer()
  let current: MockVault | undefined

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    server.resetHandlers()
    const violations = current ? [...current.violations] : []
    current = undefined
    expect(violations).toEqual([])
  })
  afterAll(() => server.close())

  return {
    start(options) {
      current = createMockVault(options)
      server.use(...current.handlers)
      const adapter = createVaultAdapter({ token: current.token, baseUrl: current.baseUrl })
      return { vault: current, adapter }
    },
    get vault() {
      if (!current) {
        throw new Error('No mock Vault started in this test: call start() first')
      }
      return current
    },
  }
}
