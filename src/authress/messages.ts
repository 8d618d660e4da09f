/**
 * Every string the Authress adapter puts on the page, in English: the default, built into the
 * adapter. Translations are separate entries (`integrations-kit/authress/locales/de` …) passed as
 * the adapter's `messages`, so a host that does not translate ships none of them.
 *
 * A field's label is keyed by the field's id; where one id has another label on SAML forms, the
 * SAML label is `<id>.saml`. Product and protocol names (Okta, JSON) stay as they are in every
 * language.
 */
export const authressEn = {
  name: 'Display name',
  tenantId: 'Directory (tenant) ID',
  oktaDomain: 'Okta domain',
  authenticationUrl: 'Authorization URL',
  'authenticationUrl.saml': 'SSO URL',
  tokenUrl: 'Token URL',
  issuerUrl: 'Issuer',
  'issuerUrl.saml': 'Entity ID',
  providerCertificate: 'Signing certificate',
  clientId: 'Client ID',
  clientSecret: 'Client secret',
  'clientSecret.keep': 'Leave blank to keep the current secret.',
  scope: 'Scopes',
  tokenRequestFormat: 'Token request format',
  'tokenRequestFormat.form': 'Form (URL-encoded)',
  connectionId: 'Connection ID',
}

/** The Authress adapter's message table: one string per key of the English default. */
export type AuthressMessages = { [K in keyof typeof authressEn]: string }
