/**
 * Reads the claims of a JSON Web Token without verifying it. The browser never verifies a session
 * token (only the server can); we only need the claims Vault's headers repeat (`application_id`,
 * `consumer_id`). No library: a JWT payload is base64url JSON, and a dependency would cost bundle.
 */

/** True when `token` has the shape of a compact JWS: three base64url segments joined by dots. */
export function looksLikeJwt(token: string): boolean {
  return /^[\w-]+\.[\w-]+\.[\w-]*$/.test(token)
}

/**
 * The payload claims of `token`, or null when it is not a JWT or its payload is not a JSON object.
 * Never throws: a junk token is the host's mistake, reported as an IntegrationsApiError on the first
 * request rather than as a crash while the page renders.
 */
export function decodeJwtClaims(token: string): Record<string, unknown> | null {
  if (!looksLikeJwt(token)) {
    return null
  }
  try {
    const segment = token.split('.')[1] ?? ''
    const base64 = segment.replace(/-/g, '+').replace(/_/g, '/')
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4)
    const binary = atob(padded)
    // atob yields one char per byte; TextDecoder turns the UTF-8 bytes into the real characters.
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes))
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}
