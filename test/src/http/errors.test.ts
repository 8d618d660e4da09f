import { genericHttpError, parseRetryAfter } from '../../../src/http/errors'

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-25T12:00:00Z')

  it.each([
    ['30', 30],
    [' 0 ', 0],
    ['Wed, 25 Nov 2026 12:00:45 GMT', 45],
    ['Wed, 25 Nov 2026 11:00:00 GMT', 0],
  ])('reads %j as %j seconds', (header, seconds) => {
    expect(parseRetryAfter(header, now)).toBe(seconds)
  })

  it.each([[null], [''], ['soon'], ['-5'], ['1.5']])('ignores %j', (header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined()
  })
})

describe('genericHttpError', () => {
  it('names the status, keeps the body and the request id header, and reads Retry-After', () => {
    const error = genericHttpError(
      new Response(null, {
        status: 503,
        headers: { 'retry-after': '12', 'x-request-id': 'req-7' },
      }),
      '<html>Service unavailable</html>',
    )
    expect(error.kind).toBe('http')
    expect(error.status).toBe(503)
    expect(error.code).toBeUndefined()
    expect(error.message).toBe('The request failed with HTTP 503. (Retry-After: 12 s)')
    expect(error.retryAfter).toBe(12)
    expect(error.requestId).toBe('req-7')
    expect(error.body).toBe('<html>Service unavailable</html>')
  })
})
