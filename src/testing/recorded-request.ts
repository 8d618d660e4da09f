/**
 * What a mock backend keeps of each API request (`mock.requests`), and how it reads one: tests
 * assert on the method, path, headers and parsed body the client sent.
 */

// Declared first so the file comment above stays off the public RecordedRequest (API report).
/** A request read once: the record plus what the contract check needs (URL and raw body). */
export interface ReadRequest {
  recorded: RecordedRequest
  url: URL
  bodyText: string
}

export interface RecordedRequest {
  method: string
  /** The API path, without the base URL (e.g. `/vault/connections/crm/salesforce`). */
  path: string
  /** The query string including `?`, or `''`. */
  search: string
  /** Header names lower-cased. */
  headers: Record<string, string>
  /** The parsed JSON body, the raw text when it is not JSON, or undefined when there is none. */
  body: unknown
}

/** Reads `request` (consuming its body); `basePath` is the base URL's path, cut off the API path. */
export async function readRequest(request: Request, basePath: string): Promise<ReadRequest> {
  const url = new URL(request.url)
  const headers: Record<string, string> = {}
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value
  })
  const bodyText = await request.text()
  let body: unknown = undefined
  if (bodyText.length > 0) {
    try {
      body = JSON.parse(bodyText)
    } catch {
      body = bodyText
    }
  }
  return {
    recorded: {
      method: request.method.toUpperCase(),
      path: url.pathname.slice(basePath.length) || '/',
      search: url.search,
      headers,
      body,
    },
    url,
    bodyText,
  }
}
