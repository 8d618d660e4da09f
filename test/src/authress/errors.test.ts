import { toAuthressError } from '../../../src/authress/errors'

describe('toAuthressError', () => {
  it.each([401, 403, 404])('maps a %i with a ResponseError body: code and request id', (status) => {
    const error = toAuthressError(new Response(null, { status }), {
      title: 'Not allowed here',
      errorCode: 'InvalidConnection',
      errorId: 'err-42',
    })
    expect(error.kind).toBe('http')
    expect(error.status).toBe(status)
    expect(error.code).toBe('InvalidConnection')
    expect(error.requestId).toBe('err-42')
    expect(error.message).toBe('Not allowed here')
  })

  it('maps an answer without a body by its status alone', () => {
    const error = toAuthressError(new Response(null, { status: 403 }), undefined)
    expect(error.status).toBe(403)
    expect(error.code).toBeUndefined()
    expect(error.requestId).toBeUndefined()
    expect(error.message).toBe('The request failed with HTTP 403.')
  })

  it('ignores blank or non-string fields and keeps a text body', () => {
    const blank = toAuthressError(new Response(null, { status: 404 }), {
      title: ' ',
      errorCode: 7,
      errorId: '',
    })
    expect(blank.code).toBeUndefined()
    expect(blank.requestId).toBeUndefined()
    const html = toAuthressError(new Response(null, { status: 502 }), '<html>Bad gateway</html>')
    expect(html.body).toBe('<html>Bad gateway</html>')
    expect(html.retryable).toBe(true)
  })

  it('keeps the wait a 429 asks for', () => {
    const error = toAuthressError(
      new Response(null, { status: 429, headers: { 'retry-after': '12' } }),
      { title: 'Slow down' },
    )
    expect(error.retryAfter).toBe(12)
    expect(error.message).toBe('Slow down (Retry-After: 12 s)')
  })
})
