/** The guarantees the Vault response parser gives the UI, as one assertion used by several tests. */
import type { Connection, FormField } from 'integrations-kit'

const STATES = ['available', 'added', 'authorized', 'callable', 'invalid']

function isNonEmptyString(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0
}

export function expectValidFormField(field: FormField): void {
  expect(typeof field).toBe('object')
  expect(isNonEmptyString(field.id)).toBe(true)
  expect(typeof field.type).toBe('string')
  expect(typeof field.label).toBe('string')
  if (field.options !== undefined) {
    expect(Array.isArray(field.options)).toBe(true)
    for (const option of field.options) {
      expect(typeof option.label).toBe('string')
      if ('options' in option) {
        expect(option.option_type).toBe('group')
        for (const inner of option.options) {
          expect(typeof inner.label).toBe('string')
          expect(inner.value).not.toBeUndefined()
          expect(inner.value).not.toBeNull()
        }
      } else {
        expect(option.option_type).toBe('simple')
        expect(option.value).not.toBeUndefined()
        expect(option.value).not.toBeNull()
      }
    }
  }
}

export function expectValidConnection(connection: Connection): void {
  expect(isNonEmptyString(connection.id)).toBe(true)
  expect(isNonEmptyString(connection.service_id)).toBe(true)
  expect(isNonEmptyString(connection.unified_api)).toBe(true)
  expect(isNonEmptyString(connection.name)).toBe(true)
  expect(STATES).toContain(connection.state)
  if (connection.form_fields !== undefined) {
    expect(Array.isArray(connection.form_fields)).toBe(true)
    connection.form_fields.forEach(expectValidFormField)
  }
  for (const key of ['website', 'logo', 'icon', 'tag_line'] as const) {
    if (connection[key] !== undefined) {
      expect(typeof connection[key]).toBe('string')
    }
  }
  if (connection.enabled !== undefined) {
    expect(typeof connection.enabled).toBe('boolean')
  }
  if (connection.configuration !== undefined) {
    expect(Array.isArray(connection.configuration)).toBe(true)
    for (const entry of connection.configuration) {
      expect(isNonEmptyString(entry.resource)).toBe(true)
      expect(Array.isArray(entry.defaults)).toBe(true)
    }
  }
}
