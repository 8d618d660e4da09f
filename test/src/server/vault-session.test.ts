// createVaultSession against the mock Vault over its fetch: the request the spec accepts, the
// options it refuses before sending, every error status of sessionsCreate, and the API key kept
// out of every error.
import { IntegrationsApiError } from '../../../src/errors'
import { createVaultSession, type VaultSessionOptions } from '../../../src/server/vault-session'
import { createVaultClient } from '../../../src/vault/client'
import { decodeJwtClaims } from '../../../src/vault/jwt'
import { createMockVault, type MockVault } from '../../../src/testing/mock-vault'
import { vaultErrorBody } from '../../../src/testing/vault-errors'
import { specErrors } from '../testing/spec-conformance'

const API_KEY = 'sk_live_7f3a9c1e5b2d4f6a8c0e'

function setup() {
  const vault: MockVault = createMockVault({ apiKey: API_KEY, appId: 'app-1' })
  const sent: Request[] = []
  const options: VaultSessionOptions = {
    apiKey: API_KEY,
    appId: 'app-1',
    consumerId: 'user-42',
    fetch: (input, init) => {
      const request = new Request(input, init)
      sent.push(request.clone())
      return vault.fetch(request)
    },
  }
  return { vault, sent, options }
}

/** Every text an error exposes: message, detail, body, cause, stack and its JSON. */
function everythingIn(error: unknown): string {
  const failure = error as IntegrationsApiError & { cause?: unknown }
  const cause = failure.cause as Error | undefined
  return [
    failure.message,
    failure.stack,
    JSON.stringify(failure.detail),
    JSON.stringify(failure.body),
    failure.code,
    failure.requestId,
    cause?.message,
    cause?.name,
    cause?.stack,
    JSON.stringify(failure),
    String(failure),
  ].join('\n')
}

async function rejection(promise: Promise<unknown>): Promise<IntegrationsApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(IntegrationsApiError)
  return error as IntegrationsApiError
}

describe('createVaultSession: the request', () => {
  it('sends POST /vault/sessions with the API key, app and consumer headers and a Session body the spec accepts', async () => {
    const { vault, sent, options } = setup()
    const session = await createVaultSession({
      ...options,
      redirectUri: 'https://app.example.com/integrations',
      consumerMetadata: { user_name: 'Ada', account_name: 'Acme', email: 'ada@acme.test' },
      settings: { allow_actions: ['disconnect'], hide_guides: true, unified_apis: ['crm'] },
      theme: { primary_color: '#286efa', vault_name: 'Acme' },
      customConsumerSettings: { plan: 'pro' },
    })
    expect(vault.violations).toEqual([])
    expect(sent).toHaveLength(1)
    const request = sent[0]!
    expect(request.method).toBe('POST')
    expect(new URL(request.url).pathname).toBe('/vault/sessions')
    expect(request.headers.get('authorization')).toBe(`Bearer ${API_KEY}`)
    expect(request.headers.get('x-apideck-app-id')).toBe('app-1')
    expect(request.headers.get('x-apideck-consumer-id')).toBe('user-42')
    expect(await request.json()).toEqual({
      redirect_uri: 'https://app.example.com/integrations',
      consumer_metadata: { user_name: 'Ada', account_name: 'Acme', email: 'ada@acme.test' },
      settings: { allow_actions: ['disconnect'], hide_guides: true, unified_apis: ['crm'] },
      theme: { primary_color: '#286efa', vault_name: 'Acme' },
      custom_consumer_settings: { plan: 'pro' },
    })
    expect(session.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]*$/)
    expect(session.sessionUri).toBe(`https://vault.apideck.com/session/${session.token}`)
  })

  it('sends no body fields the host did not set (an empty Session is valid)', async () => {
    const { vault, sent, options } = setup()
    await createVaultSession(options)
    expect(await sent[0]!.json()).toEqual({})
    expect(vault.violations).toEqual([])
  })

  it('returns a token the mock accepts as a session for that consumer', async () => {
    const { vault, options } = setup()
    const { token } = await createVaultSession(options)
    const client = createVaultClient({ token, baseUrl: vault.baseUrl, fetch: vault.fetch })
    expect(client.consumerId).toBe('user-42')
    expect((await client.listConnections()).length).toBeGreaterThan(0)
    expect(vault.violations).toEqual([])
  })

  it('takes expiresAt from the token exp claim (session_length 30m)', async () => {
    const { options } = setup()
    const before = Date.now()
    const session = await createVaultSession({ ...options, settings: { session_length: '30m' } })
    const exp = decodeJwtClaims(session.token)?.exp
    expect(session.expiresAt).toBe(Number(exp) * 1000)
    expect(session.expiresAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 1_800_000)
    expect(session.expiresAt).toBeLessThanOrEqual(Date.now() + 1_800_000)
  })

  it('without an exp claim, counts the requested session_length (or 1 h) from when it was sent', async () => {
    const { vault, options } = setup()
    const opaque = {
      status_code: 200,
      status: 'OK',
      data: {
        session_token: 'opaque-token',
        session_uri: 'https://vault.apideck.com/session/opaque-token',
      },
    }
    vi.useFakeTimers({ now: new Date('2026-12-02T06:00:00Z'), toFake: ['Date'] })
    try {
      vault.fail({ path: '/vault/sessions', times: 2 }, { status: 200, body: opaque })
      const defaultLength = await createVaultSession(options)
      expect(defaultLength).toEqual({
        token: 'opaque-token',
        expiresAt: Date.parse('2026-12-02T07:00:00Z'),
        sessionUri: 'https://vault.apideck.com/session/opaque-token',
      })
      const week = await createVaultSession({ ...options, settings: { session_length: '1w' } })
      expect(week.expiresAt).toBe(Date.parse('2026-12-09T06:00:00Z'))
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('createVaultSession: options refused before sending', () => {
  const cases: Array<[string, Partial<VaultSessionOptions> & Record<string, unknown>, RegExp]> = [
    ['an empty API key', { apiKey: '' }, /apiKey must be a non-empty string/],
    ['an API key with a line break', { apiKey: `${API_KEY}\n` }, /apiKey must be/],
    ['no app id', { appId: undefined }, /appId must be/],
    ['an empty consumer id', { consumerId: '' }, /consumerId must be/],
    [
      'a relative redirect URI',
      { redirectUri: '/integrations' },
      /redirectUri must be an absolute http\(s\) URL/,
    ],
    ['a javascript: redirect URI', { redirectUri: 'javascript:alert(1)' }, /redirectUri must be/],
    [
      'a setting the spec does not have',
      { settings: { hide_consumer_card: true } as never },
      /settings\.hide_consumer_card is not a session setting/,
    ],
    [
      'an unknown action',
      { settings: { allow_actions: ['archive'] } as never },
      /settings\.allow_actions must be an array of delete, disconnect, reauthorize, disable/,
    ],
    [
      'an unknown unified API',
      { settings: { unified_apis: ['crm', 'nope'] } as never },
      /settings\.unified_apis/,
    ],
    [
      'a non-boolean flag',
      { settings: { hide_guides: 'yes' } as never },
      /settings\.hide_guides must be a boolean/,
    ],
    [
      'an unreadable session length',
      { settings: { session_length: 'forever' } },
      /settings\.session_length must be a duration/,
    ],
    ['a session longer than a week', { settings: { session_length: '8d' } }, /at most 1w/],
    [
      'a theme colour that is not a string',
      { theme: { primary_color: 0x286efa } as never },
      /theme\.primary_color must be a string/,
    ],
    [
      'consumer metadata that is not an object',
      { consumerMetadata: 'Ada' as never },
      /consumerMetadata must be an object/,
    ],
    [
      'a snake_case option',
      { redirect_uri: 'https://app.example.com' },
      /redirect_uri is not an option of createVaultSession/,
    ],
    [
      'a base URL that is not http(s)',
      { baseUrl: 'ftp://unify.apideck.com' },
      /baseUrl must be an absolute http\(s\) URL/,
    ],
  ]

  it.each(cases)(
    'refuses %s with an invalid_request error and sends nothing',
    async (_name, change, message) => {
      const { sent, options } = setup()
      const error = await rejection(
        createVaultSession({ ...options, ...change } as VaultSessionOptions),
      )
      expect(error).toMatchObject({
        kind: 'invalid_request',
        status: 0,
        code: 'invalid_session_request',
      })
      expect(error.message).toMatch(message)
      expect(error.detail).toEqual(expect.arrayContaining([expect.stringMatching(message)]))
      expect(sent).toEqual([])
      expect(everythingIn(error)).not.toContain(API_KEY)
    },
  )

  it('lists every problem at once', async () => {
    const { options } = setup()
    const error = await rejection(
      createVaultSession({ ...options, redirectUri: 'nope', theme: { logo: 1 as never } }),
    )
    expect(error.detail).toEqual([
      'redirectUri must be an absolute http(s) URL',
      'theme.logo must be a string',
    ])
  })

  it('never quotes a value, only the field', async () => {
    const { options } = setup()
    const error = await rejection(
      createVaultSession({ ...options, redirectUri: API_KEY, consumerId: `${API_KEY} ` }),
    )
    expect(everythingIn(error)).not.toContain(API_KEY)
  })
})

describe('createVaultSession: Vault failures', () => {
  it('answers a wrong API key with the mock’s real 401', async () => {
    const { vault, options } = setup()
    const error = await rejection(createVaultSession({ ...options, apiKey: 'sk_live_wrong_key' }))
    expect(error).toMatchObject({ kind: 'http', status: 401, code: 'UnauthorizedError' })
    expect(vault.violations.map((violation) => violation.message)).toEqual(['Invalid API key'])
    expect(everythingIn(error)).not.toContain('sk_live_wrong_key')
  })

  it('answers a session token used as the credential with a 401 (sessions need the API key)', async () => {
    const { vault, options } = setup()
    const error = await rejection(createVaultSession({ ...options, apiKey: vault.token }))
    expect(error).toMatchObject({ kind: 'http', status: 401 })
  })

  it('answers an app id that is not the key’s with a 401', async () => {
    const { options } = setup()
    const error = await rejection(createVaultSession({ ...options, appId: 'other-app' }))
    expect(error).toMatchObject({ kind: 'http', status: 401 })
  })

  // Every status sessionsCreate declares (400, 401, 402, 404, 422, default), plus 429 and 503.
  const statuses: Array<[number, string]> = [
    [400, 'RequestValidationError'],
    [401, 'UnauthorizedError'],
    [402, 'RequestLimitError'],
    [404, 'EntityNotFoundError'],
    [422, 'InvalidStateError'],
    [429, 'TooManyRequestsError'],
    [500, 'UnexpectedError'],
    [503, 'UnexpectedError'],
  ]

  it.each(statuses)(
    'maps %i to IntegrationsApiError (%s), the key redacted where Vault echoed it',
    async (status, typeName) => {
      const { vault, options } = setup()
      // A backend that echoes the Authorization header in its error: the worst case for a leak.
      // PaymentRequiredResponse's detail is a string; the others take an object.
      const detail =
        status === 402
          ? `Limit reached for Bearer ${API_KEY}`
          : { authorization: `Bearer ${API_KEY}`, [API_KEY]: 'as a key too' }
      const body = vaultErrorBody(status, typeName, `Rejected Bearer ${API_KEY}`, detail)
      expect(specErrors('sessionsCreate', status, body)).toEqual([])
      vault.fail(
        { path: '/vault/sessions' },
        { status, body, headers: status === 429 ? { 'retry-after': '7' } : undefined },
      )
      const error = await rejection(createVaultSession(options))
      expect(error).toMatchObject({ kind: 'http', status, code: typeName })
      expect(error.message).toBe(
        `Rejected Bearer [redacted]${status === 429 ? ' (Retry-After: 7 s)' : ''}`,
      )
      expect(error.detail).toEqual(
        status === 402
          ? 'Limit reached for Bearer [redacted]'
          : { authorization: 'Bearer [redacted]', '[redacted]': 'as a key too' },
      )
      expect(everythingIn(error)).not.toContain(API_KEY)
      expect(error.retryable).toBe(status === 429 || status >= 500)
    },
  )

  it('redacts the key from a fetch failure that quotes it', async () => {
    const { options } = setup()
    const error = await rejection(
      createVaultSession({
        ...options,
        fetch: () => Promise.reject(new TypeError(`Headers.set: "Bearer ${API_KEY}" is invalid`)),
      }),
    )
    expect(error.kind).toBe('network')
    expect((error.cause as Error).message).toBe('Headers.set: "Bearer [redacted]" is invalid')
    expect(everythingIn(error)).not.toContain(API_KEY)
  })

  it('reports a network fault as kind network', async () => {
    const { vault, options } = setup()
    vault.fail({ path: '/vault/sessions' }, 'network')
    expect(await rejection(createVaultSession(options))).toMatchObject({ kind: 'network' })
  })

  it('reports a 200 without a session token as kind parse', async () => {
    const { vault, options } = setup()
    vault.fail(
      { path: '/vault/sessions' },
      { status: 200, body: { status_code: 200, status: 'OK', data: {} } },
    )
    expect(await rejection(createVaultSession(options))).toMatchObject({
      kind: 'parse',
      status: 200,
    })
    vault.fail({ path: '/vault/sessions' }, 'malformed')
    expect(await rejection(createVaultSession(options))).toMatchObject({ kind: 'parse' })
  })

  it('is cancelled by its signal', async () => {
    const { options } = setup()
    const controller = new AbortController()
    controller.abort()
    expect(
      await rejection(createVaultSession({ ...options, signal: controller.signal })),
    ).toMatchObject({
      kind: 'abort',
    })
  })
})
