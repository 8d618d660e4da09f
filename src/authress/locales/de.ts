/**
 * The Authress adapter's German messages, a separate entry (`integrations-kit/authress/locales/de`) so a
 * page that does not translate ships none of them. Usage:
 * `createAuthressAdapter({ …, messages: authressDe })`. Wording follows Microsoft Entra's German portal where
 * the terms are the same.
 */
import type { AuthressMessages } from '../messages'

export const authressDe: AuthressMessages = {
  name: 'Anzeigename',
  tenantId: 'Verzeichnis-ID (Mandant)',
  oktaDomain: 'Okta-Domäne',
  authenticationUrl: 'Autorisierungs-URL',
  ssoUrl: 'SSO-URL',
  tokenUrl: 'Token-URL',
  issuerUrl: 'Aussteller',
  entityId: 'Entitäts-ID',
  providerCertificate: 'Signaturzertifikat',
  clientId: 'Client-ID',
  clientSecret: 'Geheimer Clientschlüssel',
  keepSecret: 'Leer lassen, um den aktuellen geheimen Schlüssel zu behalten.',
  scope: 'Bereiche',
  tokenRequestFormat: 'Format der Tokenanforderung',
  urlEncoded: 'Formular (URL-codiert)',
  connectionId: 'Verbindungs-ID',
}
