/**
 * The Authress adapter's French messages, a separate entry (`integrations-kit/authress/locales/fr`) so a
 * page that does not translate ships none of them. Usage:
 * `createAuthressAdapter({ …, messages: authressFr })`. Wording follows Microsoft Entra's French portal where
 * the terms are the same.
 */
import type { AuthressMessages } from '../messages'

export const authressFr: AuthressMessages = {
  name: 'Nom d’affichage',
  tenantId: 'ID de l’annuaire (locataire)',
  oktaDomain: 'Domaine Okta',
  authenticationUrl: 'URL d’autorisation',
  ssoUrl: 'URL SSO',
  tokenUrl: 'URL du jeton',
  issuerUrl: 'Émetteur',
  entityId: 'ID d’entité',
  providerCertificate: 'Certificat de signature',
  clientId: 'ID client',
  clientSecret: 'Secret client',
  keepSecret: 'Laissez vide pour conserver le secret actuel.',
  scope: 'Étendues',
  tokenRequestFormat: 'Format de la demande de jeton',
  urlEncoded: 'Formulaire (encodé en URL)',
  connectionId: 'ID de connexion',
}
