/**
 * The shared core of the connection proxies in `integrations-kit/server` (Kinde, Authress): a
 * Fetch-standard handler, `(request: Request) => Promise<Response>`, that forwards only an
 * allow-list of routes to the backend, after the host's own authorization check, and answers
 * everything else itself without an upstream call. The backend-specific part (its host, its admin
 * credential, rewriting a path parameter) is the `upstream` function each proxy supplies.
 *
 * Why each rule: the browser is not trusted. It must not reach any other admin route through the
 * proxy (allow-list, 404/405), must not pass its own cookies or `Authorization` upstream (the
 * upstream call is built from scratch: nothing of the incoming headers is copied), must not make
 * the server buffer an unbounded body (413) and must not send a body the backend would misread
 * (415, 400). No React, no DOM: it runs in Node 20 and in edge runtimes.
 */
import { readLimitedBody } from './read-limited-body'

/** A route the proxy forwards. */
export interface ProxyRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  /** The backend's path; `:name` matches one non-empty path segment, e.g. `/api/v1/connections/:id`. */
  path: string
  /** Query parameters forwarded upstream; any other is dropped. */
  query?: readonly string[]
}

/** What the proxy hands its `upstream` function once a request has passed every check. */
export interface UpstreamCall {
  method: ProxyRoute['method']
  route: ProxyRoute
  /** Path parameters, percent-decoded. */
  params: Record<string, string>
  /** The route's path with `params` filled in, percent-encoded (`fillPath(route.path, params)`). */
  path: string
  /** `''` or `?…` with only the route's allowed query parameters. */
  search: string
  /** The JSON body as text, checked to parse; undefined for GET and DELETE. */
  body: string | undefined
  /** The incoming request, for the host's own lookups (the signed-in user). Never forwarded. */
  request: Request
}

export interface ProxyHandlerOptions {
  /** Where the proxy is mounted, stripped from the incoming path (e.g. `/api/kinde`). Default `''`. */
  basePath?: string
  routes: readonly ProxyRoute[]
  /**
   * The host's check that the signed-in user may administer connections. A falsy answer gives 403
   * and no upstream call; a throw gives 500 and no upstream call.
   */
  authorize: (request: Request) => boolean | Promise<boolean>
  /** The largest request body accepted, in bytes. Default 64 KB. */
  maxBodyBytes?: number
  /** Sends the checked request to the backend. A rejection answers 502. */
  upstream: (call: UpstreamCall) => Promise<Response>
  /**
   * The body of an answer the proxy gives itself, in the backend's error shape so the browser
   * adapter reads it like the backend's own. Default `{ error: { code, message } }`.
   */
  errorBody?: (status: number, code: string, message: string) => unknown
}

export type ProxyHandler = (request: Request) => Promise<Response>

/** Response headers passed back from the backend; every other one is dropped. */
const passedBackHeaders = [
  'content-type',
  'ratelimit-reset',
  'retry-after',
  'ratelimit-limit',
  'ratelimit-remaining',
]

const bodyMethods = new Set(['POST', 'PATCH', 'PUT'])

/** A route's path with its parameters filled in, each percent-encoded as one path segment. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) {
        return segment
      }
      const value = params[segment.slice(1)]
      if (value === undefined) {
        throw new Error(`fillPath: no value for ${segment}`)
      }
      return encodeURIComponent(value)
    })
    .join('/')
}

/** The route's parameters if `pathname` (raw, percent-encoded) is that route's path, else null. */
function matchPath(path: string, pathname: string): Record<string, string> | null | 'malformed' {
  const expected = path.split('/')
  const actual = pathname.replace(/\/$/, '').split('/')
  if (expected.length !== actual.length) {
    return null
  }
  const params: Record<string, string> = {}
  for (const [index, segment] of expected.entries()) {
    const value = actual[index] ?? ''
    if (segment.startsWith(':')) {
      if (value === '') {
        return null
      }
      let decoded: string
      try {
        decoded = decodeURIComponent(value)
      } catch {
        return 'malformed'
      }
      // A parameter is one segment: '.' and '..' would climb the backend's path.
      if (decoded === '.' || decoded === '..') {
        return 'malformed'
      }
      params[segment.slice(1)] = decoded
    } else if (segment !== value) {
      return null
    }
  }
  return params
}

function defaultErrorBody(_status: number, code: string, message: string): unknown {
  return { error: { code, message } }
}

/** A Fetch-standard proxy handler over an allow-list of routes. */
export function createProxyHandler(options: ProxyHandlerOptions): ProxyHandler {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '')
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024
  const errorBody = options.errorBody ?? defaultErrorBody

  function answer(status: number, code: string, message: string, headers?: HeadersInit): Response {
    const response = Response.json(errorBody(status, code, message), { status, headers })
    response.headers.set('cache-control', 'no-store')
    return response
  }

  return async (request) => {
    const url = new URL(request.url)
    if (basePath !== '' && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) {
      return answer(404, 'not_found', 'This route is not proxied.')
    }
    const pathname = url.pathname.slice(basePath.length) || '/'

    let malformed = false
    const matches: Array<{ route: ProxyRoute; params: Record<string, string> }> = []
    for (const route of options.routes) {
      const params = matchPath(route.path, pathname)
      if (params === 'malformed') {
        malformed = true
      } else if (params !== null) {
        matches.push({ route, params })
      }
    }
    if (matches.length === 0) {
      return malformed
        ? answer(400, 'bad_request', 'The path has a malformed segment.')
        : answer(404, 'not_found', 'This route is not proxied.')
    }
    const match = matches.find(({ route }) => route.method === request.method.toUpperCase())
    if (!match) {
      const allowed = [...new Set(matches.map(({ route }) => route.method))].join(', ')
      return answer(405, 'method_not_allowed', `Allowed: ${allowed}.`, { allow: allowed })
    }

    let allowed: boolean
    try {
      allowed = Boolean(await options.authorize(request))
    } catch {
      return answer(500, 'authorization_failed', 'The authorization check failed.')
    }
    if (!allowed) {
      return answer(403, 'forbidden', 'You may not manage connections.')
    }

    let body: string | undefined
    if (bodyMethods.has(match.route.method)) {
      const contentType = request.headers.get('content-type') ?? ''
      if (!/^application\/json\s*(;|$)/i.test(contentType)) {
        return answer(415, 'unsupported_media_type', 'The body must be application/json.')
      }
      let text: string | null
      try {
        text = await readLimitedBody(request, maxBodyBytes)
      } catch {
        return answer(400, 'bad_request', 'The body is not valid UTF-8 text.')
      }
      if (text === null) {
        return answer(413, 'payload_too_large', `The body is larger than ${maxBodyBytes} bytes.`)
      }
      try {
        JSON.parse(text)
      } catch {
        return answer(400, 'bad_request', 'The body is not valid JSON.')
      }
      body = text
    }

    const forwarded = new URLSearchParams()
    for (const name of match.route.query ?? []) {
      for (const value of url.searchParams.getAll(name)) {
        forwarded.append(name, value)
      }
    }
    const query = forwarded.toString()

    let upstream: Response
    try {
      upstream = await options.upstream({
        method: match.route.method,
        route: match.route,
        params: match.params,
        path: fillPath(match.route.path, match.params),
        search: query === '' ? '' : `?${query}`,
        body,
        request,
      })
    } catch {
      return answer(502, 'bad_gateway', 'The connections service could not be reached.')
    }

    const headers = new Headers({ 'cache-control': 'no-store' })
    for (const name of passedBackHeaders) {
      const value = upstream.headers.get(name)
      if (value !== null) {
        headers.set(name, value)
      }
    }
    // 204/304 must not carry a body; everything else is passed through as the backend sent it.
    const empty = upstream.status === 204 || upstream.status === 304
    return new Response(empty ? null : await upstream.arrayBuffer(), {
      status: upstream.status,
      headers,
    })
  }
}
