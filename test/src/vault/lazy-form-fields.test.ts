import { defineLazyFormFields } from '../../../src/vault/lazy-form-fields'
import { normaliseFields } from '../../../src/forms/normalise-fields'
import { parseConnectionList } from '../../../src/vault/parse'

const RAW_FIELDS = [
  { id: 'api_key', label: 'API key', type: 'password', required: true, sensitive: 'yes' },
  { label: 'No id', type: 'text' },
  { id: 'plain' },
]
const NORMALISED = [
  { id: 'api_key', label: 'API key', type: 'password', required: true },
  { id: 'plain', label: 'plain', type: 'text' },
]

/** Raw fields whose entries count how often the normaliser reads them. */
function countingFields() {
  const reads = { count: 0 }
  const fields = RAW_FIELDS.map((field) => {
    const counted = {}
    for (const [key, value] of Object.entries(field)) {
      Object.defineProperty(counted, key, {
        enumerable: true,
        get: () => {
          reads.count += 1
          return value
        },
      })
    }
    return counted
  })
  return { fields, reads }
}

function lazyRecord(raw: unknown = RAW_FIELDS): Record<string, unknown> {
  const record: Record<string, unknown> = { service_id: 'pipedrive' }
  defineLazyFormFields(record, raw)
  return record
}

describe('defineLazyFormFields', () => {
  it('normalises the fields on the first read, not before, and only once', () => {
    const { fields, reads } = countingFields()
    const record = lazyRecord(fields)
    expect(reads.count).toBe(0)
    const first = record.form_fields
    expect(first).toEqual(NORMALISED)
    const afterFirst = reads.count
    expect(afterFirst).toBeGreaterThan(0)
    expect(record.form_fields).toBe(first)
    expect(reads.count).toBe(afterFirst)
  })

  it('answers what normaliseFields answers, for any shape', () => {
    for (const raw of [RAW_FIELDS, { id: 'x' }, null, 'junk', [], [{ id: 'a' }, { id: 'a' }]]) {
      expect(lazyRecord(raw).form_fields).toEqual(normaliseFields(raw))
    }
  })

  it('is an own enumerable property: keys, spread, JSON, structuredClone and equality see it', () => {
    const record = lazyRecord()
    expect(Object.keys(record)).toEqual(['service_id', 'form_fields'])
    expect({ ...lazyRecord() }).toEqual({ service_id: 'pipedrive', form_fields: NORMALISED })
    expect(JSON.parse(JSON.stringify(lazyRecord()))).toEqual({
      service_id: 'pipedrive',
      form_fields: NORMALISED,
    })
    expect(structuredClone(lazyRecord())).toEqual({
      service_id: 'pipedrive',
      form_fields: NORMALISED,
    })
    expect(lazyRecord()).toStrictEqual({ service_id: 'pipedrive', form_fields: NORMALISED })
  })

  it('becomes a plain data property once read', () => {
    const record = lazyRecord()
    void record.form_fields
    const descriptor = Object.getOwnPropertyDescriptor(record, 'form_fields')
    expect(descriptor).toEqual({
      value: NORMALISED,
      writable: true,
      enumerable: true,
      configurable: true,
    })
  })

  it('takes an assigned value as a data property would, read or not', () => {
    const unread = lazyRecord()
    unread.form_fields = []
    expect(unread.form_fields).toEqual([])
    const read = lazyRecord()
    void read.form_fields
    read.form_fields = [{ id: 'other' }]
    expect(read.form_fields).toEqual([{ id: 'other' }])
  })

  it('answers the same array from a frozen record and from an object made from it', () => {
    const frozen = Object.freeze(lazyRecord())
    const first = frozen.form_fields
    expect(first).toEqual(NORMALISED)
    expect(frozen.form_fields).toBe(first)
    const derived = Object.create(lazyRecord()) as Record<string, unknown>
    expect(derived.form_fields).toEqual(NORMALISED)
  })
})

describe('a parsed list', () => {
  it('leaves every record’s form fields unread until one is read', () => {
    const counted = [countingFields(), countingFields()]
    const [first, second] = parseConnectionList(
      {
        data: counted.map(({ fields }, index) => ({
          service_id: `service-${index}`,
          unified_api: 'crm',
          state: 'available',
          form_fields: fields,
        })),
      },
      200,
    )
    expect(counted.map(({ reads }) => reads.count)).toEqual([0, 0])
    expect(second!.form_fields).toEqual(NORMALISED)
    expect(counted[0]!.reads.count).toBe(0)
    expect(counted[1]!.reads.count).toBeGreaterThan(0)
    expect(first!.form_fields).toEqual(NORMALISED)
  })
})
