// The mocks' request validators are precompiled (scripts/gen-validators.mjs) so that ajv stays a
// build-time tool; these tests keep each committed module in step with its contract and formats.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { contracts, generateValidators } from '../../../scripts/gen-validators.mjs'
import { jsonFormats } from '../../../src/testing/json-formats'

const root = join(import.meta.dirname, '../../..')

describe.each(contracts)('$outputFile', (contract) => {
  const code = () => readFileSync(join(root, contract.outputFile), 'utf8')

  it(`is what scripts/gen-validators.mjs makes from ${contract.specFile} (run \`npm run gen:api\`)`, () => {
    expect(code()).toBe(generateValidators(contract))
  })

  it('imports nothing but the local format checks (no ajv at run time)', () => {
    const imports = [
      ...code().matchAll(/\bfrom\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]/g),
    ]
    expect(imports.map((match) => match[1] ?? match[2])).toEqual(['./json-formats'])
  })

  it('finds every format it calls in json-formats.ts', () => {
    const used = [...code().matchAll(/jsonFormats\[("[^"]+")\]/g)].map((match) =>
      JSON.parse(match[1] ?? '""'),
    )
    expect(used.filter((name: string) => !Object.hasOwn(jsonFormats, name))).toEqual([])
  })
})

describe('jsonFormats', () => {
  it.each(['2026-02-28T10:00:00Z', '2024-02-29T23:59:60Z', '2026-12-01t10:00:00.123+02:00'])(
    'accepts the RFC 3339 date-time %s',
    (value) => {
      expect(jsonFormats['date-time']?.(value)).toBe(true)
    },
  )

  it.each(['2026-02-29T10:00:00Z', '2026-13-01T10:00:00Z', '2026-12-01T10:00:00', '2026-12-01'])(
    'rejects %s as a date-time',
    (value) => {
      expect(jsonFormats['date-time']?.(value)).toBe(false)
    },
  )

  it('accepts an absolute URI and rejects a relative one', () => {
    expect(jsonFormats.uri?.('https://unify.apideck.com/vault/connections')).toBe(true)
    expect(jsonFormats.uri?.('vault/connections')).toBe(false)
  })
})
