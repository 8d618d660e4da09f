/**
 * A fresh, unguessable value per authorization attempt. It binds the provider's callback to the
 * attempt that started it, so a forged or stale callback (another tab, an attacker's link) is told
 * apart and ignored.
 */
export function createNonce(): string {
  const cryptoApi: Crypto | undefined = globalThis.crypto
  if (cryptoApi && typeof cryptoApi.randomUUID === 'function') {
    return cryptoApi.randomUUID()
  }
  if (cryptoApi && typeof cryptoApi.getRandomValues === 'function') {
    const bytes = cryptoApi.getRandomValues(new Uint8Array(16))
    return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  }
  // Math.random is not a CSPRNG: refusing is safer than issuing a guessable nonce.
  throw new Error('integrations-kit: no Web Crypto available to create an OAuth nonce.')
}
