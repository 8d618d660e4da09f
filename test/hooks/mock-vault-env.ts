/**
 * What the hooks tests that talk HTTP to the mock Vault share: a fresh mock (default catalog and
 * seed), a Vault adapter on its fetch, and the events the provider emitted.
 */
import { createVaultAdapter, type IntegrationsEvent } from 'integrations-kit'
import { createMockVault } from 'integrations-kit/testing'

export function mockVaultEnv() {
  const vault = createMockVault()
  const adapter = createVaultAdapter({
    token: vault.token,
    baseUrl: vault.baseUrl,
    fetch: vault.fetch,
  })
  const events: IntegrationsEvent[] = []
  return {
    vault,
    adapter,
    events,
    /** The provider's callbacks (`renderHookWithProviders({ callbacks })`) that collect `events`. */
    callbacks: { onEvent: (event: IntegrationsEvent) => events.push(event) },
  }
}
