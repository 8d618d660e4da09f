import fc from 'fast-check'
import { intern, isNumber, isRecord, isScalar, nonEmptyString, orNull } from '../../src/json-guards'
import { parseConnectionList } from '../../src/vault/parse'

describe('type guards', () => {
  it('tells plain objects from null, arrays and scalars', () => {
    expect(isRecord({})).toBe(true)
    expect(isRecord(null)).toBe(false)
    expect(isRecord([])).toBe(false)
    expect(isRecord('x')).toBe(false)
  })

  it('keeps only non-empty strings, finite numbers and scalars', () => {
    expect(nonEmptyString('a')).toBe('a')
    expect(nonEmptyString('')).toBeUndefined()
    expect(nonEmptyString(1)).toBeUndefined()
    expect(isNumber(1.5)).toBe(true)
    expect(isNumber(Number.NaN)).toBe(false)
    expect(isNumber(Infinity)).toBe(false)
    expect([1, 'a', false, null, {}].map(isScalar)).toEqual([true, true, true, false, false])
    expect([null, 1, 'a'].map(orNull(isNumber))).toEqual([true, true, false])
  })
})

describe('intern', () => {
  it('answers a string equal to the one given, whatever it is', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (value) => {
        expect(intern(value)).toBe(value)
        expect(intern(value)).toBe(value)
      }),
    )
  })

  it('treats names of Object.prototype as data', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(intern(name)).toBe(name)
      expect(typeof intern(name)).toBe('string')
    }
  })

  it('passes long values and values past the table limit through unchanged', () => {
    const long = 'x'.repeat(10_000)
    expect(intern(long)).toBe(long)
    // Far more distinct values than the table keeps: each is still answered as itself.
    for (let index = 0; index < 5_000; index += 1) {
      expect(intern(`value-${index}`)).toBe(`value-${index}`)
    }
  })
})

describe('a parsed list with shared strings', () => {
  it('keeps every repeated value as it was sent', () => {
    const records = Array.from({ length: 50 }, (_, index) => ({
      service_id: `service-${index}`,
      unified_api: index % 2 ? 'crm' : 'accounting',
      state: 'available',
      status: 'live',
      auth_type: index % 3 ? 'oauth2' : 'apiKey',
      integration_state: 'configured',
      configurable_resources: ['contacts', 'companies', 'contacts'],
    }))
    const parsed = parseConnectionList({ data: JSON.parse(JSON.stringify(records)) }, 200)
    expect(parsed).toHaveLength(50)
    parsed.forEach((connection, index) => {
      const sent = records[index]!
      expect(connection).toMatchObject({
        ...sent,
        configurable_resources: ['contacts', 'companies'],
      })
    })
  })
})
