/**
 * Authress's connection records, written by hand from the Apache-2.0 SDK documentation (the
 * `ConnectionsApi` pages of authress-sdk.rs and authress-sdk.js, and `@authress/sdk`'s typings):
 * nothing here is copied or generated from an OpenAPI document. Every record is open (`[key]:
 * unknown`) because newer Authress versions add properties, and an edit must send them back.
 */

/** `Connection.type`. The adapter offers OAUTH2 and SAML2; the others are built-in sign-in methods. */
export type AuthressConnectionType =
  'OAUTH2' | 'SAML2' | 'WebAuthN' | 'PASSWORD' | 'OPENID-LEGACY' | (string & {})

/** How the token request is sent to the provider (`data.supportedContentType`). */
export type AuthressTokenRequestFormat = 'application/json' | 'application/x-www-form-urlencoded'

/** `Connection.data`: the display name and provider-specific extras. */
export interface AuthressConnectionData {
  /** The name shown for this connection. */
  name?: string | null
  tenantId?: string | null
  supportedContentType?: AuthressTokenRequestFormat | null
  [key: string]: unknown
}

/** An identity provider configured in an Authress account (`GET /v1/connections/{connectionId}`). */
export interface AuthressConnection {
  type?: AuthressConnectionType
  connectionId?: string | null
  /** The provider's authorization URL (OAuth) or SSO URL (SAML). */
  authenticationUrl?: string
  tokenUrl?: string | null
  /** The JWT `iss` (OAuth) or Entity ID (SAML). */
  issuerUrl?: string | null
  /** The SAML IdP's signing certificate. */
  providerCertificate?: string | null
  clientId?: string | null
  /** Write-only in practice: the adapter never reads it back into the UI. */
  clientSecret?: string | null
  data?: AuthressConnectionData | null
  /** Default request properties, such as `scope`. */
  defaultConnectionProperties?: Record<string, string> | null
  tags?: Record<string, string> | null
  /** Read-only. */
  createdTime?: string
  /** Read-only. */
  lastUpdated?: string
  /** Read-only. */
  isActiveConnection?: boolean
  [key: string]: unknown
}

/** The properties Authress sets itself: never sent in a create or an update. */
export const AUTHRESS_READ_ONLY_PROPERTIES = [
  'createdTime',
  'lastUpdated',
  'isActiveConnection',
] as const

/** A link of a collection (`links.next.href` is an absolute URL on Authress's own host). */
export interface AuthressLink {
  href: string
  rel?: string
}

/** One page of `GET /v1/connections`. */
export interface AuthressConnectionCollection {
  connections: AuthressConnection[]
  pagination?: { next?: { cursor: string } | null } | null
  links?: { self?: AuthressLink; next?: AuthressLink | null } | null
}

/** `GET /v1/connections/{connectionId}/users/{userId}/credentials`. */
export interface AuthressUserConnectionCredentials {
  accessToken: string
}

/** The body Authress sends with an error (every property optional). */
export interface AuthressErrorBody {
  /** Human-readable and unstable. */
  title?: string
  /** Stable but non-exhaustive. */
  errorCode?: string
  /** The request's id, to quote to support. */
  errorId?: string
}
