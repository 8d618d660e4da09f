/**
 * Vault's session lifetime (`settings.session_length` of `POST /vault/sessions`): a string such as
 * `30m`, `1h`, `7d` or `1w`, default `1h` (the spec: "TTL: 3600"), at most a week. The spec only
 * types it as a string; this reads the forms its examples use. Shared by the server helper (the
 * expiry when a token carries no `exp`) and the mock Vault (the `exp` it writes).
 */

/** Vault's default session lifetime in seconds. */
export const DEFAULT_SESSION_SECONDS = 3600

/** The longest session Vault issues, in seconds ("maximum 1 week"). */
export const MAX_SESSION_SECONDS = 7 * 24 * 3600

const unitSeconds: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 }

/** Seconds of a `session_length` such as `30m`, `1h`, `7d` or `1w`; undefined when unreadable. */
export function sessionLengthSeconds(text: string): number | undefined {
  const match = /^(\d{1,7})([smhdw])$/.exec(text.trim())
  const unit = unitSeconds[match?.[2] ?? '']
  return match && unit !== undefined ? Number(match[1]) * unit : undefined
}
