import { fallbackMessage, parseRetryAfter, toApiError } from '../../src/vault/errors'

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
  it('prefers the server message and falls back to a sentence per status', () => {
    const withMessage = toApiError(new Response(null, { status: 404 }), {
      message: 'Unknown Connection',
    })
    expect(withMessage.message).toBe('Unknown Connection')
    const without = toApiError(new Response(null, { status: 404 }), '<html>Not found</html>')
    expect(without.message).toBe(fallbackMessage(404))
    expect(without.body).toBe('<html>Not found</html>')
    expect(without.code).toBeUndefined()
  })

  it('says when to retry a 429, whatever generic text the server sent', () => {
    const error = toApiError(
      new Response(null, { status: 429, headers: { 'retry-after': '30' } }),
      {
        message: 'Too Many Requests',
      },
    )
    expect(error.message).toBe('Too many requests — try again in 30 s.')
    expect(error.retryAfter).toBe(30)
    expect(error.retryable).toBe(true)
  })

  it('has a distinct fallback for every status the spec lists', () => {
    const statuses = [400, 401, 402, 404, 409, 422, 429, 500, 503]
    const messages = statuses.map((status) => fallbackMessage(status))
    expect(new Set(messages).size).toBe(statuses.length)
    expect(fallbackMessage(502)).toMatch(/502/)
  })
})
