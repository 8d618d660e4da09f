import { decodeJwtClaims, looksLikeJwt } from '../../../src/vault/jwt'

function base64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url')
}

function jwt(payload: string): string {
  return `${base64Url('{"alg":"HS256","typ":"JWT"}')}.${base64Url(payload)}.c2lnbmF0dXJl`
}

describe('decodeJwtClaims', () => {
  it('reads the payload claims, including non-ASCII text and base64url characters', () => {
    const claims = { application_id: 'app-1', consumer_id: 'ünïcødé ✓ ~~~???>>>' }
    expect(decodeJwtClaims(jwt(JSON.stringify(claims)))).toEqual(claims)
  })

  it.each([
    ['not a token'],
    ['only.two'],
    ['a.b.c.d'],
    [`${base64Url('{}')}.!!!.sig`],
    [jwt('not json')],
    [jwt('[1,2]')],
    [jwt('null')],
    [jwt('"string"')],
    [''],
  ])('returns null for %j without throwing', (token) => {
    expect(decodeJwtClaims(token)).toBeNull()
  })

  it('tells JWT-shaped tokens from API keys', () => {
    expect(looksLikeJwt(jwt('{}'))).toBe(true)
    expect(looksLikeJwt('sk_live_12345abcdef')).toBe(false)
  })
})
