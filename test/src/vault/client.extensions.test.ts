/**
 * The client's consent, custom mapping, data-model and log methods against the spec-checking mock
 * Vault (its default catalog and seed, src/testing/vault-consent-seed.ts) over HTTP: every request
 * must be one the spec accepts, every answer parsed, every failure an IntegrationsApiError.
 */
import { createVaultClient, IntegrationsApiError, type ConnectionRef } from 'integrations-kit'
import { createMockVault } from 'integrations-kit/testing'

const vault = createMockVault()
const client = createVaultClient({ token: vault.token, baseUrl: vault.baseUrl, fetch: vault.fetch })

const salesforce: ConnectionRef = { unifiedApi: 'crm', serviceId: 'salesforce' }
const xero: ConnectionRef = { unifiedApi: 'accounting', serviceId: 'xero' }
const bamboohr: ConnectionRef = { unifiedApi: 'hris', serviceId: 'bamboohr' }

afterEach(() => {
  const violations = [...vault.violations]
  vault.reset()
  expect(violations).toEqual([])
})

async function rejection(promise: Promise<unknown>): Promise<IntegrationsApiError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(IntegrationsApiError)
    return error as IntegrationsApiError
  }
  throw new Error('expected a rejection')
}

const lastRequest = () => vault.requests.at(-1)!

describe('consent', () => {
  it('lists the records and grants what the connection asks for when no resources are given', async () => {
    expect(await client.listConsents(salesforce)).toMatchObject([{ id: 'con_sf_1', granted: true }])
    expect(await client.listConsents(xero)).toEqual([])

    const record = await client.updateConsent(xero, { granted: true })
    expect(record.granted).toBe(true)
    const asked = vault.connection(xero)?.application_data_scopes?.resources
    expect(lastRequest().body).toEqual({ granted: true, resources: asked })
    expect(vault.connection(xero)?.consent_state).toBe('granted')
    expect(vault.connection(xero)?.latest_consent).toEqual(record)
    expect(await client.listConsents(xero)).toEqual([record])
  })

  it('revokes granted consent and denies pending consent, sending * by default', async () => {
    await client.updateConsent(salesforce, { granted: false })
    expect(lastRequest().body).toEqual({ granted: false, resources: '*' })
    expect(vault.connection(salesforce)?.consent_state).toBe('revoked')
    await client.updateConsent(xero, { granted: false })
    expect(vault.connection(xero)?.consent_state).toBe('denied')
  })
})

describe('custom mappings', () => {
  it('lists all mappings of a connection, or those of one resource', async () => {
    const all = await client.listCustomMappings(salesforce)
    expect(all.map((mapping) => mapping.id)).toEqual([
      'crm+leads+lead_source_detail',
      'crm+leads+region',
      'crm+leads+annual_revenue',
    ])
    expect(await client.listCustomMappings(salesforce, 'leads')).toEqual(all)
    expect(await client.listCustomMappings(salesforce, 'opportunities')).toEqual([])
    expect(lastRequest().path).toBe(
      '/vault/connections/crm/salesforce/opportunities/custom-mappings',
    )
  })

  it('creates an empty mapping, updates it, reads it and deletes it (consumer-owned)', async () => {
    const id = 'hris+employees+first_aid_training'
    const created = await client.createCustomMapping(bamboohr, id, {
      value: '$.customFields.firstAidTraining',
    })
    expect(created).toMatchObject({ id, value: '$.customFields.firstAidTraining', required: true })
    expect(created.consumer_id).toBe(vault.consumerId)
    await client.updateCustomMapping(bamboohr, id, { value: '$.customFields.badgeNumber' })
    expect((await client.getCustomMapping(bamboohr, id)).value).toBe('$.customFields.badgeNumber')
    await client.deleteCustomMapping(bamboohr, id)
    expect(lastRequest().method).toBe('DELETE')
    const after = await client.getCustomMapping(bamboohr, id)
    expect(after.value).toBeUndefined()
    expect(after.consumer_id).toBeNull()
  })

  it("refuses to create a mapped field, update an unmapped one or delete the application's", async () => {
    expect(
      (
        await rejection(
          client.createCustomMapping(salesforce, 'crm+leads+region', { value: '$.x' }),
        )
      ).status,
    ).toBe(422)
    expect(
      (
        await rejection(
          client.updateCustomMapping(salesforce, 'crm+leads+lead_source_detail', { value: '$.x' }),
        )
      ).status,
    ).toBe(422)
    expect(
      (await rejection(client.deleteCustomMapping(salesforce, 'crm+leads+annual_revenue'))).status,
    ).toBe(422)
    expect((await rejection(client.getCustomMapping(salesforce, 'crm+leads+nope'))).status).toBe(
      404,
    )
  })

  it('answers 404 Unknown Connection for every mapping operation once the connector is not added', async () => {
    const id = 'crm+leads+lead_source_detail'
    // Mappings live on the consumer's connection: removing it leaves Salesforce `available`.
    await client.deleteConnection(salesforce)
    expect(vault.connection(salesforce)?.state).toBe('available')
    const calls: Array<() => Promise<unknown>> = [
      () => client.listCustomMappings(salesforce),
      () => client.listCustomMappings(salesforce, 'leads'),
      () => client.getCustomMapping(salesforce, id),
      () => client.createCustomMapping(salesforce, id, { value: '$.LeadSourceDetail__c' }),
      () => client.updateCustomMapping(salesforce, 'crm+leads+region', { value: '$.Name' }),
      () => client.deleteCustomMapping(salesforce, 'crm+leads+region'),
    ]
    for (const call of calls) {
      const error = await rejection(call())
      expect(error.kind).toBe('http')
      expect(error.status).toBe(404)
      expect(error.code).toBe('EntityNotFoundError')
      expect(error.detail).toEqual({ not_found: { entity: 'connection', id: 'crm+salesforce' } })
    }
    // Nothing was written: the seeded mappings are as they were.
    const mappings = vault.connection(salesforce)?.custom_mappings ?? []
    expect(mappings.find((mapping) => mapping.id === id)?.value).toBeUndefined()
    expect(mappings.find((mapping) => mapping.id === 'crm+leads+region')?.value).toBe('$.Region__c')
    // An added connector's mappings still answer (the rule is the connection's state, not the id).
    expect(await client.listCustomMappings(bamboohr)).toHaveLength(2)
  })

  it('refuses a target field id that is not one path segment, without sending it', async () => {
    const before = vault.requests.length
    const error = await rejection(client.getCustomMapping(salesforce, '../../connections'))
    expect(error.kind).toBe('invalid_request')
    expect(vault.requests.length).toBe(before)
  })
})

describe('resource data model', () => {
  it('returns custom fields, the schema and an example whose paths resolve', async () => {
    const fields = await client.listCustomFields(salesforce, 'leads')
    expect(fields.map((field) => field.finder)).toContain('$.Region__c')
    const schema = await client.getResourceSchema(salesforce, 'leads')
    expect(schema).toMatchObject({ type: 'object', properties: { Region__c: { type: 'string' } } })
    const example = await client.getResourceExample(salesforce, 'leads')
    expect(example.example_response.Region__c).toBe('EMEA')
    expect(example).toMatchObject({ unified_api: 'crm', service_id: 'salesforce' })
    expect((await rejection(client.listCustomFields(salesforce, 'unknown'))).status).toBe(404)
  })
})

describe('logs', () => {
  it('pages with the cursor until there is no next page, filtered by connector', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const page = await client.listLogs({
        filter: { connector_id: 'crm+salesforce' },
        cursor,
        limit: 4,
      })
      pages += 1
      seen.push(...page.logs.map((log) => log.id))
      expect(page.logs.every((log) => log.service.id === 'salesforce')).toBe(true)
      cursor = page.nextCursor
    } while (cursor !== null)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.length).toBeGreaterThan(4)
    expect(pages).toBe(Math.ceil(seen.length / 4))
    expect(lastRequest().path).toBe('/vault/logs')
  })

  it('sends filters as filter[name]=value, arrays as repeated keys', async () => {
    const page = await client.listLogs({ filter: { status_codes: [401, 500], http_method: 'GET' } })
    expect(page.logs.every((log) => log.http_method === 'GET')).toBe(true)
    expect(page.logs.every((log) => [401, 500].includes(log.status_code))).toBe(true)
    const query = new URLSearchParams(lastRequest().search)
    expect(query.getAll('filter[status_codes]')).toEqual(['401', '500'])
  })
})

describe('failures', () => {
  const calls: Array<[string, RegExp, () => Promise<unknown>]> = [
    ['listConsents', /consent$/, () => client.listConsents(salesforce)],
    ['updateConsent', /consent$/, () => client.updateConsent(salesforce, { granted: false })],
    ['getResourceSchema', /schema$/, () => client.getResourceSchema(salesforce, 'leads')],
    ['getResourceExample', /example$/, () => client.getResourceExample(salesforce, 'leads')],
    ['listCustomFields', /custom-fields$/, () => client.listCustomFields(salesforce, 'leads')],
    [
      'listCustomMappings(resource)',
      /custom-mappings$/,
      () => client.listCustomMappings(salesforce, 'leads'),
    ],
    ['listCustomMappings', /custom-mappings\//, () => client.listCustomMappings(salesforce)],
    [
      'getCustomMapping',
      /custom-mappings\//,
      () => client.getCustomMapping(salesforce, 'crm+leads+region'),
    ],
    [
      'createCustomMapping',
      /custom-mappings\//,
      () =>
        client.createCustomMapping(salesforce, 'crm+leads+lead_source_detail', { value: '$.a' }),
    ],
    [
      'updateCustomMapping',
      /custom-mappings\//,
      () => client.updateCustomMapping(salesforce, 'crm+leads+region', { value: '$.a' }),
    ],
    [
      'deleteCustomMapping',
      /custom-mappings\//,
      () => client.deleteCustomMapping(salesforce, 'crm+leads+region'),
    ],
    ['listLogs', /\/vault\/logs$/, () => client.listLogs()],
  ]

  // Each error status the spec lists for these operations (400, 401, 402, 404, 422) and an
  // unexpected one (500, the `default` response).
  it.each(calls)('%s rejects with each error status the spec lists', async (_name, path, call) => {
    for (const status of [400, 401, 402, 404, 422, 500]) {
      vault.fail({ path }, { status })
      const error = await rejection(call())
      expect(error.kind).toBe('http')
      expect(error.status).toBe(status)
    }
  })

  it.each(calls)(
    '%s rejects on 429 with Retry-After and on a dropped network',
    async (_name, path, call) => {
      vault.fail({ path }, { status: 429, headers: { 'Retry-After': '7' } })
      const limited = await rejection(call())
      expect(limited.status).toBe(429)
      expect(limited.retryAfter).toBe(7)
      vault.fail({ path }, 'network')
      expect((await rejection(call())).kind).toBe('network')
    },
  )

  it('rejects a malformed body with kind parse', async () => {
    vault.fail({ path: /consent$/ }, 'malformed')
    expect((await rejection(client.listConsents(salesforce))).kind).toBe('parse')
  })
})
