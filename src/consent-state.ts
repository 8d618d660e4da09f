/**
 * What a consent decision makes of a connection's consent state: granting is always 'granted'; a
 * refusal is 'revoked' when consent had been granted, 'denied' otherwise (pending, denied, revoked,
 * or a re-consent request declined). One rule for the hooks' cache update, their events and the
 * mock Vault.
 */
import type { ConsentState } from './types'

/**
 * The consent state a decision leads to: granting gives `granted`; refusing gives `revoked` when
 * `previous` was `granted`, `denied` otherwise.
 */
export function consentStateAfter(
  granted: boolean,
  previous: ConsentState | undefined,
): ConsentState {
  return granted ? 'granted' : previous === 'granted' ? 'revoked' : 'denied'
}
