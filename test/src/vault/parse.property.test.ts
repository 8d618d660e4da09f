/**
 * Property: whatever JSON (or non-JSON) the server sends, the client either returns data that meets
 * the Connection invariants or rejects with IntegrationsApiError — never a TypeError or SyntaxError.
 * The fetch stub only supplies the body; the parser is the thing under test.
 */
import fc from 'fast-check'
import { createVaultClient, IntegrationsApiError, type Connection } from 'integrations-kit'
import { parseConnectionList, parseConnectionResponse } from '../../../src/vault/parse'
import { expectValidConnection } from './connection-invariants'

const STATES = ['available', 'added', 'authorized', 'callable', 'invalid'] as const
const FIELD_TYPES = [
  'text',
  'password',
  'select',
  'filtered-select',
  'multi-select',
  'copy',
  'info',
]

const option = fc.oneof(
  fc.record(
    { label: fc.string(), value: fc.oneof(fc.string(), fc.integer(), fc.boolean()) },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      id: fc.string(),
      label: fc.string(),
      options: fc.array(
        fc.oneof(fc.record({ label: fc.string(), value: fc.string() }), fc.jsonValue()),
      ),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
)

const formField = fc.oneof(
  fc.record(
    {
      id: fc.oneof(fc.string(), fc.jsonValue()),
      label: fc.string(),
      type: fc.oneof(fc.constantFrom(...FIELD_TYPES), fc.string(), fc.jsonValue()),
      required: fc.oneof(fc.boolean(), fc.jsonValue()),
      value: fc.jsonValue(),
      options: fc.oneof(fc.array(option), fc.jsonValue()),
      filter: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
)

/** A valid connection with some properties replaced by arbitrary JSON or removed. */
const mutatedConnection = fc
  .tuple(
    fc.record({
      id: fc.string(),
      service_id: fc.string({ minLength: 1 }),
      unified_api: fc.string({ minLength: 1 }),
      name: fc.string(),
      state: fc.constantFrom(...STATES),
      enabled: fc.boolean(),
      website: fc.webUrl(),
      form_fields: fc.oneof(fc.array(formField, { maxLength: 4 }), fc.jsonValue()),
      configuration: fc.jsonValue(),
    }),
    // Mostly light damage, so that valid connections with damaged details are common too.
    fc.oneof(
      { weight: 2, arbitrary: fc.constant({}) },
      {
        weight: 1,
        arbitrary: fc.dictionary(
          fc.constantFrom(
            'id',
            'service_id',
            'unified_api',
            'name',
            'state',
            'enabled',
            'website',
            'health',
            'settings',
          ),
          fc.jsonValue(),
          { maxKeys: 3 },
        ),
      },
    ),
    fc.oneof(
      { weight: 2, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.subarray(['id', 'name', 'state', 'service_id', 'form_fields']) },
    ),
  )
  .map(([connection, overrides, removed]) => {
    const result: Record<string, unknown> = { ...connection, ...overrides }
    for (const key of removed) {
      delete result[key]
    }
    return result
  })

const connectionLike = fc.oneof(mutatedConnection, fc.jsonValue())
const envelope = (data: fc.Arbitrary<unknown>) =>
  fc.record({ status_code: fc.constant(200), status: fc.constant('OK'), data })

const listBody = fc.oneof(
  envelope(fc.array(connectionLike, { maxLength: 5 })),
  envelope(fc.jsonValue()),
  fc.jsonValue(),
)
const singleBody = fc.oneof(envelope(connectionLike), fc.jsonValue())

/** Runs `run`; a throw must be IntegrationsApiError, a value must pass `check`. True if it returned. */
function expectOnlyApiErrors(run: () => unknown, check: (value: unknown) => void): boolean {
  let value: unknown
  try {
    value = run()
  } catch (error) {
    expect(error).toBeInstanceOf(IntegrationsApiError)
    return false
  }
  check(value)
  return true
}

describe('Vault response parsing (property)', () => {
  it('a list body gives valid connections or a parse error', () => {
    let connectionsSeen = 0
    fc.assert(
      fc.property(listBody, (body) => {
        expectOnlyApiErrors(
          () => parseConnectionList(body, 200),
          (list) => {
            ;(list as Connection[]).forEach(expectValidConnection)
            connectionsSeen += (list as Connection[]).length
          },
        )
      }),
      { numRuns: 400 },
    )
    // The generators must reach the interesting path, not only the error one.
    expect(connectionsSeen).toBeGreaterThan(20)
  })

  it('a single-connection body gives a valid connection or a parse error', () => {
    let returned = 0
    fc.assert(
      fc.property(singleBody, (body) => {
        const ok = expectOnlyApiErrors(
          () => parseConnectionResponse(body, 200),
          (connection) => expectValidConnection(connection as Connection),
        )
        returned += ok ? 1 : 0
      }),
      { numRuns: 400 },
    )
    expect(returned).toBeGreaterThan(20)
  })

  it('through the client, any response text resolves validly or rejects with IntegrationsApiError', async () => {
    const responseText = fc.oneof(
      listBody.map((body) => JSON.stringify(body)),
      singleBody.map((body) => JSON.stringify(body)),
      fc.string(),
    )
    await fc.assert(
      fc.asyncProperty(
        responseText,
        fc.constantFrom(200, 201, 400, 404, 500),
        async (text, status) => {
          const client = createVaultClient({
            appId: 'app',
            consumerId: 'consumer',
            fetch: async () => new Response(text, { status }),
          })
          const ref = { unifiedApi: 'crm', serviceId: 'pipedrive' }
          for (const call of [() => client.listConnections(), () => client.getConnection(ref)]) {
            try {
              const result = await call()
              ;(Array.isArray(result) ? result : [result]).forEach(expectValidConnection)
              expect(status).toBeLessThan(300)
            } catch (error) {
              expect(error).toBeInstanceOf(IntegrationsApiError)
            }
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
