/**
 * A connection's `form_fields`, normalised when first read instead of when the record is parsed.
 *
 * A list response carries every connector's form fields (10,000 connectors, tens of thousands of
 * fields), but only the fields of a connector the user opens are ever read: normalising them all
 * took about a third of the list's parse. The property is an own, enumerable accessor, so reading
 * it, spreading the record, `JSON.stringify`, `structuredClone`, `Object.keys` and deep equality
 * all see the normalised fields, the same array on every read. The first read turns it into a plain
 * data property (where the record is not frozen); assigning a value replaces it as a data property
 * would be replaced.
 *
 * The accessor's functions are shared by every record (one property shape for all of them); each
 * record's raw fields wait in a WeakMap, garbage with their record.
 */
import type { FormField } from '../types'
import { normaliseFields } from '../forms/normalise-fields'

interface PendingFields {
  raw: unknown
  fields?: FormField[]
}

const pending = new WeakMap<object, PendingFields>()

function replaceWithValue(owner: object, value: unknown): void {
  Object.defineProperty(owner, 'form_fields', {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  })
}

/** The record `form_fields` was defined on: `record` or, for an object made from it, a prototype. */
function ownerOf(record: object): object | null {
  let owner: object | null = record
  while (owner !== null && !pending.has(owner)) {
    owner = Object.getPrototypeOf(owner) as object | null
  }
  return owner
}

function readFormFields(this: object): FormField[] {
  const owner = ownerOf(this)
  if (owner === null) {
    return []
  }
  const state = pending.get(owner)!
  state.fields ??= normaliseFields(state.raw)
  try {
    replaceWithValue(owner, state.fields)
    pending.delete(owner)
  } catch {
    // A sealed or frozen record keeps the accessor, which answers the same array from `state`.
  }
  return state.fields
}

function writeFormFields(this: object, value: unknown): void {
  pending.delete(this)
  replaceWithValue(this, value)
}

/**
 * Gives `connection` a `form_fields` property that is `normaliseFields(raw)` once read. `raw` is
 * kept as it is until then: pass the record's own value, parsed from JSON and not shared.
 */
export function defineLazyFormFields(connection: object, raw: unknown): void {
  pending.set(connection, { raw })
  Object.defineProperty(connection, 'form_fields', {
    get: readFormFields,
    set: writeFormFields,
    enumerable: true,
    configurable: true,
  })
}
