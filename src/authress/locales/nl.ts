/**
 * The Authress adapter's Dutch messages, a separate entry (`integrations-kit/authress/locales/nl`) so a
 * page that does not translate ships none of them. Usage:
 * `createAuthressAdapter({ …, messages: authressNl })`. Wording follows Microsoft Entra's Dutch portal where
 * the terms are the same.
 */
import type { AuthressMessages } from '../messages'

export const authressNl: AuthressMessages = {
  name: 'Weergavenaam',
  tenantId: 'Directory-ID (tenant)',
  oktaDomain: 'Okta-domein',
  authenticationUrl: 'Autorisatie-URL',
  ssoUrl: 'SSO-URL',
  tokenUrl: 'Token-URL',
  issuerUrl: 'Verlener',
  entityId: 'Entiteits-ID',
  providerCertificate: 'Handtekeningcertificaat',
  clientId: 'Client-ID',
  clientSecret: 'Clientgeheim',
  keepSecret: 'Laat leeg om het huidige geheim te behouden.',
  scope: 'Bereiken',
  tokenRequestFormat: 'Indeling van de tokenaanvraag',
  urlEncoded: 'Formulier (URL-gecodeerd)',
  connectionId: 'Verbindings-ID',
}
