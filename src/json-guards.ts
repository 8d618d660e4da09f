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
