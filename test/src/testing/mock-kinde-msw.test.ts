// The mock Kinde served by MSW (integrations-kit/testing/msw): the adapter on the global fetch.
import { createMockKinde } from 'integrations-kit/testing/msw'
import { createKindeAdapter } from 'integrations-kit/kinde'
import { setupServer } from 'msw/node'

const kinde = createMockKinde({ auth: 'proxy', baseUrl: 'https://app.example.com/api/kinde' })
const server = setupServer(...kinde.handlers)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  const violations = [...kinde.violations]
  kinde.reset()
  expect(violations).toEqual([])
})
afterAll(() => server.close())

describe('createMockKinde from integrations-kit/testing/msw', () => {
  it('serves the adapter through MSW handlers', async () => {
    const adapter = createKindeAdapter({ baseUrl: 'https://app.example.com/api/kinde' })
    const records = await adapter.listConnections()
    // The default fixture: three built-ins (hidden) and nine connections.
    expect(records.filter((record) => record.state === 'callable')).toHaveLength(9)
    expect(kinde.requests).toHaveLength(1)
  })

  it('keeps the live token after a revoke (the handlers share the mock)', () => {
    const before = kinde.token
    kinde.revokeTokens()
    expect(kinde.token).not.toBe(before)
  })
})
