// The mock Vault's POST /vault/sessions over its fetch: the API key required, the Session body
// checked against the spec, and the token it issues (claims, exp) accepted by the mock until it
// expires.
import { createMockVault } from '../../../src/testing/mock-vault'
import { readSessionToken } from '../../../src/testing/session-token'
import { specErrors } from './spec-conformance'

const API_KEY = 'sk_test_mock_sessions'

function setup(sessionClaims?: Record<string, unknown>) {
  const vault = createMockVault({ apiKey: API_KEY, appId: 'app-1', sessionClaims })
  const create = async (body: unknown = {}, headers: Record<string, string | undefined> = {}) => {
    const all: Record<string, string | undefined> = {
      authorization: `Bearer ${API_KEY}`,
      'x-apideck-app-id': 'app-1',
      'x-apideck-consumer-id': 'user-1',
      'content-type': 'application/json',
      ...headers,
    }
    const response = await vault.fetch(`${vault.baseUrl}/vault/sessions`, {
      method: 'POST',
      headers: Object.fromEntries(
        Object.entries(all).filter(([, value]) => value !== undefined),
      ) as Record<string, string>,
      body: JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }
  const list = (token: string, consumerId = 'user-1') =>
    vault.fetch(`${vault.baseUrl}/vault/connections`, {
      headers: {
        authorization: `Bearer ${token}`,
        'x-apideck-app-id': 'app-1',
        'x-apideck-consumer-id': consumerId,
        'x-apideck-auth-type': 'JWT',
      },
    })
  const tokenOf = (body: Record<string, unknown>) =>
    (body.data as { session_token: string }).session_token
  return { vault, create, list, tokenOf }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('mock Vault: POST /vault/sessions', () => {
  it('issues a CreateSessionResponse whose token carries the session’s choices as claims', async () => {
    const { vault, create, tokenOf } = setup({ data_scopes: { enabled: true } })
    const body = {
      redirect_uri: 'https://app.example.com/back',
      consumer_metadata: { user_name: 'Ada', image: 'https://app.example.com/ada.png' },
      settings: { allow_actions: ['disconnect'], hide_guides: true, session_length: '30m' },
      theme: {
        primary_color: '#286efa',
        vault_name: 'Acme',
        logo: 'https://app.example.com/logo.svg',
      },
      custom_consumer_settings: { plan: 'pro' },
    }
    const answer = await create(body)
    expect(answer.status).toBe(200)
    expect(specErrors('sessionsCreate', 200, answer.body)).toEqual([])
    const claims = readSessionToken(tokenOf(answer.body))
    expect(claims).toMatchObject({
      application_id: 'app-1',
      consumer_id: 'user-1',
      redirect_uri: body.redirect_uri,
      consumer_metadata: body.consumer_metadata,
      settings: body.settings,
      theme: body.theme,
      custom_consumer_settings: body.custom_consumer_settings,
      data_scopes: { enabled: true },
      scopes: [],
    })
    expect(claims!.exp - claims!.iat).toBe(1800)
    expect(vault.violations).toEqual([])
  })

  it('defaults to a 1 h session with settings.session_length and data scopes off', async () => {
    const { create, tokenOf } = setup()
    const claims = readSessionToken(tokenOf((await create()).body))
    expect(claims!.exp - claims!.iat).toBe(3600)
    expect(claims).toMatchObject({
      settings: { session_length: '1h' },
      data_scopes: { enabled: false },
    })
  })

  it('accepts the token it issued for that consumer, and refuses another consumer id', async () => {
    const { create, list, tokenOf } = setup()
    const token = tokenOf((await create()).body)
    expect((await list(token)).status).toBe(200)
    expect((await list(token, 'user-2')).status).toBe(401)
  })

  it('refuses the token once it has expired, and every token after reset', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-02T06:00:00Z'), toFake: ['Date'] })
    const { vault, create, list, tokenOf } = setup()
    const token = tokenOf((await create({ settings: { session_length: '5m' } })).body)
    vi.setSystemTime(new Date('2026-12-02T06:04:59Z'))
    expect((await list(token)).status).toBe(200)
    vi.setSystemTime(new Date('2026-12-02T06:05:00Z'))
    expect((await list(token)).status).toBe(401)
    vi.setSystemTime(new Date('2026-12-02T06:00:00Z'))
    const again = tokenOf((await create()).body)
    vault.reset()
    expect((await list(again)).status).toBe(401)
  })

  it.each([
    ['a wrong API key', { authorization: 'Bearer sk_test_other' }, 'Invalid API key'],
    ['no credential', { authorization: undefined }, 'Missing authentication'],
    [
      'a session token',
      { authorization: 'SESSION', 'x-apideck-auth-type': 'JWT' },
      'Sessions are created with the API key, not with a session token',
    ],
    [
      'another app id',
      { 'x-apideck-app-id': 'app-2' },
      'x-apideck-app-id is not the application of this API key',
    ],
  ])('answers 401 to %s', async (_name, headers, message) => {
    const { vault, create } = setup()
    const resolved = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [
        name,
        value === 'Bearer SESSION' || value === 'SESSION' ? `Bearer ${vault.token}` : value,
      ]),
    )
    const answer = await create({}, resolved)
    expect(answer.status).toBe(401)
    expect(specErrors('sessionsCreate', 401, answer.body)).toEqual([])
    expect(vault.violations.at(-1)).toMatchObject({ rule: 'unauthorized', message })
  })

  it('answers 400 to a missing consumer id and to a body the spec refuses', async () => {
    const { vault, create } = setup()
    expect((await create({}, { 'x-apideck-consumer-id': undefined })).status).toBe(400)
    expect((await create({ settings: { hide_consumer_card: true } })).status).toBe(400)
    expect(vault.violations.map((violation) => violation.rule)).toEqual([
      'missing-header',
      'body-schema',
    ])
  })

  it('answers 400 to a session length it cannot read or longer than a week', async () => {
    const { create } = setup()
    for (const length of ['forever', '8d', '0m']) {
      const answer = await create({ settings: { session_length: length } })
      expect(answer.status).toBe(400)
      expect(answer.body).toMatchObject({ type_name: 'RequestValidationError' })
    }
  })

  it('keeps accepting any API key on connection endpoints when no apiKey option is given', async () => {
    const vault = createMockVault()
    expect(vault.apiKey).toBe('mock-api-key')
    const headers = { 'x-apideck-app-id': vault.appId, 'x-apideck-consumer-id': vault.consumerId }
    const anyKey = await vault.fetch(`${vault.baseUrl}/vault/connections`, {
      headers: { ...headers, authorization: 'Bearer sk_anything' },
    })
    expect(anyKey.status).toBe(200)
    const strict = createMockVault({ apiKey: API_KEY })
    const wrong = await strict.fetch(`${strict.baseUrl}/vault/connections`, {
      headers: { ...headers, authorization: 'Bearer sk_anything' },
    })
    expect(wrong.status).toBe(401)
  })
})
