/**
 * Every string the Authress adapter puts on the page, in English: the default, built into the
 * adapter. Translations are separate entries (`integrations-kit/authress/locales/de` …) passed as
 * the adapter's `messages`, so a host that does not translate ships none of them.
 *
 * A field's label is keyed by the field's id; the SAML form's labels of the same URLs (`ssoUrl`,
 * `entityId`), the secret's hint and an option label have keys of their own. Product and protocol names (Okta, JSON) stay as they are in every
 * language.
 */
export const authressEn = {
  name: 'Display name',
  tenantId: 'Directory (tenant) ID',
  oktaDomain: 'Okta domain',
  authenticationUrl: 'Authorization URL',
  ssoUrl: 'SSO URL',
  tokenUrl: 'Token URL',
  issuerUrl: 'Issuer',
  entityId: 'Entity ID',
  providerCertificate: 'Signing certificate',
  clientId: 'Client ID',
  clientSecret: 'Client secret',
  keepSecret: 'Leave blank to keep the current secret.',
  scope: 'Scopes',
  tokenRequestFormat: 'Token request format',
  urlEncoded: 'Form (URL-encoded)',
  connectionId: 'Connection ID',
}

/** The Authress adapter's message table: one string per key of the English default. */
export type AuthressMessages = { [K in keyof typeof authressEn]: string }
