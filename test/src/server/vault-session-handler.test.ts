// createVaultSessionHandler as a route, with the mock Vault as its upstream fetch: what the browser
// may send, every answer it gives without calling Vault, Vault's failures in our own words, and the
// token it hands out working against the mock.
import { IntegrationsApiError } from '../../../src/errors'
import {
  createVaultSessionHandler,
  type VaultSessionConsumer,
  type VaultSessionHandlerOptions,
} from '../../../src/server/vault-session-handler'
import { createVaultClient } from '../../../src/vault/client'
import { decodeJwtClaims } from '../../../src/vault/jwt'
import { createMockVault } from '../../../src/testing/mock-vault'
import { vaultErrorBody } from '../../../src/testing/vault-errors'

const API_KEY = 'sk_live_handler_5e8b2c7d9a1f'
const ROUTE = 'https://app.example.com/api/vault-session'
const ADA: VaultSessionConsumer = {
  consumerId: 'user-ada',
  consumerMetadata: { user_name: 'Ada', account_name: 'Acme' },
}

function setup(options: Partial<VaultSessionHandlerOptions> = {}) {
  const vault = createMockVault({ apiKey: API_KEY, appId: 'app-1' })
  const upstream: Request[] = []
  const errors: IntegrationsApiError[] = []
  const handler = createVaultSessionHandler({
    apiKey: API_KEY,
    appId: 'app-1',
    authorize: () => ADA,
    settings: { allow_actions: ['disconnect'] },
    theme: { vault_name: 'Acme' },
    onError: (error) => errors.push(error),
    fetch: (input, init) => {
      const request = new Request(input, init)
      upstream.push(request.clone())
      return vault.fetch(request)
    },
    ...options,
  })
  const post = (body?: unknown, init: RequestInit = {}) =>
    handler(
      new Request(ROUTE, {
        method: 'POST',
        ...(body === undefined
          ? {}
          : {
              body: typeof body === 'string' ? body : JSON.stringify(body),
              headers: { 'content-type': 'application/json' },
            }),
        ...init,
      }),
    )
  return { vault, handler, post, upstream, errors }
}

async function errorOf(response: Response) {
  const text = await response.text()
  expect(text).not.toContain(API_KEY)
  return (JSON.parse(text) as { error: { code: string; message: string } }).error
}

describe('createVaultSessionHandler: a session for the signed-in user', () => {
  it('answers { token, expiresAt } with no-store, the token working against the mock', async () => {
    const { vault, post, upstream } = setup()
    const response = await post()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = (await response.json()) as { token: string; expiresAt: number }
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'token'])
    expect(body.expiresAt).toBe(Number(decodeJwtClaims(body.token)?.exp) * 1000)

    const client = createVaultClient({
      token: body.token,
      baseUrl: vault.baseUrl,
      fetch: vault.fetch,
    })
    expect((await client.listConnections()).length).toBeGreaterThan(0)
    expect(vault.violations).toEqual([])

    expect(upstream).toHaveLength(1)
    expect(upstream[0]!.headers.get('x-apideck-consumer-id')).toBe('user-ada')
  })

  it('sends the host’s settings and theme and the consumer from authorize; the token carries them', async () => {
    const { post, upstream } = setup()
    const { token } = (await (await post({})).json()) as { token: string }
    expect(await upstream[0]!.json()).toEqual({
      consumer_metadata: { user_name: 'Ada', account_name: 'Acme' },
      settings: { allow_actions: ['disconnect'] },
      theme: { vault_name: 'Acme' },
    })
    expect(decodeJwtClaims(token)).toMatchObject({
      consumer_id: 'user-ada',
      consumer_metadata: { user_name: 'Ada', account_name: 'Acme' },
      settings: { allow_actions: ['disconnect'] },
      theme: { vault_name: 'Acme' },
    })
  })

  it('lets the browser pick one of the allowed redirect URIs', async () => {
    const { post, upstream } = setup({
      redirectUri: 'https://app.example.com/settings',
      allowedRedirectUris: ['https://app.example.com/integrations'],
    })
    expect((await post({ redirectUri: 'https://app.example.com/integrations' })).status).toBe(200)
    expect(await upstream[0]!.json()).toMatchObject({
      redirect_uri: 'https://app.example.com/integrations',
    })
    expect((await post()).status).toBe(200)
    expect(await upstream[1]!.json()).toMatchObject({
      redirect_uri: 'https://app.example.com/settings',
    })
  })
})

describe('createVaultSessionHandler: answers without calling Vault', () => {
  it.each(['GET', 'PUT', 'DELETE', 'OPTIONS'])(
    'answers %s with 405 and Allow: POST',
    async (method) => {
      const { handler, upstream } = setup()
      const response = await handler(new Request(ROUTE, { method }))
      expect(response.status).toBe(405)
      expect(response.headers.get('allow')).toBe('POST')
      expect(upstream).toEqual([])
    },
  )

  it('answers 401 when nobody is signed in (authorize gives null or undefined)', async () => {
    for (const nobody of [null, undefined]) {
      const { post, upstream } = setup({ authorize: () => nobody })
      const response = await post()
      expect(response.status).toBe(401)
      expect(await errorOf(response)).toMatchObject({ code: 'unauthorized' })
      expect(upstream).toEqual([])
    }
  })

  it('answers 403 when authorize refuses (false) or throws', async () => {
    const refusals: Array<VaultSessionHandlerOptions['authorize']> = [
      () => false,
      async () => Promise.resolve(false),
      () => {
        throw new Error('session store down')
      },
      () => Promise.reject(new Error('no')),
    ]
    for (const authorize of refusals) {
      const { post, upstream } = setup({ authorize })
      const response = await post()
      expect(response.status).toBe(403)
      expect(await errorOf(response)).toMatchObject({ code: 'forbidden' })
      expect(upstream).toEqual([])
    }
  })

  it('asks authorize with the incoming request', async () => {
    const seen: Request[] = []
    const { post } = setup({
      authorize: (request) => {
        seen.push(request)
        return request.headers.get('cookie') === 'session=ada' ? ADA : null
      },
    })
    expect((await post(undefined, { headers: { cookie: 'session=ada' } })).status).toBe(200)
    expect((await post(undefined, { headers: { cookie: 'session=eve' } })).status).toBe(401)
    expect(seen).toHaveLength(2)
  })

  const badBodies: Array<[string, unknown, RequestInit | undefined, number, string]> = [
    ['a consumer id', { consumerId: 'user-eve' }, undefined, 400, 'bad_request'],
    ['settings', { settings: { allow_actions: ['delete'] } }, undefined, 400, 'bad_request'],
    ['a theme', { theme: { vault_name: 'Mine' } }, undefined, 400, 'bad_request'],
    [
      'a redirect URI not on the list',
      { redirectUri: 'https://evil.example/' },
      undefined,
      400,
      'redirect_uri_not_allowed',
    ],
    [
      'a redirect URI that is not a string',
      { redirectUri: 1 },
      undefined,
      400,
      'redirect_uri_not_allowed',
    ],
    ['a JSON array', [], undefined, 400, 'bad_request'],
    ['broken JSON', '{"redirectUri":', undefined, 400, 'bad_request'],
    [
      'a form body',
      'consumerId=user-eve',
      { headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      415,
      'unsupported_media_type',
    ],
    ['a body over 4 KB', { redirectUri: 'x'.repeat(5000) }, undefined, 413, 'payload_too_large'],
  ]

  it.each(badBodies)('refuses a body with %s', async (_name, body, init, status, code) => {
    const { post, upstream } = setup({ allowedRedirectUris: ['https://app.example.com/ok'] })
    const response = await post(body, init)
    expect(response.status).toBe(status)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await errorOf(response)).toMatchObject({ code })
    expect(upstream).toEqual([])
  })

  it('refuses a redirect URI when the host allowed none', async () => {
    const { post, upstream } = setup()
    const response = await post({ redirectUri: 'https://app.example.com/integrations' })
    expect(response.status).toBe(400)
    expect(upstream).toEqual([])
  })

  it('refuses a streamed body over 4 KB without a content-length', async () => {
    const { handler, upstream } = setup()
    const chunk = new TextEncoder().encode(' '.repeat(3000))
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk)
        controller.enqueue(chunk)
        controller.close()
      },
    })
    const response = await handler(
      new Request(ROUTE, {
        method: 'POST',
        body: stream,
        headers: { 'content-type': 'application/json' },
        duplex: 'half',
      } as RequestInit),
    )
    expect(response.status).toBe(413)
    expect(upstream).toEqual([])
  })
})

describe('createVaultSessionHandler: Vault failures', () => {
  const cases: Array<[number, number, string]> = [
    [400, 502, 'vault_session_failed'],
    [401, 502, 'vault_session_failed'],
    [402, 502, 'vault_session_failed'],
    [404, 502, 'vault_session_failed'],
    [422, 502, 'vault_session_failed'],
    [429, 429, 'vault_rate_limited'],
    [500, 502, 'vault_session_failed'],
    [503, 502, 'vault_session_failed'],
  ]

  it.each(cases)(
    'answers Vault’s %i as %i (%s) with no upstream text and no key',
    async (status, ours, code) => {
      const { vault, post, errors } = setup()
      vault.fail(
        { path: '/vault/sessions' },
        {
          status,
          body: vaultErrorBody(
            status,
            'SomeError',
            `upstream text Bearer ${API_KEY}`,
            'upstream detail',
          ),
          headers: status === 429 ? { 'retry-after': '9' } : undefined,
        },
      )
      const response = await post()
      expect(response.status).toBe(ours)
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(response.headers.get('retry-after')).toBe(status === 429 ? '9' : null)
      const text = await response.clone().text()
      expect(text).not.toMatch(/upstream|SomeError/)
      expect(await errorOf(response)).toMatchObject({ code })
      // The host's log gets the real error, redacted.
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatchObject({ kind: 'http', status, code: 'SomeError' })
      expect(errors[0]!.message).toBe(
        `upstream text Bearer [redacted]${status === 429 ? ' (Retry-After: 9 s)' : ''}`,
      )
    },
  )

  it('answers a wrong API key (the mock’s real 401) with 502', async () => {
    const { post } = setup({ apiKey: 'sk_live_not_this_one' })
    const response = await post()
    expect(response.status).toBe(502)
    expect(await response.text()).not.toContain('sk_live_not_this_one')
  })

  it('answers a network failure with 502 and a timeout with 504', async () => {
    const { vault, post } = setup()
    vault.fail({ path: '/vault/sessions' }, 'network')
    expect((await post()).status).toBe(502)

    // Vault never answers; the fetch gives up only when its signal aborts, as fetch does.
    const slow = setup({
      timeoutMs: 5,
      fetch: (_input, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))
        }),
    })
    vi.useFakeTimers()
    try {
      const pending = slow.post()
      await vi.advanceTimersByTimeAsync(10)
      const response = await pending
      expect(response.status).toBe(504)
      expect(await errorOf(response)).toMatchObject({ code: 'vault_timeout' })
    } finally {
      vi.useRealTimers()
    }
  })

  it('answers 500 when authorize gives a consumer id Vault cannot take, without calling it', async () => {
    const { post, upstream, errors } = setup({ authorize: () => ({ consumerId: '' }) })
    const response = await post()
    expect(response.status).toBe(500)
    expect(await errorOf(response)).toMatchObject({ code: 'session_misconfigured' })
    expect(upstream).toEqual([])
    expect(errors[0]).toMatchObject({ kind: 'invalid_request' })
  })
})
