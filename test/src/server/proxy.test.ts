// The proxy core with a recording upstream: what reaches the backend, and what is answered without it.
import { createProxyHandler, fillPath, type UpstreamCall } from '../../../src/server/proxy'

function setup(
  overrides: {
    authorize?: (request: Request) => boolean | Promise<boolean>
    upstream?: (call: UpstreamCall) => Promise<Response>
  } = {},
) {
  const calls: UpstreamCall[] = []
  const handler = createProxyHandler({
    basePath: '/api/idp',
    routes: [
      { method: 'GET', path: '/v1/connections', query: ['cursor'] },
      { method: 'POST', path: '/v1/connections' },
      { method: 'GET', path: '/v1/connections/:id' },
      { method: 'PUT', path: '/v1/connections/:id' },
      { method: 'DELETE', path: '/v1/connections/:id' },
      { method: 'GET', path: '/v1/connections/:id/users/:userId/credentials' },
    ],
    authorize: overrides.authorize ?? (() => true),
    maxBodyBytes: 100,
    upstream: async (call) => {
      calls.push(call)
      return overrides.upstream
        ? overrides.upstream(call)
        : Response.json({ ok: true }, { headers: { 'x-internal': 'secret', 'retry-after': '3' } })
    },
  })
  return { handler, calls }
}

const url = (path: string) => `https://host.example/api/idp${path}`

describe('createProxyHandler', () => {
  it('forwards an allowed route with its parameters, its allowed query and its JSON body', async () => {
    const { handler, calls } = setup()
    const list = await handler(new Request(url('/v1/connections?cursor=c2&evil=1')))
    expect(list.status).toBe(200)
    expect(await list.json()).toEqual({ ok: true })
    const put = await handler(
      new Request(url('/v1/connections/okta%7C1'), {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: '{"a":1}',
      }),
    )
    expect(put.status).toBe(200)
    expect(
      calls.map(({ method, path, search, body, params }) => ({
        method,
        path,
        search,
        body,
        params,
      })),
    ).toEqual([
      { method: 'GET', path: '/v1/connections', search: '?cursor=c2', body: undefined, params: {} },
      {
        method: 'PUT',
        path: '/v1/connections/okta%7C1',
        search: '',
        body: '{"a":1}',
        params: { id: 'okta|1' },
      },
    ])
  })

  it('keeps an encoded slash inside one parameter', async () => {
    const { handler, calls } = setup()
    await handler(new Request(url('/v1/connections/c1/users/oauth%7Ca%2Fb/credentials')))
    expect(calls[0]?.params).toEqual({ id: 'c1', userId: 'oauth|a/b' })
    expect(calls[0]?.path).toBe('/v1/connections/c1/users/oauth%7Ca%2Fb/credentials')
  })

  it('answers unknown routes 404 and unknown methods 405, with no upstream call', async () => {
    const { handler, calls } = setup()
    expect((await handler(new Request(url('/v1/users')))).status).toBe(404)
    expect((await handler(new Request('https://host.example/v1/connections'))).status).toBe(404)
    expect((await handler(new Request(url('/v1/connections/a/b')))).status).toBe(404)
    const patch = await handler(new Request(url('/v1/connections/c1'), { method: 'PATCH' }))
    expect(patch.status).toBe(405)
    expect(patch.headers.get('allow')).toBe('GET, PUT, DELETE')
    expect(calls).toEqual([])
  })

  it('rejects a parameter with a malformed escape', async () => {
    const { handler, calls } = setup()
    expect((await handler(new Request(url('/v1/connections/%E0%A4%A')))).status).toBe(400)
    expect(calls).toEqual([])
  })

  it('asks the host first: falsy is 403, a throw is 500, neither reaches the backend', async () => {
    const denied = setup({ authorize: async () => false })
    expect((await denied.handler(new Request(url('/v1/connections')))).status).toBe(403)
    expect(denied.calls).toEqual([])
    const broken = setup({
      authorize: () => {
        throw new Error('session store down')
      },
    })
    const response = await broken.handler(new Request(url('/v1/connections')))
    expect(response.status).toBe(500)
    expect(JSON.stringify(await response.json())).not.toContain('session store down')
    expect(broken.calls).toEqual([])
  })

  it('answers a body over the limit 413, malformed JSON 400 and another media type 415', async () => {
    const { handler, calls } = setup()
    const post = (body: string, type = 'application/json') =>
      handler(
        new Request(url('/v1/connections'), {
          method: 'POST',
          headers: { 'content-type': type },
          body,
        }),
      )
    expect((await post(JSON.stringify({ a: 'x'.repeat(200) }))).status).toBe(413)
    expect(await post('{"a":')).toHaveProperty('status', 400)
    expect((await post('a=1', 'application/x-www-form-urlencoded')).status).toBe(415)
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 10; index += 1) {
          controller.enqueue(new TextEncoder().encode('"0123456789abcdef"'))
        }
        controller.close()
      },
    })
    const chunked = await handler(
      new Request(url('/v1/connections'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: streamed,
        duplex: 'half',
      } as RequestInit),
    )
    expect(chunked.status).toBe(413)
    expect(calls).toEqual([])
  })

  it('passes back status, body and rate-limit headers only, and never an internal header', async () => {
    const { handler } = setup({
      upstream: async () =>
        new Response('{"errors":[{"code":"TOO_MANY"}]}', {
          status: 429,
          headers: {
            'content-type': 'application/json',
            'ratelimit-reset': '7',
            'retry-after': '9',
            'set-cookie': 'upstream=1',
          },
        }),
    })
    const response = await handler(new Request(url('/v1/connections')))
    expect(response.status).toBe(429)
    expect(await response.json()).toEqual({ errors: [{ code: 'TOO_MANY' }] })
    expect(response.headers.get('ratelimit-reset')).toBe('7')
    expect(response.headers.get('retry-after')).toBe('9')
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('answers 204 without a body and an unreachable backend 502', async () => {
    const gone = setup({ upstream: async () => new Response(null, { status: 204 }) })
    const deleted = await gone.handler(new Request(url('/v1/connections/c1'), { method: 'DELETE' }))
    expect(deleted.status).toBe(204)
    expect(await deleted.text()).toBe('')
    const down = setup({ upstream: () => Promise.reject(new TypeError('fetch failed')) })
    expect((await down.handler(new Request(url('/v1/connections')))).status).toBe(502)
  })

  it('hands the upstream nothing of the incoming headers but the request itself', async () => {
    const { handler, calls } = setup()
    await handler(
      new Request(url('/v1/connections'), {
        headers: { cookie: 'session=1', authorization: 'Bearer user-token' },
      }),
    )
    expect(Object.keys(calls[0] ?? {}).sort()).toEqual([
      'body',
      'method',
      'params',
      'path',
      'request',
      'route',
      'search',
    ])
  })
})

describe('fillPath', () => {
  it('encodes each parameter as one segment', () => {
    expect(fillPath('/v1/connections/:id/users/:userId', { id: 'a b', userId: 'oauth|x/y' })).toBe(
      '/v1/connections/a%20b/users/oauth%7Cx%2Fy',
    )
  })
})
