/**
 * A request body read with a size limit, for the server handlers (the proxies and the session
 * route): a browser can send any amount, and a handler must refuse more than it allows without
 * buffering it. Fetch-standard only, so it runs in Node 20 and edge runtimes alike.
 */

/**
 * The body as UTF-8 text, or null as soon as it passes `limit` bytes (a declared Content-Length
 * over the limit is refused before reading). Invalid UTF-8 throws a TypeError.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) {
    return null
  }
  if (!request.body) {
    return ''
  }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) {
      break
    }
    total += value.byteLength
    if (total > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}
