/**
 * The MSW lifecycle a test file that talks HTTP to the spec-checking mock Vault needs: one server
 * for the file (listening before its first test, closed after its last), its handlers reset after
 * every test, and every test ending with the mock having seen no request the spec forbids.
 *
 * `serveMockVault(vault)` serves one mock for the whole file; `serveMockVault()` serves none until a
 * test calls `serve(createMockVault(…))`, which then serves that mock for that test alone.
 */
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import type { MockVault } from 'integrations-kit/testing/msw'

export function serveMockVault(fileVault?: MockVault) {
  const server = setupServer(...(fileVault?.handlers ?? []))
  let current = fileVault
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    server.resetHandlers()
    const served = current
    current = fileVault
    if (served) {
      expect(served.violations).toEqual([])
    }
  })
  afterAll(() => server.close())
  return {
    server,
    /** Serves `vault` for the rest of this test (before the file's own mock, if any). */
    serve(vault: MockVault): MockVault {
      current = vault
      server.use(...vault.handlers)
      return vault
    },
  }
}
