import { connectorByKey, type AuthressConnector } from '../../../src/authress/connectors'
import type { AuthressConnection } from '../../../src/authress/types'
import {
  createForm,
  editForm,
  readableSettings,
  toAuthressConnection,
} from '../../../src/authress/forms'
import { authressEn } from '../../../src/authress/messages'
import { authressDe } from 'integrations-kit/authress/locales/de'

function connector(key: string): AuthressConnector {
  const found = connectorByKey(key)
  if (found === undefined) {
    throw new Error(`no connector ${key}`)
  }
  return found
}

const labels = (key: string) => createForm(connector(key), authressEn).map((field) => field.label)

describe('createForm', () => {
  it('asks each connector for what the issue lists', () => {
    expect(labels('google')).toEqual(['Display name', 'Client ID', 'Client secret', 'Scopes'])
    expect(labels('github')).toEqual(['Display name', 'Client ID', 'Client secret', 'Scopes'])
    expect(labels('microsoft-entra-id')).toContain('Directory (tenant) ID')
    expect(labels('okta')).toContain('Okta domain')
    expect(labels('oauth2')).toEqual([
      'Display name',
      'Authorization URL',
      'Token URL',
      'Issuer',
      'Client ID',
      'Client secret',
      'Scopes',
      'Token request format',
    ])
    expect(labels('saml2')).toEqual(['Display name', 'SSO URL', 'Entity ID', 'Signing certificate'])
  })

  it('masks the secret, requires it on create, and defaults the generic scopes', () => {
    const fields = createForm(connector('oauth2'), authressEn)
    const secret = fields.find((field) => field.id === 'clientSecret')
    expect(secret).toMatchObject({ sensitive: true, required: true })
    expect(secret?.value).toBeUndefined()
    expect(fields.find((field) => field.id === 'scope')?.default_value).toBe('openid profile email')
  })
})

describe('toAuthressConnection', () => {
  it('fills in the preset URLs of Google', () => {
    expect(
      toAuthressConnection(connector('google'), {
        name: 'Google',
        clientId: 'cid',
        clientSecret: 'shh',
        scope: 'openid profile email',
      }),
    ).toEqual({
      type: 'OAUTH2',
      authenticationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
      tokenUrl: 'https://oauth2.googleapis.com/token',
      issuerUrl: 'https://accounts.google.com',
      clientId: 'cid',
      clientSecret: 'shh',
      defaultConnectionProperties: { scope: 'openid profile email' },
      data: { name: 'Google' },
    })
  })

  it('builds the Entra ID and Okta URLs from the one value they ask for', () => {
    const entra = toAuthressConnection(connector('microsoft-entra-id'), { tenantId: 'contoso-id' })
    expect(entra.authenticationUrl).toBe(
      'https://login.microsoftonline.com/contoso-id/oauth2/v2.0/authorize',
    )
    expect(entra.issuerUrl).toBe('https://login.microsoftonline.com/contoso-id/v2.0')
    const okta = toAuthressConnection(connector('okta'), { oktaDomain: 'https://acme.okta.com/' })
    expect(okta.authenticationUrl).toBe('https://acme.okta.com/oauth2/v1/authorize')
    expect(okta.tokenUrl).toBe('https://acme.okta.com/oauth2/v1/token')
  })

  it('maps the SAML form onto SSO URL, entity ID and certificate', () => {
    expect(
      toAuthressConnection(connector('saml2'), {
        name: 'Acme SSO',
        authenticationUrl: 'https://idp.acme.test/sso',
        issuerUrl: 'urn:acme',
        providerCertificate: 'MIIC',
      }),
    ).toEqual({
      type: 'SAML2',
      authenticationUrl: 'https://idp.acme.test/sso',
      issuerUrl: 'urn:acme',
      providerCertificate: 'MIIC',
      data: { name: 'Acme SSO' },
    })
  })

  it('merges an edit over the stored connection: unknown and unsent properties kept, read-only dropped', () => {
    const stored: AuthressConnection = {
      connectionId: 'c1',
      type: 'OAUTH2',
      authenticationUrl: 'https://login.acme.test/authorize',
      tokenUrl: 'https://login.acme.test/token',
      issuerUrl: 'https://login.acme.test',
      clientId: 'old',
      clientSecret: 'stored-secret',
      data: { name: 'Old', supportedContentType: 'application/json', userIdExpression: '{sub}' },
      defaultConnectionProperties: { scope: 'openid', prompt: 'login' },
      tags: { env: 'prod' },
      linkingConfiguration: { type: 'EXPLICIT' },
      createdTime: '2026-01-01T00:00:00Z',
      lastUpdated: '2026-01-02T00:00:00Z',
      isActiveConnection: true,
    }
    const next = toAuthressConnection(
      connector('oauth2'),
      { name: 'New', clientSecret: '', issuerUrl: '', scope: 'openid email' },
      stored,
    )
    expect(next).toEqual({
      connectionId: 'c1',
      type: 'OAUTH2',
      authenticationUrl: 'https://login.acme.test/authorize',
      tokenUrl: 'https://login.acme.test/token',
      clientId: 'old',
      // A blank secret keeps the stored one.
      clientSecret: 'stored-secret',
      data: { name: 'New', supportedContentType: 'application/json', userIdExpression: '{sub}' },
      defaultConnectionProperties: { scope: 'openid email', prompt: 'login' },
      tags: { env: 'prod' },
      linkingConfiguration: { type: 'EXPLICIT' },
    })
  })

  it('replaces the stored secret when a new one is typed', () => {
    const next = toAuthressConnection(
      connector('google'),
      { clientSecret: ' new-secret ' },
      { connectionId: 'g', clientSecret: 'old' },
    )
    expect(next.clientSecret).toBe('new-secret')
  })
})

describe('editForm and readableSettings', () => {
  const stored = {
    connectionId: 'okta-acme',
    type: 'OAUTH2',
    authenticationUrl: 'https://acme.okta.com/oauth2/v1/authorize',
    clientId: 'cid',
    clientSecret: 'returned-by-mistake',
    data: { name: 'Acme Okta' },
    defaultConnectionProperties: { scope: 'openid' },
  }

  it('prefills every field but the secret, and shows the id to copy', () => {
    const fields = editForm(connector('okta'), stored, authressEn)
    const value = (id: string) => fields.find((field) => field.id === id)?.value
    expect(value('name')).toBe('Acme Okta')
    expect(value('oktaDomain')).toBe('acme.okta.com')
    expect(value('clientId')).toBe('cid')
    expect(value('scope')).toBe('openid')
    expect(value('clientSecret')).toBeUndefined()
    expect(fields.find((field) => field.id === 'clientSecret')).toMatchObject({
      required: false,
      sensitive: true,
    })
    expect(fields.at(-1)).toMatchObject({ id: 'connectionId', type: 'copy', value: 'okta-acme' })
  })

  it('never reads the secret into the readable values', () => {
    const settings = readableSettings(connector('okta'), stored)
    expect(JSON.stringify(settings)).not.toContain('returned-by-mistake')
    expect(
      readableSettings(connector('microsoft-entra-id'), {
        authenticationUrl: 'https://login.microsoftonline.com/t-1/oauth2/v2.0/authorize',
      }).tenantId,
    ).toBe('t-1')
  })
})

describe('the forms in another language', () => {
  it('labels a German create form from authressDe', () => {
    expect(createForm(connector('microsoft-entra-id'), authressDe).map((f) => f.label)).toEqual([
      'Anzeigename',
      'Verzeichnis-ID (Mandant)',
      'Client-ID',
      'Geheimer Clientschlüssel',
      'Bereiche',
    ])
    const saml = createForm(connector('saml2'), authressDe)
    expect(saml.map((f) => [f.id, f.label])).toEqual([
      ['name', 'Anzeigename'],
      ['authenticationUrl', 'SSO-URL'],
      ['issuerUrl', 'Entitäts-ID'],
      ['providerCertificate', 'Signaturzertifikat'],
    ])
    const generic = createForm(connector('oauth2'), authressDe)
    expect(generic.find((f) => f.id === 'tokenRequestFormat')?.options).toContainEqual({
      label: 'Formular (URL-codiert)',
      value: 'application/x-www-form-urlencoded',
    })
  })

  it('labels a German edit form, its secret hint and its copyable id', () => {
    const fields = editForm(
      connector('okta'),
      { connectionId: 'okta-acme', type: 'OAUTH2', data: { name: 'Acme' } },
      authressDe,
    )
    expect(fields.find((f) => f.id === 'clientSecret')?.description).toBe(
      'Leer lassen, um den aktuellen geheimen Schlüssel zu behalten.',
    )
    expect(fields.at(-1)).toMatchObject({ id: 'connectionId', label: 'Verbindungs-ID' })
  })
})
