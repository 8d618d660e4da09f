import { parseRetryAfter, toApiError } from '../../../src/vault/errors'

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

describe('toApiError', () => {
  // The message is for developers and logs; what users read comes from src/error-message.ts.
  it('keeps the server message for developers, else names the status', () => {
    const withMessage = toApiError(new Response(null, { status: 404 }), {
      message: 'Unknown Connection',
    })
    expect(withMessage.message).toBe('Unknown Connection')
    const without = toApiError(new Response(null, { status: 404 }), '<html>Not found</html>')
    expect(without.message).toBe('The request failed with HTTP 404.')
    expect(without.body).toBe('<html>Not found</html>')
    expect(without.code).toBeUndefined()
  })

  it('keeps the wait a 429 asks for, on the error and in its message', () => {
    const error = toApiError(
      new Response(null, { status: 429, headers: { 'retry-after': '30' } }),
      { message: 'Too Many Requests' },
    )
    expect(error.message).toBe('Too Many Requests (Retry-After: 30 s)')
    expect(error.retryAfter).toBe(30)
    expect(error.retryable).toBe(true)
  })
})
