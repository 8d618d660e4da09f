/**
 * Deterministic Authress connections for tests, stories and demos, as Authress stores them (client
 * secrets included: the mock never returns them). The first two are the one-per-account social
 * presets (Google, GitHub); the rest cycle through Okta, Microsoft Entra ID, a generic OAuth 2.0
 * provider and SAML 2.0 identity providers, one per made-up customer.
 */
import type { AuthressConnection } from '../authress/types'
import { fixtureCustomer } from './fixture-customers'
import { createRandom } from './random'

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-')
}

function hex(random: ReturnType<typeof createRandom>, length: number): string {
  let text = ''
  for (let index = 0; index < length; index++) {
    text += random.integer(0, 15).toString(16)
  }
  return text
}

function enterprise(index: number, random: ReturnType<typeof createRandom>): AuthressConnection {
  const { label: name } = fixtureCustomer(index)
  const id = slug(name)
  const base = {
    createdTime: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
    tags: { customer: id },
  }
  switch (index % 4) {
    case 0:
      return {
        ...base,
        connectionId: `okta-${id}`,
        type: 'OAUTH2',
        authenticationUrl: `https://${id}.okta.com/oauth2/v1/authorize`,
        tokenUrl: `https://${id}.okta.com/oauth2/v1/token`,
        issuerUrl: `https://${id}.okta.com`,
        clientId: `0oa${hex(random, 12)}`,
        clientSecret: `okta-secret-${hex(random, 16)}`,
        data: { name: `${name} Okta` },
        defaultConnectionProperties: { scope: 'openid profile email' },
      }
    case 1: {
      const tenant = `${hex(random, 8)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 12)}`
      return {
        ...base,
        connectionId: `entra-${id}`,
        type: 'OAUTH2',
        authenticationUrl: `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize`,
        tokenUrl: `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/token`,
        issuerUrl: `https://login.microsoftonline.com/${tenant}/v2.0`,
        clientId: hex(random, 32),
        clientSecret: `entra-secret-${hex(random, 16)}`,
        data: { name: `${name} Entra ID` },
        defaultConnectionProperties: { scope: 'openid profile email' },
      }
    }
    case 2:
      return {
        ...base,
        connectionId: `oidc-${id}`,
        type: 'OAUTH2',
        authenticationUrl: `https://login.${id}.example/oauth2/authorize`,
        tokenUrl: `https://login.${id}.example/oauth2/token`,
        issuerUrl: `https://login.${id}.example`,
        clientId: `client-${hex(random, 8)}`,
        clientSecret: `oidc-secret-${hex(random, 16)}`,
        data: { name: `${name} SSO`, supportedContentType: 'application/x-www-form-urlencoded' },
        defaultConnectionProperties: { scope: 'openid profile email' },
      }
    default:
      return {
        ...base,
        connectionId: `saml-${id}`,
        type: 'SAML2',
        authenticationUrl: `https://idp.${id}.example/saml/sso`,
        issuerUrl: `urn:${id}:idp`,
        providerCertificate: `-----BEGIN CERTIFICATE-----\nMIIC${hex(random, 40)}\n-----END CERTIFICATE-----`,
        data: { name: `${name} SAML` },
      }
  }
}

/** `count` connections (default 12), the same for the same `seed` on every machine. */
export function generateAuthressConnections(count = 12, seed = 1): AuthressConnection[] {
  const random = createRandom(seed)
  const social: AuthressConnection[] = [
    {
      connectionId: 'google',
      type: 'OAUTH2',
      authenticationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
      tokenUrl: 'https://oauth2.googleapis.com/token',
      issuerUrl: 'https://accounts.google.com',
      clientId: `${hex(random, 12)}.apps.googleusercontent.com`,
      clientSecret: `GOCSPX-${hex(random, 20)}`,
      data: { name: 'Google' },
      defaultConnectionProperties: { scope: 'openid profile email' },
      createdTime: '2025-12-01T09:00:00.000Z',
    },
    {
      connectionId: 'github',
      type: 'OAUTH2',
      authenticationUrl: 'https://github.com/login/oauth/authorize',
      tokenUrl: 'https://github.com/login/oauth/access_token',
      clientId: `Iv1.${hex(random, 16)}`,
      clientSecret: hex(random, 40),
      data: { name: 'GitHub' },
      defaultConnectionProperties: { scope: 'read:user user:email' },
      createdTime: '2025-12-02T09:00:00.000Z',
    },
  ]
  const result = social.slice(0, count)
  for (let index = 0; result.length < count; index++) {
    result.push(enterprise(index, random))
  }
  return result
}
