import { IntegrationsApiError } from 'integrations-kit'
import {
  parseConfirmResponse,
  parseConnection,
  parseConnectionList,
  parseConnectionResponse,
  parseFormField,
  parseResourceSettingsResponse,
  parseValidateResponse,
} from '../../../src/vault/parse'
import { expectValidConnection } from './connection-invariants'

function envelope(data: unknown) {
  return { status_code: 200, status: 'OK', data }
}

function expectParseError(run: () => unknown): IntegrationsApiError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(IntegrationsApiError)
    expect((error as IntegrationsApiError).kind).toBe('parse')
    return error as IntegrationsApiError
  }
  throw new Error('expected a parse error')
}

describe('parseConnection', () => {
  it('keeps a well-formed connection as it is', () => {
    const raw = {
      id: 'crm+salesforce',
      service_id: 'salesforce',
      unified_api: 'crm',
      name: 'Salesforce',
      state: 'callable',
      enabled: true,
      website: 'https://www.salesforce.com',
      settings: { instance_url: 'https://eu28.salesforce.com' },
      configurable_resources: ['leads'],
    }
    expect(parseConnection(raw)).toEqual(raw)
  })

  it('derives a missing id and name from unified_api and service_id', () => {
    const connection = parseConnection({
      service_id: 'pipedrive',
      unified_api: 'crm',
      state: 'added',
    })
    expect(connection).toMatchObject({ id: 'crm+pipedrive', name: 'pipedrive' })
  })

  it.each([
    [{ unified_api: 'crm', state: 'added' }],
    [{ service_id: 'pipedrive', state: 'added' }],
    [{ service_id: '', unified_api: 'crm', state: 'added' }],
    [{ service_id: 'pipedrive', unified_api: 'crm' }],
    [{ service_id: 'pipedrive', unified_api: 'crm', state: 'exploded' }],
    [{ service_id: 42, unified_api: 'crm', state: 'added' }],
    [null],
    [['crm', 'pipedrive']],
    ['crm+pipedrive'],
  ])('rejects %j', (raw) => {
    expect(parseConnection(raw)).toBeNull()
  })

  it('removes optional properties of the wrong type instead of coercing them', () => {
    const connection = parseConnection({
      service_id: 'pipedrive',
      unified_api: 'crm',
      state: 'added',
      website: 42,
      enabled: 'yes',
      health: 'on fire',
      settings: 'secret',
      configurable_resources: ['leads', 7, null, 'contacts'],
      custom_mappings: [{ id: 'a' }, 'b'],
    })
    expect(connection).not.toHaveProperty('website')
    expect(connection).not.toHaveProperty('enabled')
    expect(connection).not.toHaveProperty('health')
    expect(connection).not.toHaveProperty('settings')
    expect(connection?.configurable_resources).toEqual(['leads', 'contacts'])
    expect(connection?.custom_mappings).toEqual([{ id: 'a' }])
  })

  it('normalises form fields: non-array → [], no id → dropped, unknown type kept, no type → text', () => {
    const base = { service_id: 'pipedrive', unified_api: 'crm', state: 'added' }
    expect(parseConnection({ ...base, form_fields: { id: 'x' } })?.form_fields).toEqual([])
    const connection = parseConnection({
      ...base,
      form_fields: [
        { id: 'api_key', label: 'API key', type: 'password', required: true, sensitive: 'yes' },
        { label: 'No id', type: 'text' },
        { id: 'hint', type: 'location' },
        { id: 'plain' },
        'junk',
      ],
    })
    expect(connection?.form_fields).toEqual([
      { id: 'api_key', label: 'API key', type: 'password', required: true },
      { id: 'hint', label: 'hint', type: 'location' },
      { id: 'plain', label: 'plain', type: 'text' },
    ])
  })
})

describe('parseFormField options', () => {
  it('makes an option a group iff it has an options array, and drops unusable options', () => {
    const field = parseFormField({
      id: 'stage',
      type: 'filtered-select',
      filter: { key: 'id', value: 'pipeline_id', extra: 1 },
      options: [
        { label: 'Open', value: 'open' },
        { label: 'Number', value: 3, option_type: 'simple' },
        { value: true },
        { label: 'No value' },
        { label: 'Null value', value: null },
        { label: 'Object value', value: { a: 1 } },
        {
          id: 'pipeline-1',
          label: 'Pipeline 1',
          option_type: 'simple',
          options: [{ label: 'Won', value: 'won' }, { label: 'Broken' }, { options: [] }],
        },
        { id: 'pipeline-2', options: 'nope' },
        'string option',
      ],
    })
    expect(field).toEqual({
      id: 'stage',
      label: 'stage',
      type: 'filtered-select',
      filter: { key: 'id', value: 'pipeline_id' },
      options: [
        { label: 'Open', value: 'open', option_type: 'simple' },
        { label: 'Number', value: 3, option_type: 'simple' },
        { label: 'true', value: true, option_type: 'simple' },
        {
          id: 'pipeline-1',
          label: 'Pipeline 1',
          option_type: 'group',
          options: [{ label: 'Won', value: 'won', option_type: 'simple' }],
        },
      ],
    })
  })

  it('turns a non-array options property into []', () => {
    expect(parseFormField({ id: 'x', type: 'select', options: { a: 1 } })?.options).toEqual([])
  })
})

describe('response envelopes', () => {
  it('drops malformed list items and keeps the rest', () => {
    const list = parseConnectionList(
      envelope([
        { service_id: 'pipedrive', unified_api: 'crm', state: 'available', name: 'Pipedrive' },
        { service_id: 'broken' },
        null,
        { service_id: 'hubspot', unified_api: 'crm', state: 'callable' },
      ]),
      200,
    )
    expect(list.map((connection) => connection.id)).toEqual(['crm+pipedrive', 'crm+hubspot'])
    list.forEach(expectValidConnection)
  })

  it.each([
    [null],
    [[]],
    ['text'],
    [{ status_code: 200 }],
    [envelope({ id: 'x' })],
    [envelope(null)],
  ])('a list body %j that is not an envelope of a list is a parse error', (body) => {
    expectParseError(() => parseConnectionList(body, 200))
  })

  it('a single malformed connection is a parse error carrying the body', () => {
    const body = envelope({ service_id: 'pipedrive' })
    const error = expectParseError(() => parseConnectionResponse(body, 200))
    expect(error.status).toBe(200)
    expect(error.body).toBe(body)
  })

  it('reads resource settings from the flat configuration list', () => {
    const settings = parseResourceSettingsResponse(
      envelope({
        configuration: [
          { id: 'owner', label: 'Owner', type: 'select', options: [{ label: 'A', value: 'a' }] },
          { label: 'no id' },
        ],
      }),
      200,
      'leads',
    )
    expect(settings).toEqual({
      resource: 'leads',
      fields: [
        {
          id: 'owner',
          label: 'Owner',
          type: 'select',
          options: [{ label: 'A', value: 'a', option_type: 'simple' }],
        },
      ],
    })
  })

  it("reads resource settings in the spec's nested shape, for the requested resource only", () => {
    const settings = parseResourceSettingsResponse(
      envelope({
        configuration: [
          { resource: 'contacts', defaults: [{ id: 'ignored' }] },
          { resource: 'leads', defaults: [{ id: 'source', value: 'web', type: 'text' }] },
        ],
      }),
      200,
      'leads',
    )
    expect(settings.fields).toEqual([{ id: 'source', label: 'source', type: 'text', value: 'web' }])
  })

  it('missing configuration is an empty field list; a non-object data is a parse error', () => {
    expect(parseResourceSettingsResponse(envelope({}), 200, 'leads').fields).toEqual([])
    expectParseError(() => parseResourceSettingsResponse(envelope([]), 200, 'leads'))
  })

  it('confirm and validate answers must carry their one field', () => {
    expect(parseConfirmResponse(envelope({ confirmed: true }), 200)).toEqual({ confirmed: true })
    expectParseError(() => parseConfirmResponse(envelope({ confirmed: 'yes' }), 200))
    expect(parseValidateResponse(envelope({ id: 'crm+x', state: 'callable' }), 200)).toEqual({
      id: 'crm+x',
      state: 'callable',
    })
    expectParseError(() => parseValidateResponse(envelope({ id: 'crm+x' }), 200))
  })
})
