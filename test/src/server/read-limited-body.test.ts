import { describe, expect, it } from 'vitest'
import { readLimitedBody } from '../../../src/server/read-limited-body'

/** A POST whose body arrives in these chunks, with no Content-Length (a streamed upload). */
function streamed(chunks: string[]): { request: Request; pulled: () => number } {
  let pulls = 0
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[pulls]
      pulls += 1
      if (next === undefined) {
        controller.close()
      } else {
        controller.enqueue(encoder.encode(next))
      }
    },
  })
  // Node's fetch needs `duplex: 'half'` for a streamed body; the DOM's RequestInit type lacks it.
  const init = { method: 'POST', body, duplex: 'half' } as RequestInit
  const request = new Request('https://host.test/api', init)
  return { request, pulled: () => pulls }
}

describe('readLimitedBody', () => {
  it('reads a body within the limit as UTF-8 text, across chunks', async () => {
    const { request } = streamed(['{"a":', '"é"}'])
    await expect(readLimitedBody(request, 64)).resolves.toBe('{"a":"é"}')
  })

  it('stops reading as soon as a streamed body passes the limit', async () => {
    const { request, pulled } = streamed(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(10), 'end'])
    await expect(readLimitedBody(request, 15)).resolves.toBeNull()
    expect(pulled()).toBeLessThan(4)
  })

  it('refuses a declared Content-Length over the limit without reading', async () => {
    const request = new Request('https://host.test/api', {
      method: 'POST',
      body: 'x'.repeat(100),
      headers: { 'content-length': '100' },
    })
    await expect(readLimitedBody(request, 10)).resolves.toBeNull()
    expect(request.bodyUsed).toBe(false)
  })

  it('answers an empty string for no body, and throws on invalid UTF-8', async () => {
    await expect(readLimitedBody(new Request('https://host.test/api'), 10)).resolves.toBe('')
    const invalid = new Request('https://host.test/api', {
      method: 'POST',
      body: new Uint8Array([0xff, 0xfe]),
    })
    await expect(readLimitedBody(invalid, 10)).rejects.toBeInstanceOf(TypeError)
  })
})
