/**
 * Type guards for JSON from the backend: records are untrusted, so every reader checks a value's
 * type before it keeps it (never coerces). One set, shared by the Vault parser and the form model.
 */

export type JsonObject = Record<string, unknown>

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

export const isString = (value: unknown): value is string => typeof value === 'string'
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean'
/** A finite number (JSON has no NaN or Infinity; a parser bug could). */
export const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** `check`, or null. */
export const orNull =
  (check: (value: unknown) => boolean) =>
  (value: unknown): boolean =>
    value === null || check(value)

export function isScalar(value: unknown): value is string | number | boolean {
  return isString(value) || isNumber(value) || isBoolean(value)
}

/*
 * Shared strings. JSON.parse makes a new string for every value, so a 10,000-connector list holds
 * 10,000 copies of "live", "apiKey", "crm"… `intern` answers one copy per distinct value, and the
 * parser keeps that one: the copies are garbage as soon as the list is parsed. Bounded, because
 * values come from the network: long strings (ids, URLs, text) are not shared, and once the table
 * is full new values pass through as they are. A Map, not an object: a value like `__proto__` or
 * `constructor` is data.
 */
const INTERN_MAX_LENGTH = 64
const INTERN_MAX_SIZE = 2048
const interned = new Map<string, string>()

/** The one shared copy of `value` (equal to it), for values that repeat across records. */
export function intern(value: string): string {
  if (value.length > INTERN_MAX_LENGTH) {
    return value
  }
  const known = interned.get(value)
  if (known !== undefined) {
    return known
  }
  if (interned.size < INTERN_MAX_SIZE) {
    interned.set(value, value)
  }
  return value
}
