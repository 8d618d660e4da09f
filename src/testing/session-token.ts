/**
 * The mock's session token: an unsigned JWT (`header.payload.signature`, each part base64url
 * without padding) whose claims are what Vault's session JWT carries and what the client decodes
 * (`application_id`, `consumer_id`, `iat`, `exp`). Nothing verifies a signature in the browser,
 * so a fixed one is enough; the mock compares the whole token instead.
 */
export interface MockSessionClaims {
  application_id: string
  consumer_id: string
  iat: number
  exp: number
  [claim: string]: unknown
}

function base64UrlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) {
    binary += String.fromCharCode(byte)
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function base64UrlDecode(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)))
}

export function createSessionToken(claims: MockSessionClaims): string {
  const header = base64UrlEncode(JSON.stringify({ alg: 'none', typ: 'JWT' }))
  const payload = base64UrlEncode(JSON.stringify(claims))
  return `${header}.${payload}.${base64UrlEncode('mock-signature')}`
}

/** The claims of a token made by {@link createSessionToken}, or null for anything else. */
export function readSessionToken(token: string): MockSessionClaims | null {
  const parts = token.split('.')
  if (parts.length !== 3) {
    return null
  }
  try {
    const claims: unknown = JSON.parse(base64UrlDecode(parts[1] ?? ''))
    return typeof claims === 'object' && claims !== null ? (claims as MockSessionClaims) : null
  } catch {
    return null
  }
}
