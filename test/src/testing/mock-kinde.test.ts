import { createMockKinde, type MockKinde } from '../../../src/testing/mock-kinde'
import { kindeContract } from '../../../src/testing/kinde-contract'
import {
  generateKindeConnections,
  kindeBuiltInConnections,
} from '../../../src/testing/generate-kinde-connections'

const API = '/api/v1/connections'

function call(
  kinde: MockKinde,
  method: string,
  path: string,
  body?: unknown,
  { bearer = true }: { bearer?: boolean } = {},
) {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (bearer) {
    headers.authorization = `Bearer ${kinde.token}`
  }
  if (body !== undefined) {
    headers['content-type'] = 'application/json'
  }
  return kinde.fetch(`${kinde.baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}

async function json(response: Response): Promise<unknown> {
  return response.json()
}

describe('createMockKinde: each operation answers its documented shape', () => {
  it('lists, creates, gets, patches, puts and deletes with the spec shapes', async () => {
    const kinde = createMockKinde()
    const list = await call(kinde, 'GET', API)
    const listBody = await json(list)
    expect(list.status).toBe(200)
    expect(kindeContract.checkResponseBody('GetConnections', 200, listBody)).toEqual([])

    const created = await call(kinde, 'POST', API, {
      name: 'acme-okta',
      display_name: 'Acme Okta',
      strategy: 'saml:okta',
      options: {
        saml_idp_metadata_url: 'https://acme.okta.com/md',
        home_realm_domains: ['@acme.com'],
      },
    })
    const createdBody = (await json(created)) as { connection: { id: string } }
    expect(created.status).toBe(201)
    expect(kindeContract.checkResponseBody('CreateConnection', 201, createdBody)).toEqual([])
    const id = createdBody.connection.id

    const one = await call(kinde, 'GET', `${API}/${id}`)
    const oneBody = await json(one)
    expect(kindeContract.checkResponseBody('GetConnection', 200, oneBody)).toEqual([])
    // The summary only: never options or secrets.
    expect(oneBody).toEqual({
      code: 'OK',
      message: 'Success',
      connection: { id, name: 'acme-okta', display_name: 'Acme Okta', strategy: 'saml:okta' },
    })

    const patched = await call(kinde, 'PATCH', `${API}/${id}`, { options: { is_trusted: true } })
    expect(kindeContract.checkResponseBody('UpdateConnection', 200, await json(patched))).toEqual(
      [],
    )
    // PATCH merges options key by key (an assumption the mock pins).
    expect(kinde.connection(id)?.options).toEqual({
      saml_idp_metadata_url: 'https://acme.okta.com/md',
      home_realm_domains: ['@acme.com'],
      is_trusted: true,
    })

    const put = await call(kinde, 'PUT', `${API}/${id}`, {
      name: 'acme',
      display_name: 'Acme',
      options: { saml_entity_id: 'urn:acme' },
    })
    expect(kindeContract.checkResponseBody('ReplaceConnection', 200, await json(put))).toEqual([])
    expect(kinde.connection(id)?.options).toEqual({ saml_entity_id: 'urn:acme' })

    const deleted = await call(kinde, 'DELETE', `${API}/${id}`)
    expect(kindeContract.checkResponseBody('deleteConnection', 200, await json(deleted))).toEqual(
      [],
    )
    expect(kinde.connection(id)).toBeUndefined()
    expect(kinde.violations).toEqual([])
  })

  it('answers an unknown id with the object-form 404', async () => {
    const kinde = createMockKinde()
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const response = await call(
        kinde,
        method,
        `${API}/conn_missing`,
        method === 'PATCH' ? { name: 'x' } : undefined,
      )
      const body = await json(response)
      expect(response.status).toBe(404)
      expect(body).toEqual({
        errors: { code: 'CONNECTION_NOT_FOUND', message: 'Connection not found' },
      })
      expect(kindeContract.checkResponseBody('UpdateConnection', 404, body)).toEqual([])
    }
  })

  it('pages with page_size (default 10) and one cursor, and includes built-ins', async () => {
    const kinde = createMockKinde({
      connections: [...kindeBuiltInConnections(), ...generateKindeConnections(22, 3)],
    })
    const first = (await json(await call(kinde, 'GET', API))) as {
      connections: { connection: { id: string; strategy: string } }[]
      has_more: boolean
    }
    expect(first.connections).toHaveLength(10)
    expect(first.has_more).toBe(true)
    expect(first.connections.map((item) => item.connection.strategy)).toEqual(
      expect.arrayContaining(['email:password', 'phone:otp', 'username:password']),
    )
    const last = first.connections.at(-1)!.connection.id
    const second = (await json(
      await call(kinde, 'GET', `${API}?page_size=20&starting_after=${last}`),
    )) as { connections: { connection: { id: string } }[]; has_more: boolean }
    expect(second.connections).toHaveLength(15)
    expect(second.has_more).toBe(false)
    const back = (await json(
      await call(
        kinde,
        'GET',
        `${API}?page_size=5&ending_before=${second.connections[0]!.connection.id}`,
      ),
    )) as { connections: { connection: { id: string } }[]; has_more: boolean }
    expect(back.connections.map((item) => item.connection.id)).toEqual(
      first.connections.slice(5).map((item) => item.connection.id),
    )
    expect(back.has_more).toBe(true)
    expect(kinde.violations).toEqual([])
  })

  it('answers flat list items when asked to', async () => {
    const kinde = createMockKinde({ listItems: 'flat', connections: generateKindeConnections(2) })
    const body = (await json(await call(kinde, 'GET', API))) as { connections: unknown[] }
    expect(body.connections[0]).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      display_name: expect.any(String),
      strategy: expect.any(String),
    })
  })

  it('filters by home_realm_domain, with or without the @', async () => {
    const kinde = createMockKinde({
      connections: [
        {
          id: 'conn_a',
          name: 'a',
          display_name: 'A',
          strategy: 'saml:okta',
          options: { home_realm_domains: ['@acme.com'] },
        },
        {
          id: 'conn_b',
          name: 'b',
          display_name: 'B',
          strategy: 'saml:okta',
          options: { home_realm_domains: ['globex.com'] },
        },
      ],
    })
    for (const [query, expected] of [
      ['acme.com', ['conn_a']],
      ['%40globex.com', ['conn_b']],
      ['hooli.com', []],
    ] as const) {
      const body = (await json(await call(kinde, 'GET', `${API}?home_realm_domain=${query}`))) as {
        connections: { connection: { id: string } }[]
      }
      expect(body.connections.map((item) => item.connection.id)).toEqual(expected)
    }
  })

  it("checks Kinde's own rules: domain format and a SAML create's metadata", async () => {
    const kinde = createMockKinde()
    const domain = await call(kinde, 'POST', API, {
      name: 'x',
      display_name: 'X',
      strategy: 'oauth2:azure_ad',
      options: { home_realm_domains: ['not a domain'] },
    })
    expect(domain.status).toBe(400)
    expect(await json(domain)).toMatchObject({
      errors: [{ code: 'INVALID_HOME_REALM_DOMAIN', field: 'home_realm_domains' }],
    })
    const saml = await call(kinde, 'POST', API, {
      name: 'x',
      display_name: 'X',
      strategy: 'saml:custom',
    })
    expect(await json(saml)).toMatchObject({ errors: [{ field: 'saml_idp_metadata_url' }] })
  })

  it('serves the proxy auth mode without a bearer', async () => {
    const kinde = createMockKinde({ auth: 'proxy', baseUrl: 'https://app.example.com/api/kinde' })
    const response = await call(kinde, 'GET', API, undefined, { bearer: false })
    expect(response.status).toBe(200)
    expect(kinde.requests[0]?.path).toBe(API)
    expect(kinde.violations).toEqual([])
  })
})

describe('createMockKinde: requests recorded as violations', () => {
  const cases: Array<[string, (kinde: MockKinde, id: string) => Promise<Response>, string]> = [
    [
      'strategy sent in a PATCH',
      (k, id) => call(k, 'PATCH', `${API}/${id}`, { strategy: 'saml:okta' }),
      'body-schema',
    ],
    [
      'saml_sign_in_url sent in a PUT',
      (k, id) =>
        call(k, 'PUT', `${API}/${id}`, {
          options: { saml_sign_in_url: 'https://idp.example.com' },
        }),
      'body-schema',
    ],
    [
      'an unknown option key',
      (k) =>
        call(k, 'POST', API, {
          name: 'g',
          display_name: 'G',
          strategy: 'oauth2:google',
          options: { client_id: 'id', tenant: 'x' },
        }),
      'body-schema',
    ],
    [
      'client_id as a number',
      (k) =>
        call(k, 'POST', API, {
          name: 'g',
          display_name: 'G',
          strategy: 'oauth2:google',
          options: { client_id: 5 },
        }),
      'body-schema',
    ],
    [
      'a SAML option on a social strategy',
      (k) =>
        call(k, 'POST', API, {
          name: 'g',
          display_name: 'G',
          strategy: 'oauth2:github',
          options: { saml_entity_id: 'urn:x' },
        }),
      'body-schema',
    ],
    ['page_size=101', (k) => call(k, 'GET', `${API}?page_size=101`), 'invalid-query-parameter'],
    [
      'both cursors',
      (k, id) => call(k, 'GET', `${API}?starting_after=${id}&ending_before=${id}`),
      'invalid-query-parameter',
    ],
    [
      'no bearer (in bearer mode)',
      (k) => call(k, 'GET', API, undefined, { bearer: false }),
      'unauthorized',
    ],
    ['a path outside the connections', (k) => call(k, 'GET', `${API}/x/y`), 'unknown-path'],
  ]

  it.each(cases)('%s', async (_name, send, rule) => {
    const kinde = createMockKinde()
    const id = kinde.connections()[5]!.id
    const response = await send(kinde, id)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(kinde.violations.map((violation) => violation.rule)).toEqual([rule])
  })

  it('accepts a valid body for each variant', async () => {
    const kinde = createMockKinde()
    const bodies = [
      {
        name: 'g',
        display_name: 'G',
        strategy: 'oauth2:google',
        options: { client_id: 'a', client_secret: 'b', is_trusted: true },
      },
      {
        name: 'e',
        display_name: 'E',
        strategy: 'wsfed:azure_ad',
        options: {
          entra_id_domain: 'acme.com',
          home_realm_domains: ['@acme.com'],
          upstream_params: { prompt: 'login' },
        },
      },
      {
        name: 's',
        display_name: 'S',
        strategy: 'saml:okta',
        options: {
          saml_idp_metadata_xml: '<x/>',
          name_id_format: 'Email address',
          saml_sign_in_url: 'https://x',
        },
      },
    ]
    for (const body of bodies) {
      expect((await call(kinde, 'POST', API, body)).status).toBe(201)
    }
    expect(kinde.violations).toEqual([])
  })

  it('issues client_credentials tokens for the Kinde audience, and revokes them', async () => {
    const kinde = createMockKinde()
    const token = await kinde.fetch(`${kinde.baseUrl}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: kinde.clientId,
        client_secret: kinde.clientSecret,
        audience: `${kinde.baseUrl}/api`,
      }),
    })
    const { access_token } = (await token.json()) as { access_token: string }
    const ok = await kinde.fetch(`${kinde.baseUrl}${API}`, {
      headers: { authorization: `Bearer ${access_token}` },
    })
    expect(ok.status).toBe(200)
    kinde.revokeTokens()
    const rejected = await kinde.fetch(`${kinde.baseUrl}${API}`, {
      headers: { authorization: `Bearer ${access_token}` },
    })
    expect(rejected.status).toBe(401)
    expect(kinde.tokenRequests).toEqual([
      { grantType: 'client_credentials', audience: `${kinde.baseUrl}/api` },
    ])
  })
})
