import { kindeErrorMapper } from '../../../src/kinde/errors'

describe('kindeErrorMapper', () => {
  it('puts the field of a 400 onto the form field, without the options. prefix', () => {
    const error = kindeErrorMapper('create:connections')(new Response(null, { status: 400 }), {
      errors: [
        {
          code: 'INVALID_HOME_REALM_DOMAIN',
          message: 'Domains start with @',
          field: 'options.home_realm_domains',
        },
      ],
    })
    expect(error.status).toBe(400)
    expect(error.code).toBe('INVALID_HOME_REALM_DOMAIN')
    expect(error.message).toBe('Domains start with @')
    expect(error.detail).toEqual({
      errors: [{ field: 'home_realm_domains', message: 'Domains start with @' }],
    })
  })

  it('names the missing scope of a 403 in detail.scope', () => {
    for (const scope of [
      'read:connections',
      'create:connections',
      'update:connections',
      'delete:connections',
    ] as const) {
      const error = kindeErrorMapper(scope)(new Response(null, { status: 403 }), {
        errors: [{ code: 'FORBIDDEN', message: 'Missing scope' }],
      })
      expect(error.status).toBe(403)
      expect(error.detail).toMatchObject({ scope })
    }
  })

  it('reads the object form of a 404', () => {
    const error = kindeErrorMapper('update:connections')(new Response(null, { status: 404 }), {
      errors: { code: 'CONNECTION_NOT_FOUND', message: 'No such connection' },
    })
    expect(error.status).toBe(404)
    expect(error.code).toBe('CONNECTION_NOT_FOUND')
    expect(error.message).toBe('No such connection')
    expect(error.retryable).toBe(false)
  })

  it('takes the wait of a 429 from RateLimit-Reset, else Retry-After, with no body', () => {
    const map = kindeErrorMapper('read:connections')
    const both = map(
      new Response(null, {
        status: 429,
        headers: { 'ratelimit-reset': '12', 'retry-after': '99' },
      }),
      undefined,
    )
    expect(both.retryAfter).toBe(12)
    expect(both.retryable).toBe(true)
    const fallback = map(new Response(null, { status: 429, headers: { 'retry-after': '7' } }), '')
    expect(fallback.retryAfter).toBe(7)
    expect(map(new Response(null, { status: 429 }), undefined).retryAfter).toBeUndefined()
  })
})
