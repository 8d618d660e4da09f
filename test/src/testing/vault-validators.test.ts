// The mock's request validators are precompiled (scripts/gen-validators.mjs) so that ajv stays a
// build-time tool; these tests keep the committed output in step with the spec and its formats.
import { readFileSync } from 'node:fs'
import { generateValidators, outputFile } from '../../../scripts/gen-validators.mjs'
import { jsonFormats } from '../../../src/testing/json-formats'

describe('src/testing/vault-validators.ts', () => {
  it('is what scripts/gen-validators.mjs makes from vault-spec.json (run `npm run gen:api`)', () => {
    expect(readFileSync(outputFile, 'utf8')).toBe(generateValidators())
  })

  it('imports nothing but the local format checks (no ajv at run time)', () => {
    const code = readFileSync(outputFile, 'utf8')
    const imports = [...code.matchAll(/\bfrom\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]/g)]
    expect(imports.map((match) => match[1] ?? match[2])).toEqual(['./json-formats'])
  })

  it('finds every format it calls in json-formats.ts', () => {
    const code = readFileSync(outputFile, 'utf8')
    const used = [...code.matchAll(/jsonFormats\[("[^"]+")\]/g)].map((match) =>
      JSON.parse(match[1] ?? '""'),
    )
    expect(used.length).toBeGreaterThan(0)
    for (const name of used) {
      expect(jsonFormats).toHaveProperty([name])
    }
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
