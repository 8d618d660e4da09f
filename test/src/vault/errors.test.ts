import { toVaultError } from '../../../src/vault/errors'

describe('toVaultError', () => {
  // The message is for developers and logs; what users read comes from src/error-message.ts.
  it('keeps the server message for developers, else names the status', () => {
    const withMessage = toVaultError(new Response(null, { status: 404 }), {
      message: 'Unknown Connection',
    })
    expect(withMessage.message).toBe('Unknown Connection')
    const without = toVaultError(new Response(null, { status: 404 }), '<html>Not found</html>')
    expect(without.message).toBe('The request failed with HTTP 404.')
    expect(without.body).toBe('<html>Not found</html>')
    expect(without.code).toBeUndefined()
  })

  it('keeps the wait a 429 asks for, on the error and in its message', () => {
    const error = toVaultError(
      new Response(null, { status: 429, headers: { 'retry-after': '30' } }),
      { message: 'Too Many Requests' },
    )
    expect(error.message).toBe('Too Many Requests (Retry-After: 30 s)')
    expect(error.retryAfter).toBe(30)
    expect(error.retryable).toBe(true)
  })

  it('takes the code from type_name and the request id from ref', () => {
    const error = toVaultError(
      new Response(null, { status: 422, headers: { 'x-request-id': 'header-id' } }),
      { type_name: 'UnprocessableEntityError', message: 'Invalid', detail: { a: 1 }, ref: 'ref-1' },
    )
    expect(error.code).toBe('UnprocessableEntityError')
    expect(error.detail).toEqual({ a: 1 })
    expect(error.requestId).toBe('ref-1')
  })
})
