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
  'authenticationUrl.saml': 'SSO-URL',
  tokenUrl: 'Token-URL',
  issuerUrl: 'Aussteller',
  'issuerUrl.saml': 'Entitäts-ID',
  providerCertificate: 'Signaturzertifikat',
  clientId: 'Client-ID',
  clientSecret: 'Geheimer Clientschlüssel',
  'clientSecret.keep': 'Leer lassen, um den aktuellen geheimen Schlüssel zu behalten.',
  scope: 'Bereiche',
  tokenRequestFormat: 'Format der Tokenanforderung',
  'tokenRequestFormat.form': 'Formular (URL-codiert)',
  connectionId: 'Verbindungs-ID',
}
