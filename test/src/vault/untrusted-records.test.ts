/**
 * Records from the backend are untrusted input: a list response may repeat a connector, carry ids
 * that are not one path segment, name properties after Object.prototype members, or be malformed.
 * The parser keeps one record per connector (the first), leaves the others out and reports each
 * left-out record once; the spec-checking mock serves such records, so the client is tested against
 * them end to end.
 */
import {
  createVaultClient,
  IntegrationsApiError,
  type Connection,
  type SkippedRecord,
} from 'integrations-kit'
import { createMockVault } from 'integrations-kit/testing/msw'
import { setupServer } from 'msw/node'
import {
  parseConnection,
  parseConnectionList,
  parseConnectionResponse,
} from '../../../src/vault/parse'
import { expectValidConnection } from './connection-invariants'
import { dynamics, hubspot, pipedrive, salesforce } from './fixtures'

function envelope(data: unknown) {
  return { status_code: 200, status: 'OK', data }
}

function record(unifiedApi: unknown, serviceId: unknown, extra: Record<string, unknown> = {}) {
  return { unified_api: unifiedApi, service_id: serviceId, state: 'available', ...extra }
}

/** Parses a list and collects what it reports. */
function parseList(data: unknown[]) {
  const skipped: SkippedRecord[] = []
  const list = parseConnectionList(envelope(data), 200, (entry) => skipped.push(entry))
  return { list, skipped }
}

describe('duplicate records in a list', () => {
  it('keeps the first record of a connector and reports the others once per connector', () => {
    const { list, skipped } = parseList([
      record('crm', 'hubspot', { name: 'First', state: 'callable' }),
      record('crm', 'pipedrive'),
      record('crm', 'hubspot', { name: 'Second' }),
      record('crm', 'hubspot', { name: 'Third', state: 'invalid' }),
      record('crm', 'pipedrive', { name: 'Pipedrive again' }),
    ])
    expect(list.map((c) => [c.unified_api, c.service_id, c.name, c.state])).toEqual([
      ['crm', 'hubspot', 'First', 'callable'],
      ['crm', 'pipedrive', 'pipedrive', 'available'],
    ])
    expect(skipped).toEqual([
      { reason: 'duplicate', ids: { unifiedApi: 'crm', serviceId: 'hubspot' } },
      { reason: 'duplicate', ids: { unifiedApi: 'crm', serviceId: 'pipedrive' } },
    ])
  })

  it('tells connectors apart by the exact pair, whatever characters the ids hold', () => {
    const { list, skipped } = parseList([
      record('crm', 'hubspot'),
      record('lead', 'hubspot'),
      // Same derived id `a+b+c`, different connectors.
      record('a+b', 'c'),
      record('a', 'b+c'),
      record('crm', 'hubspot ', { name: 'trailing space is another id' }),
    ])
    expect(list).toHaveLength(5)
    expect(skipped).toEqual([])
  })

  it('reports nothing when a list is clean, and a throwing reporter cannot fail the parse', () => {
    expect(parseList([record('crm', 'hubspot')]).skipped).toEqual([])
    const list = parseConnectionList(
      envelope([record('crm', 'a'), record('crm', 'a'), record('crm', '..')]),
      200,
      () => {
        throw new Error('host bug')
      },
    )
    expect(list.map((c) => c.service_id)).toEqual(['a'])
  })
})

describe('ids that are not one path segment', () => {
  it('skips such records in a list and reports each with its ids', () => {
    const { list, skipped } = parseList([
      record('crm', '..'),
      record('%2e', 'hubspot'),
      record('crm', 'a/b'),
      record('crm', 'ok'),
    ])
    expect(list.map((c) => c.service_id)).toEqual(['ok'])
    expect(skipped).toEqual([
      { reason: 'invalid_id', ids: { unifiedApi: 'crm', serviceId: '..' } },
      { reason: 'invalid_id', ids: { unifiedApi: '%2e', serviceId: 'hubspot' } },
      { reason: 'invalid_id', ids: { unifiedApi: 'crm', serviceId: 'a/b' } },
    ])
  })

  it('rejects a single-connection response with such an id as a parse error', () => {
    expect(() => parseConnectionResponse(envelope(record('crm', '.%2E')), 200)).toThrow(
      IntegrationsApiError,
    )
  })

  it('drops such resource names, and repeated ones, from the resource lists', () => {
    const connection = parseConnection(
      record('crm', 'hubspot', {
        configurable_resources: ['leads', '..', 'leads', '%2e', 'a/b', 'contacts', 7],
        resource_settings_support: ['..', 'leads'],
        settings_required_for_authorization: ['api_key', 'api_key', '..'],
        configuration: [
          { resource: '..', defaults: [] },
          { resource: 'leads', defaults: [{ id: 'source', value: 'web' }] },
        ],
      }),
    )
    expect(connection?.configurable_resources).toEqual(['leads', 'contacts'])
    expect(connection?.resource_settings_support).toEqual(['leads'])
    // Setting ids are not path segments: only repeats go.
    expect(connection?.settings_required_for_authorization).toEqual(['api_key', '..'])
    expect(connection?.configuration?.map((entry) => entry.resource)).toEqual(['leads'])
  })
})

describe('malformed records in a list', () => {
  it('are left out and reported, with the ids they had as strings', () => {
    const { list, skipped } = parseList([
      'not a record',
      record('crm', 'hubspot', { state: 'pending' }),
      record(42, 'x'),
      record('crm', 'good'),
    ])
    expect(list.map((c) => c.service_id)).toEqual(['good'])
    expect(skipped).toEqual([
      { reason: 'malformed', ids: {} },
      { reason: 'malformed', ids: { unifiedApi: 'crm', serviceId: 'hubspot' } },
      { reason: 'malformed', ids: { serviceId: 'x' } },
    ])
  })

  it('clip a huge id in the report', () => {
    const { skipped } = parseList([record('crm', `${'x'.repeat(10_000)}/..`)])
    expect(skipped[0]?.ids.serviceId).toHaveLength(201)
    expect(skipped[0]?.ids.serviceId?.endsWith('…')).toBe(true)
  })
})

describe('property names that are Object.prototype members', () => {
  const hostile = JSON.parse(
    JSON.stringify(record('crm', 'hubspot', { state: 'callable' })).replace(
      /}$/,
      ',"constructor":"x","toString":"y","hasOwnProperty":1,"__proto__":{"state":"invalid"},' +
        '"settings":{"constructor":"c","__proto__":"p","toString":""}}',
    ),
  ) as unknown

  it('drops such unknown top-level keys, so the record behaves like any object', () => {
    const connection = parseConnection(hostile) as Connection
    expectValidConnection(connection)
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      expect(Object.hasOwn(connection, name)).toBe(false)
    }
    expect(Object.getPrototypeOf(connection)).toBe(Object.prototype)
    expect(String(connection)).toBe('[object Object]')
    expect(connection.state).toBe('callable')
  })

  it('keeps them as data where they are names from the API (settings)', () => {
    const connection = parseConnection(hostile) as Connection
    expect(Object.keys(connection.settings ?? {})).toEqual(['constructor', '__proto__', 'toString'])
    expect(Object.getOwnPropertyDescriptor(connection.settings, '__proto__')?.value).toBe('p')
  })
})

describe('the client against a mock serving hostile records', () => {
  const vault = createMockVault({
    connectors: [
      hubspot,
      { ...structuredClone(hubspot), name: 'HubSpot (copy)', state: 'available' },
      pipedrive,
      { ...structuredClone(salesforce), id: 'crm+..', service_id: '..' },
      {
        ...structuredClone(dynamics),
        settings: {},
        settings_required_for_authorization: ['constructor', '__proto__', 'toString'],
        form_fields: ['constructor', '__proto__', 'toString'].map((id) => ({
          id,
          label: id,
          type: 'text',
          required: true,
        })),
      },
    ],
  })
  const server = setupServer(...vault.handlers)
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    const violations = [...vault.violations]
    vault.reset()
    expect(violations).toEqual([])
  })
  afterAll(() => server.close())
  const client = () => createVaultClient({ token: vault.token, baseUrl: vault.baseUrl })

  it('lists each connector once and reports the duplicate and the unaddressable record', async () => {
    expect(vault.connections()).toHaveLength(5)
    const onRecordSkipped = vi.fn()
    const list = await client().listConnections({}, { onRecordSkipped })
    expect(list.map((c) => c.name)).toEqual(['HubSpot', 'Pipedrive', 'Dynamics 365'])
    list.forEach(expectValidConnection)
    expect(onRecordSkipped.mock.calls).toEqual([
      [{ reason: 'duplicate', ids: { unifiedApi: 'crm', serviceId: 'hubspot' } }],
      [{ reason: 'invalid_id', ids: { unifiedApi: 'crm', serviceId: '..' } }],
    ])
  })

  it('treats required settings named constructor, __proto__ and toString as missing until sent', async () => {
    const ref = { unifiedApi: 'accounting', serviceId: 'dynamics-365' }
    const refused = await client()
      .requestToken(ref)
      .catch((error: unknown) => error)
    expect(refused).toMatchObject({ status: 422 })
    expect(String((refused as IntegrationsApiError).detail)).toContain(
      'constructor, __proto__, toString',
    )

    const settings = JSON.parse('{"constructor":"c","__proto__":"p","toString":"t"}') as Record<
      string,
      unknown
    >
    const updated = await client().updateConnection(ref, { settings })
    expect(Object.getOwnPropertyDescriptor(updated.settings, '__proto__')?.value).toBe('p')
    expect(vault.requests.at(-1)?.body).toEqual({ settings })
    await expect(client().requestToken(ref)).resolves.toMatchObject({ state: 'callable' })
  })
})
