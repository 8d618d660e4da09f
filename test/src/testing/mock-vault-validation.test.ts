import { setupServer } from 'msw/node'
import { createMockVault, type SpecViolation } from 'integrations-kit/testing/msw'
import { callVault } from './vault-test-client'

const seen: SpecViolation[] = []
const vault = createMockVault({ onViolation: (violation) => seen.push(violation) })
const server = setupServer(...vault.handlers)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  vault.reset()
  seen.length = 0
})
afterAll(() => server.close())

/** The one violation the last request caused, as recorded and as passed to onViolation. */
function onlyViolation(): SpecViolation {
  expect(vault.violations).toHaveLength(1)
  expect(seen).toEqual(vault.violations)
  return vault.violations[0] as SpecViolation
}

describe('headers', () => {
  it('answers a missing consumer header with 400 RequestHeadersValidationError', async () => {
    const answer = await callVault(vault, '/vault/connections/crm/salesforce', {
      headers: { 'x-apideck-consumer-id': undefined },
    })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({
      status_code: 400,
      error: 'Bad Request',
      type_name: 'RequestHeadersValidationError',
      message: 'Invalid Params',
      detail: 'Missing Header: x-apideck-consumer-id',
      ref: 'https://developers.apideck.com/errors#requestheadersvalidationerror',
    })
    expect(onlyViolation()).toMatchObject({
      rule: 'missing-header',
      operationId: 'connectionsOne',
      status: 400,
    })
  })

  it('lets the list go without a consumer header, where the spec makes it optional', async () => {
    const answer = await callVault(vault, '/vault/connections', {
      headers: { 'x-apideck-consumer-id': undefined },
    })
    expect(answer.status).toBe(200)
    expect(vault.violations).toEqual([])
  })

  it('rejects an empty app id', async () => {
    const answer = await callVault(vault, '/vault/connections', {
      headers: {
        'x-apideck-app-id': '',
        'x-apideck-auth-type': undefined,
        authorization: 'Bearer sk_test',
      },
    })
    expect(answer.status).toBe(400)
    expect(onlyViolation().rule).toBe('invalid-header')
  })
})

describe('authentication', () => {
  it('answers a request without Authorization with 401 UnauthorizedError', async () => {
    const answer = await callVault(vault, '/vault/connections', {
      headers: { authorization: undefined },
    })
    expect(answer.status).toBe(401)
    expect(answer.body).toMatchObject({
      status_code: 401,
      type_name: 'UnauthorizedError',
      message: 'Unauthorized Request',
      detail: 'Missing authentication',
    })
    expect(onlyViolation().rule).toBe('unauthorized')
  })

  it('rejects a session token other than the mock session', async () => {
    const answer = await callVault(vault, '/vault/connections', {
      headers: { authorization: 'Bearer aaa.bbb.ccc' },
    })
    expect(answer.status).toBe(401)
    expect(answer.body).toMatchObject({ detail: 'Invalid Authorization Token' })
    expect(onlyViolation().rule).toBe('unauthorized')
  })

  it('rejects app headers that do not match the session claims', async () => {
    const answer = await callVault(vault, '/vault/connections', {
      headers: { 'x-apideck-app-id': 'someone-else' },
    })
    expect(answer.status).toBe(401)
    expect(onlyViolation().message).toMatch(/x-apideck-app-id/)
  })

  it('rejects a session JWT sent without x-apideck-auth-type: JWT', async () => {
    const answer = await callVault(vault, '/vault/connections', {
      headers: { 'x-apideck-auth-type': undefined },
    })
    expect(answer.status).toBe(401)
    expect(onlyViolation().message).toMatch(/x-apideck-auth-type/)
  })

  it('accepts an API key without the JWT auth type (server-side use)', async () => {
    const answer = await callVault(vault, '/vault/connections', {
      headers: { 'x-apideck-auth-type': undefined, authorization: 'Bearer sk_live_123' },
    })
    expect(answer.status).toBe(200)
    expect(vault.violations).toEqual([])
  })
})

describe('paths and query', () => {
  it('answers an unknown path with 404 and records it', async () => {
    const answer = await callVault(vault, '/vault/connections/crm/salesforce/oops')
    expect(answer.status).toBe(404)
    expect(answer.body).toMatchObject({
      type_name: 'EntityNotFoundError',
      message: 'Unknown Route',
    })
    expect(onlyViolation()).toMatchObject({ rule: 'unknown-path', operationId: undefined })
  })

  it('answers a method the path does not have with 405', async () => {
    const answer = await callVault(vault, '/vault/connections/crm/salesforce', {
      method: 'PUT',
      body: { enabled: true },
    })
    expect(answer.status).toBe(405)
    expect(onlyViolation().rule).toBe('method-not-allowed')
  })

  it('rejects an unknown query parameter', async () => {
    const answer = await callVault(vault, '/vault/connections?unified_api=crm')
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ type_name: 'RequestValidationError' })
    expect(onlyViolation()).toMatchObject({
      rule: 'unknown-query-parameter',
      message: 'Unknown query parameter unified_api',
    })
  })

  it('rejects a non-boolean configured', async () => {
    const answer = await callVault(vault, '/vault/connections?configured=yes')
    expect(answer.status).toBe(400)
    expect(onlyViolation().rule).toBe('invalid-query-parameter')
  })
})

describe('bodies', () => {
  it('rejects a read-only property in a PATCH body', async () => {
    const answer = await callVault(vault, '/vault/connections/crm/salesforce', {
      method: 'PATCH',
      body: { enabled: true, state: 'callable', form_fields: [] },
    })
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({
      type_name: 'RequestValidationError',
      message: 'Invalid Params',
    })
    const violation = onlyViolation()
    expect(violation.rule).toBe('read-only-property')
    expect(violation.messages).toEqual([
      'Property state is read-only and must not be sent',
      'Property form_fields is read-only and must not be sent',
    ])
    // The rejected write changed nothing.
    expect(vault.connection('crm+salesforce')?.form_fields?.length).toBeGreaterThan(0)
  })

  it('rejects a read-only default target in resource settings', async () => {
    const answer = await callVault(vault, '/vault/connections/crm/salesforce/leads/config', {
      method: 'PATCH',
      body: {
        configuration: [
          {
            resource: 'leads',
            defaults: [{ id: 'Status', value: 'Qualified', target: 'resource' }],
          },
        ],
      },
    })
    expect(answer.status).toBe(400)
    expect(onlyViolation().message).toBe(
      'Property configuration.0.defaults.0.target is read-only and must not be sent',
    )
  })

  it('rejects a wrongly typed property', async () => {
    const answer = await callVault(vault, '/vault/connections/crm/salesforce', {
      method: 'PATCH',
      body: { enabled: 'yes' },
    })
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ detail: 'enabled must be boolean' })
    expect(onlyViolation().rule).toBe('body-schema')
  })

  it('rejects a missing required body and a missing required property', async () => {
    const noBody = await callVault(vault, '/vault/connections/crm/salesforce', { method: 'PATCH' })
    expect(noBody.status).toBe(400)
    expect(vault.violations[0]?.rule).toBe('missing-body')

    const confirm = await callVault(vault, '/vault/connections/crm/hubspot/confirm', {
      method: 'POST',
      body: {},
    })
    expect(confirm.status).toBe(400)
    expect(confirm.body).toMatchObject({ detail: 'Missing property confirm_token' })
    expect(vault.violations[1]?.rule).toBe('body-schema')
  })

  it('rejects properties in a token body, which must be {} or absent', async () => {
    const answer = await callVault(vault, '/vault/connections/hris/personio/token', {
      method: 'POST',
      body: { grant_type: 'client_credentials' },
    })
    expect(answer.status).toBe(400)
    expect(onlyViolation().message).toBe('Unknown property grant_type')
  })

  it('rejects a body on DELETE', async () => {
    const answer = await callVault(vault, '/vault/connections/accounting/xero', {
      method: 'DELETE',
      body: { reason: 'cleanup' },
    })
    expect(answer.status).toBe(400)
    expect(onlyViolation().rule).toBe('unexpected-body')
    expect(vault.connection('accounting+xero')?.state).toBe('callable')
  })

  it('rejects a body that is not JSON or not labelled JSON', async () => {
    const notJson = await callVault(vault, '/vault/connections/crm/salesforce', {
      method: 'PATCH',
      body: '{enabled:true',
    })
    expect(notJson.status).toBe(400)
    const plain = await callVault(vault, '/vault/connections/crm/salesforce', {
      method: 'PATCH',
      body: { enabled: true },
      headers: { 'content-type': 'text/plain' },
    })
    expect(plain.status).toBe(400)
    expect(vault.violations.map((violation) => violation.rule)).toEqual([
      'invalid-json',
      'content-type',
    ])
  })

  it('rejects a malformed import body', async () => {
    const answer = await callVault(vault, '/vault/connections/crm/hubspot/import', {
      method: 'POST',
      body: { credentials: { access_token: 'a', issued_at: 'yesterday', scope: 'x' } },
    })
    expect(answer.status).toBe(400)
    expect(onlyViolation().messages).toEqual(
      expect.arrayContaining([
        'Unknown property credentials.scope',
        'credentials.issued_at must match format "date-time"',
      ]),
    )
  })
})
