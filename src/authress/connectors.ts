/**
 * The static catalog of the Authress adapter: Authress has no catalog endpoint, only connection
 * `type`s, so the adapter offers four presets of OAUTH2 (their provider URLs filled in or built
 * from one value) and the two generic types. An existing connection is matched back to its
 * connector by its type and the host of its authorization URL.
 */
import type { AuthressConnection } from './types'

/** How a connector's provider URLs are obtained. */
export type AuthressUrlSource =
  /** Fixed provider URLs (Google, GitHub). */
  | 'preset'
  /** Built from the Directory (tenant) ID (Microsoft Entra ID). */
  | 'tenant'
  /** Built from the Okta domain. */
  | 'domain'
  /** Entered in the form (generic OAuth 2.0 / OIDC, SAML 2.0). */
  | 'form'

export interface AuthressConnector {
  /** The catalog entry's `service_id`. */
  key: string
  label: string
  /** The catalog entry's `unified_api`. */
  category: 'social' | 'enterprise'
  type: 'OAUTH2' | 'SAML2'
  /** More than one connection of this connector may exist (one per customer IdP). */
  allowsMultiple: boolean
  urls: AuthressUrlSource
  /**
   * Authorization URL hosts that identify this connector (a leading dot matches any subdomain).
   * Empty for the generic connectors, which take every other connection of their type.
   */
  hosts: readonly string[]
  /** Provider URLs: literal, or templates with `{tenant}` / `{domain}`. */
  authenticationUrl?: string
  tokenUrl?: string
  issuerUrl?: string
  /** The default of the Scopes field. */
  scope?: string
}

export const AUTHRESS_CONNECTORS: readonly AuthressConnector[] = [
  {
    key: 'google',
    label: 'Google',
    category: 'social',
    type: 'OAUTH2',
    allowsMultiple: false,
    urls: 'preset',
    hosts: ['accounts.google.com'],
    authenticationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
    tokenUrl: 'https://oauth2.googleapis.com/token',
    issuerUrl: 'https://accounts.google.com',
    scope: 'openid profile email',
  },
  {
    key: 'github',
    label: 'GitHub',
    category: 'social',
    type: 'OAUTH2',
    allowsMultiple: false,
    urls: 'preset',
    hosts: ['github.com'],
    authenticationUrl: 'https://github.com/login/oauth/authorize',
    tokenUrl: 'https://github.com/login/oauth/access_token',
    scope: 'read:user user:email',
  },
  {
    key: 'microsoft-entra-id',
    label: 'Microsoft Entra ID',
    category: 'enterprise',
    type: 'OAUTH2',
    allowsMultiple: true,
    urls: 'tenant',
    hosts: ['login.microsoftonline.com'],
    authenticationUrl: 'https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize',
    tokenUrl: 'https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token',
    issuerUrl: 'https://login.microsoftonline.com/{tenant}/v2.0',
    scope: 'openid profile email',
  },
  {
    key: 'okta',
    label: 'Okta',
    category: 'enterprise',
    type: 'OAUTH2',
    allowsMultiple: true,
    urls: 'domain',
    hosts: ['.okta.com', '.oktapreview.com', '.okta-emea.com'],
    authenticationUrl: 'https://{domain}/oauth2/v1/authorize',
    tokenUrl: 'https://{domain}/oauth2/v1/token',
    issuerUrl: 'https://{domain}',
    scope: 'openid profile email',
  },
  {
    key: 'oauth2',
    label: 'OAuth 2.0 / OpenID Connect',
    category: 'enterprise',
    type: 'OAUTH2',
    allowsMultiple: true,
    urls: 'form',
    hosts: [],
    scope: 'openid profile email',
  },
  {
    key: 'saml2',
    label: 'SAML 2.0',
    category: 'enterprise',
    type: 'SAML2',
    allowsMultiple: true,
    urls: 'form',
    hosts: [],
  },
]

function hostOf(url: unknown): string | undefined {
  if (typeof url !== 'string') {
    return undefined
  }
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return undefined
  }
}

function hostMatches(host: string, pattern: string): boolean {
  return pattern.startsWith('.') ? host.endsWith(pattern) : host === pattern
}

export function connectorByKey(key: string): AuthressConnector | undefined {
  return AUTHRESS_CONNECTORS.find((connector) => connector.key === key)
}

/**
 * The connector a connection belongs to: a preset whose host matches its authorization URL, else
 * the generic connector of its type; undefined for the other types (WebAuthN, PASSWORD, …).
 */
export function connectorOf(connection: AuthressConnection): AuthressConnector | undefined {
  const type = connection.type ?? 'OAUTH2'
  const candidates = AUTHRESS_CONNECTORS.filter((connector) => connector.type === type)
  const host = hostOf(connection.authenticationUrl)
  const preset =
    host === undefined
      ? undefined
      : candidates.find((connector) =>
          connector.hosts.some((pattern) => hostMatches(host, pattern)),
        )
  return preset ?? candidates.find((connector) => connector.hosts.length === 0)
}
