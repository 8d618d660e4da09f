/**
 * The bench's mock Vault server, run in its own process (`child_process.fork` from bench/run.mjs,
 * after bench/build.mjs bundled it), so the page's main thread does no mock work.
 *
 * Two listeners on 127.0.0.1, free ports:
 * - the API: `createMockVault(...).handle(request)` with `BENCH_CONNECTORS` generated connectors
 *   (seed 42, as the 1,000-connector story), behind CORS (preflight for Authorization,
 *   Content-Type and x-apideck-* headers) and gzip, as a cross-origin API is in production;
 * - the apps: the built bench apps (`BENCH_APPS_DIR`), gzip too.
 *
 * A GET is answered from a cache while the catalog is as `reset` leaves it (after any other method,
 * until the next `reset`, every request goes to the mock): the spec-checking mock builds and checks
 * the 10,000-connector list in ~450 ms and gzips its 15 MB in ~90 ms more, on every load. A real
 * server does not spend that, and both apps would wait for it alike, so the untimed first load fills
 * the cache and the timed loads measure the libraries, not the mock.
 *
 * It tells its parent `{ type: 'ready', api, apps, token }` and answers IPC messages: `reset` puts
 * the catalog back and zeroes the counters (before each load), `stats` returns the requests seen
 * since then (preflights apart) and any spec violations.
 */
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { createMockVault, generateConnectors, type MockVault } from '../src/testing'

const connectorCount = Number(process.env.BENCH_CONNECTORS ?? 1000)
const appsDir = process.env.BENCH_APPS_DIR
if (!appsDir || !process.send) {
  throw new Error(
    'bench/mock-server: run by bench/run.mjs (needs BENCH_APPS_DIR and an IPC channel)',
  )
}
const send = (message: unknown) => process.send!(message)

interface Stats {
  requests: { method: string; path: string }[]
  preflights: number
  violations: string[]
}
let stats: Stats = { requests: [], preflights: 0, violations: [] }

const ALLOWED_REQUEST_HEADER = /^(authorization|content-type|x-apideck-[a-z-]+)$/

function corsHeaders(request: IncomingMessage): Record<string, string> {
  return {
    'access-control-allow-origin': request.headers.origin ?? '*',
    vary: 'Origin, Accept-Encoding',
    // Resource Timing gives the list response's end without it; this exposes the finer timings.
    'timing-allow-origin': '*',
  }
}

function preflight(request: IncomingMessage, response: ServerResponse) {
  const asked = String(request.headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
  const allowed = asked.filter((name) => ALLOWED_REQUEST_HEADER.test(name))
  response.writeHead(204, {
    ...corsHeaders(request),
    'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
    'access-control-allow-headers': allowed.join(', '),
    'access-control-max-age': '600',
  })
  response.end()
}

interface Answer {
  status: number
  headers: Record<string, string>
  payload: Buffer
}

/** The answer to send: `body` gzipped when the request accepts it. */
function encode(
  request: IncomingMessage,
  status: number,
  headers: Record<string, string>,
  body: Buffer,
): Answer {
  const gzip = body.length > 0 && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
  const payload = gzip ? gzipSync(body) : body
  return {
    status,
    headers: {
      ...headers,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      'content-length': String(payload.length),
    },
    payload,
  }
}

function sendAnswer(response: ServerResponse, { status, headers, payload }: Answer) {
  response.writeHead(status, headers)
  response.end(payload)
}

function send200(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer,
) {
  sendAnswer(response, encode(request, status, headers, body))
}

/** GET answers for the catalog as `reset` leaves it, by everything in the request that shapes them. */
const getAnswers = new Map<string, Answer>()
/** No request other than a GET since the last `reset`: the cached answers hold. */
let pristine = true
const answerKey = (request: IncomingMessage) =>
  JSON.stringify([
    request.url,
    Object.entries(request.headers)
      .filter(([name]) => /^(authorization|origin|accept-encoding|x-apideck-)/.test(name))
      .sort(([a], [b]) => a.localeCompare(b)),
  ])

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) {
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

function serveApi(vault: () => MockVault) {
  return async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'OPTIONS') {
      stats.preflights += 1
      preflight(request, response)
      return
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? '127.0.0.1'}`)
    stats.requests.push({ method: request.method ?? 'GET', path: url.pathname })
    pristine &&= request.method === 'GET'
    const key = pristine ? answerKey(request) : undefined
    const cached = key === undefined ? undefined : getAnswers.get(key)
    if (cached) {
      sendAnswer(response, cached)
      return
    }
    const body =
      request.method === 'GET' || request.method === 'HEAD' ? undefined : await readBody(request)
    const headers = new Headers()
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') {
        headers.set(name, value)
      }
    }
    const answer = await vault().handle(
      new Request(url, {
        method: request.method,
        headers,
        body: body?.length ? new Uint8Array(body) : undefined,
      }),
    )
    if (!answer) {
      send200(request, response, 404, corsHeaders(request), Buffer.from('not served by the mock'))
      return
    }
    const answerHeaders: Record<string, string> = { ...corsHeaders(request) }
    answer.headers.forEach((value, name) => {
      if (name !== 'content-length' && name !== 'content-encoding') {
        answerHeaders[name] = value
      }
    })
    const encoded = encode(
      request,
      answer.status,
      answerHeaders,
      Buffer.from(await answer.arrayBuffer()),
    )
    if (key !== undefined && answer.ok) {
      getAnswers.set(key, encoded)
    }
    sendAnswer(response, encoded)
  }
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
}

function serveApps(root: string) {
  const cache = new Map<string, Buffer>()
  return async (request: IncomingMessage, response: ServerResponse) => {
    const { pathname } = new URL(request.url ?? '/', 'http://apps')
    const relative = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '')
    const file = join(
      root,
      relative.endsWith('/') || relative === '' ? join(relative, 'index.html') : relative,
    )
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end()
      return
    }
    try {
      const body = cache.get(file) ?? (await readFile(file))
      cache.set(file, body)
      send200(
        request,
        response,
        200,
        {
          'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        },
        body,
      )
    } catch {
      response.writeHead(404).end()
    }
  }
}

function listen(handler: (request: IncomingMessage, response: ServerResponse) => Promise<void>) {
  const server = createServer((request, response) => {
    handler(request, response).catch((error: unknown) => {
      console.error('bench/mock-server:', error)
      if (!response.headersSent) {
        response.writeHead(500)
      }
      response.end()
    })
  })
  return new Promise<string>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
    })
  })
}

// The mock needs the API's port for its base URL; requests only come after `ready` is sent.
const served: { mock?: MockVault } = {}
const api = await listen(serveApi(() => served.mock!))
const apps = await listen(serveApps(normalize(appsDir)))
const mock = createMockVault({
  baseUrl: api,
  connectors: generateConnectors(connectorCount, 42),
  onViolation: (violation) => {
    stats.violations.push(`${violation.method} ${violation.path}: ${violation.message}`)
  },
})
served.mock = mock

process.on('message', (message: { type: string; id: number }) => {
  if (message.type === 'reset') {
    mock.reset()
    pristine = true
    stats = { requests: [], preflights: 0, violations: [] }
    send({ type: 'reset', id: message.id })
  } else if (message.type === 'stats') {
    send({ type: 'stats', id: message.id, stats })
  }
})
process.on('disconnect', () => process.exit(0))

const connections = mock.connections()
send({
  type: 'ready',
  api,
  apps,
  token: mock.token,
  connectors: connections.length,
  added: connections.filter((connection) => connection.state !== 'available').length,
})
