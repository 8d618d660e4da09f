// The Authress contract is hand-written (MIT) and must take no lengths or patterns from Authress's
// AGPL OpenAPI document: it has no length limits at all, and its only pattern is our own Accept rule.
import contract from '../../../src/testing/authress-contract.json'
import { authressContract } from '../../../src/testing/authress-contract'

interface Parameter {
  name: string
  schema?: { pattern?: string }
}

function keywordsIn(node: unknown, path = '#'): string[] {
  if (typeof node !== 'object' || node === null) {
    return []
  }
  return Object.entries(node).flatMap(([key, value]) => [
    ...(['minLength', 'maxLength', 'pattern'].includes(key) ? [`${path}/${key}`] : []),
    ...keywordsIn(value, `${path}/${key}`),
  ])
}

describe('the Authress contract', () => {
  it('names its Apache-2.0 sources and its own licence', () => {
    expect(contract.info.license.name).toBe('MIT')
    expect(contract.info.description).toMatch(/Apache-2\.0/)
    expect(contract['x-sources'].some((source) => source.includes('authress-sdk'))).toBe(true)
  })

  it('takes no lengths or patterns from the AGPL spec: only its own Accept pattern', () => {
    const found = keywordsIn(contract)
    expect(found.length).toBeGreaterThan(0)
    // Every pattern is the Accept header's (one per operation that returns a body).
    expect(found.every((path) => /\/parameters\/0\/schema\/pattern$/.test(path))).toBe(true)
    const accepts = Object.values(contract.paths).flatMap((item) =>
      Object.values(item).flatMap((operation) =>
        (operation.parameters as Parameter[]).filter((parameter) => parameter.schema?.pattern),
      ),
    )
    expect(new Set(accepts.map((parameter) => parameter.name))).toEqual(new Set(['Accept']))
  })

  it('covers the six connection operations', () => {
    const operations = Object.values(contract.paths).flatMap((item) =>
      Object.values(item).map((operation) => operation.operationId),
    )
    expect(operations.sort()).toEqual([
      'createConnection',
      'deleteConnection',
      'getConnection',
      'getConnectionCredentials',
      'getConnections',
      'updateConnection',
    ])
    expect(
      authressContract.findOperation('GET', '/v1/connections/a/users/b%7Cc%2Fd/credentials'),
    ).toMatchObject({
      operation: { operationId: 'getConnectionCredentials', pathParams: { userId: 'b|c/d' } },
    })
  })
})
