/**
 * The one place the API clients touch `fetch`: timeout, cancellation, JSON in and out, and the
 * mapping of every failure to IntegrationsApiError (non-2xx answers through the backend's own
 * mapper). Nothing else escapes: no TypeError from a dead network, no DOMException from an abort,
 * no SyntaxError from a broken body.
 */
import { IntegrationsApiError } from '../errors'
import {
  abortError,
  genericHttpError,
  networkError,
  parseError,
  timeoutError,
  type HttpErrorMapper,
} from './errors'

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  url: string
  headers: Record<string, string>
  /** Serialised as JSON when present. */
  body?: unknown
  signal?: AbortSignal
  /** 0 or Infinity: no timeout. */
  timeoutMs: number
  fetch: typeof fetch
  /** False for endpoints whose success has no body (DELETE → 204): it is never read. */
  expectBody: boolean
  /** The backend's mapping of non-2xx answers (its error body); a generic one when absent. */
  toError?: HttpErrorMapper
}

export interface HttpResponse {
  status: number
  /** The parsed JSON body; undefined when `expectBody` was false. */
  body: unknown
}

/** A Response, or an object that answers like one (a test double, a polyfill's). */
const isResponse = (value: unknown): value is Response =>
  typeof (value as Response | null)?.status === 'number' &&
  typeof (value as Response).text === 'function' &&
  typeof (value as Response).headers?.get === 'function'

// Made on first use, not at import (SSR-safe, and a runtime without TextDecoder falls back).
let decoder: TextDecoder | null | undefined

/**
 * The body as text: its bytes, then one UTF-8 decode, exactly as `text()` decodes (a BOM dropped, a
 * broken sequence replaced by U+FFFD), for issue 11's catalog load. A Response-like object without
 * `arrayBuffer` (a test double, an old polyfill) is read with `text()`.
 */
async function readText(response: Response): Promise<string> {
  if (typeof response.arrayBuffer !== 'function') {
    return response.text()
  }
  if (decoder === undefined) {
    decoder = typeof TextDecoder === 'function' ? new TextDecoder() : null
  }
  return decoder ? decoder.decode(await response.arrayBuffer()) : response.text()
}

export async function sendRequest(request: HttpRequest): Promise<HttpResponse> {
  const { signal, timeoutMs } = request
  if (signal?.aborted) {
    throw abortError(signal.reason)
  }
  const headers = { ...request.headers }
  let body: string | undefined
  if (request.body !== undefined) {
    try {
      body = JSON.stringify(request.body)
    } catch (cause) {
      // A cyclic or BigInt value in settings/metadata: the caller's bug, reported before sending.
      throw new IntegrationsApiError({
        kind: 'parse',
        message: 'The request could not be sent: its data cannot be written as JSON.',
        cause,
      })
    }
    headers['content-type'] = 'application/json'
  }
  // One controller aborts the fetch for both the caller's signal and our timeout; which one fired
  // decides the error kind.
  const controller = new AbortController()
  let timedOut = false
  const forwardAbort = () => controller.abort(signal?.reason)
  signal?.addEventListener('abort', forwardAbort, { once: true })
  const timer =
    timeoutMs > 0 && timeoutMs < Infinity
      ? setTimeout(() => {
          timedOut = true
          controller.abort()
        }, timeoutMs)
      : undefined
  const failure = (cause: unknown): IntegrationsApiError =>
    signal?.aborted ? abortError(cause) : timedOut ? timeoutError(timeoutMs) : networkError(cause)

  try {
    let response: unknown
    try {
      response = await request.fetch(request.url, {
        method: request.method,
        headers,
        body,
        signal: controller.signal,
      })
    } catch (cause) {
      throw failure(cause)
    }
    if (!isResponse(response)) {
      throw networkError(new TypeError('fetch did not resolve to a Response'))
    }
    const { ok, status } = response

    if (ok && !request.expectBody) {
      // Release the connection without reading: a 204 has nothing to parse.
      try {
        response.body?.cancel().catch(() => undefined)
      } catch {
        // A Response-like object without a stream: nothing to release.
      }
      return { status, body: undefined }
    }

    let text = ''
    try {
      text = await readText(response)
    } catch (cause) {
      if (signal?.aborted || timedOut || ok) {
        throw failure(cause)
      }
    }

    let parsed: unknown
    let notJson: unknown
    try {
      parsed = JSON.parse(text)
    } catch (cause) {
      notJson = cause ?? true
    }
    if (!ok) {
      // Backend errors are JSON; a proxy's HTML error page is kept as text for `body`.
      throw (request.toError ?? genericHttpError)(
        response,
        notJson === undefined ? parsed : text || undefined,
      )
    }
    if (notJson !== undefined) {
      throw parseError(status, 'The response body is not JSON.', text, notJson)
    }
    return { status, body: parsed }
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', forwardAbort)
  }
}
