/**
 * Reads and writes keyed by names that come from the backend (setting ids, field ids, option keys).
 * Such a name can be `constructor`, `toString` or `__proto__`: a plain `record[id]` then reads a
 * method inherited from Object.prototype (so a required setting named `constructor` looks filled in),
 * and a plain `record[id] = value` with `__proto__` replaces the object's prototype instead of
 * storing the value. Names are data, so every such access goes through these two functions.
 */

/** The record's own value for `key`; never one inherited from Object.prototype. */
export function ownValue<T>(
  record: Readonly<Record<string, T>> | null | undefined,
  key: string,
): T | undefined {
  return record !== null && record !== undefined && Object.hasOwn(record, key)
    ? record[key]
    : undefined
}

/**
 * Stores `value` as the record's own, enumerable property `key`, even for `__proto__` (defined, not
 * assigned, so no setter on the prototype chain runs). The property then reads, spreads,
 * `Object.entries` and `JSON.stringify`s like any other.
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  })
}
