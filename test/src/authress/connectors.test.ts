import { AUTHRESS_CONNECTORS, connectorOf } from '../../../src/authress/connectors'

describe('AUTHRESS_CONNECTORS', () => {
  it('offers the four OAuth 2.0 presets and the two generic types', () => {
    expect(AUTHRESS_CONNECTORS.map(({ key, type }) => `${key}:${type}`)).toEqual([
      'google:OAUTH2',
      'github:OAUTH2',
      'microsoft-entra-id:OAUTH2',
      'okta:OAUTH2',
      'oauth2:OAUTH2',
      'saml2:SAML2',
    ])
  })
})

describe('connectorOf', () => {
  it('matches a connection by its type and the host of its authorization URL', () => {
    const key = (connection: Parameters<typeof connectorOf>[0]) => connectorOf(connection)?.key
    expect(
      key({ type: 'OAUTH2', authenticationUrl: 'https://accounts.google.com/o/oauth2/v2/auth' }),
    ).toBe('google')
    expect(
      key({ type: 'OAUTH2', authenticationUrl: 'https://github.com/login/oauth/authorize' }),
    ).toBe('github')
    expect(
      key({
        type: 'OAUTH2',
        authenticationUrl: 'https://login.microsoftonline.com/t1/oauth2/v2.0/authorize',
      }),
    ).toBe('microsoft-entra-id')
    expect(
      key({ type: 'OAUTH2', authenticationUrl: 'https://acme.okta.com/oauth2/v1/authorize' }),
    ).toBe('okta')
    expect(key({ type: 'OAUTH2', authenticationUrl: 'https://login.acme.test/authorize' })).toBe(
      'oauth2',
    )
    // A look-alike host is not the preset.
    expect(
      key({ type: 'OAUTH2', authenticationUrl: 'https://github.com.evil.test/authorize' }),
    ).toBe('oauth2')
    expect(key({ type: 'OAUTH2', authenticationUrl: 'not a url' })).toBe('oauth2')
    // The type decides first: a SAML IdP hosted on an Okta domain is SAML 2.0.
    expect(key({ type: 'SAML2', authenticationUrl: 'https://acme.okta.com/app/sso/saml' })).toBe(
      'saml2',
    )
    expect(key({ type: 'WebAuthN' })).toBeUndefined()
  })
})
