/**
 * The shared HTTP layer against a real local HTTP server: the method and JSON body go out as given
 * (PUT included, for backends that replace whole records), and a non-2xx answer goes through the
 * backend's own error mapper, or the generic one when the backend has none.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IntegrationsApiError } from '../../../src/errors'
import { sendRequest, type HttpRequest } from '../../../src/http/request'

interface Received {
  method: string | undefined
  url: string | undefined
  contentType: string | undefined
  body: string
}

let server: Server
let baseUrl: string
const received: Received[] = []

async function readBody(request: IncomingMessage): Promise<string> {
  let text = ''
  for await (const chunk of request) {
    text += String(chunk)
  }
  return text
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = await readBody(request)
    received.push({
      method: request.method,
      url: request.url,
      contentType: request.headers['content-type'],
      body,
    })
    if (request.url === '/teapot') {
      response.writeHead(418, { 'content-type': 'application/json', 'x-request-id': 'tea-1' })
      response.end(JSON.stringify({ errorCode: 'Teapot', title: 'I am a teapot' }))
      return
    }
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ echoed: body === '' ? null : JSON.parse(body) }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

const request = (
  init: Partial<HttpRequest> & Pick<HttpRequest, 'method' | 'url'>,
): HttpRequest => ({
  headers: {},
  timeoutMs: 5_000,
  fetch,
  expectBody: true,
  ...init,
})

describe('sendRequest', () => {
  it('sends a PUT with its JSON body and reads the JSON answer', async () => {
    const record = { name: 'Okta', connectionId: 'con|1', options: { scopes: ['openid'] } }
    const response = await sendRequest(
      request({ method: 'PUT', url: `${baseUrl}/replace`, body: record }),
    )
    expect(received.at(-1)).toEqual({
      method: 'PUT',
      url: '/replace',
      contentType: 'application/json',
      body: JSON.stringify(record),
    })
    expect(response).toEqual({ status: 200, body: { echoed: record } })
  })

  it("maps a non-2xx answer with the backend's own mapper", async () => {
    const toError = (response: Response, body: unknown) =>
      new IntegrationsApiError({
        kind: 'http',
        status: response.status,
        code: (body as { errorCode: string }).errorCode,
        message: (body as { title: string }).title,
        requestId: response.headers.get('x-request-id') ?? undefined,
        body,
      })
    const failure = sendRequest(request({ method: 'GET', url: `${baseUrl}/teapot`, toError }))
    await expect(failure).rejects.toMatchObject({
      kind: 'http',
      status: 418,
      code: 'Teapot',
      message: 'I am a teapot',
      requestId: 'tea-1',
    })
  })

  it('maps a non-2xx answer generically when the backend has no mapper', async () => {
    const failure = sendRequest(request({ method: 'GET', url: `${baseUrl}/teapot` }))
    await expect(failure).rejects.toMatchObject({
      kind: 'http',
      status: 418,
      code: undefined,
      message: 'The request failed with HTTP 418.',
      requestId: 'tea-1',
      body: { errorCode: 'Teapot', title: 'I am a teapot' },
    })
  })
})

describe('reading the body', () => {
  /** A fetch that answers with these bytes, or with a Response-like object. */
  const answering =
    (answer: () => unknown): typeof fetch =>
    async () =>
      answer() as Response
  const get = (fetchStub: typeof fetch) =>
    sendRequest({
      method: 'GET',
      url: 'https://vault.example/connections',
      headers: {},
      timeoutMs: 0,
      fetch: fetchStub,
      expectBody: true,
    })
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(
      parts.flatMap((part) =>
        typeof part === 'string' ? [...new TextEncoder().encode(part)] : part,
      ),
    )

  it('decodes UTF-8 as text() does: a BOM dropped, a broken sequence replaced', async () => {
    const body = bytes([0xef, 0xbb, 0xbf], '{"name":"Zoë ', [0xff], '"}')
    const expected = JSON.parse(await new Response(body).text())
    expect(expected).toEqual({ name: 'Zoë \uFFFD' })
    expect(await get(answering(() => new Response(body)))).toEqual({ status: 200, body: expected })
  })

  it('reads a Response-like object without arrayBuffer with text()', async () => {
    const legacy = {
      ok: true,
      status: 200,
      headers: new Headers(),
      text: async () => '{"data":[1]}',
    }
    expect(await get(answering(() => legacy))).toEqual({ status: 200, body: { data: [1] } })
  })

  it('rejects a broken or empty body of a success with kind parse, keeping the text', async () => {
    for (const text of ['{"data": [', '', '<html>proxy</html>']) {
      const error = await get(answering(() => new Response(text))).catch((caught) => caught)
      expect(error).toBeInstanceOf(IntegrationsApiError)
      expect(error).toMatchObject({ kind: 'parse', status: 200, body: text })
    }
  })

  it('reports a body that fails while being read as a network error', async () => {
    const failing = new Response(
      new ReadableStream({
        start(controller) {
          controller.error(new TypeError('connection reset'))
        },
      }),
    )
    const error = await get(answering(() => failing)).catch((caught) => caught)
    expect(error).toBeInstanceOf(IntegrationsApiError)
    expect(error).toMatchObject({ kind: 'network' })
  })
})
