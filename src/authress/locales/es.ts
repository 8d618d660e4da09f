/**
 * The Authress adapter's Spanish messages, a separate entry (`integrations-kit/authress/locales/es`) so a
 * page that does not translate ships none of them. Usage:
 * `createAuthressAdapter({ …, messages: authressEs })`. Wording follows Microsoft Entra's Spanish portal where
 * the terms are the same.
 */
import type { AuthressMessages } from '../messages'

export const authressEs: AuthressMessages = {
  name: 'Nombre para mostrar',
  tenantId: 'ID de directorio (inquilino)',
  oktaDomain: 'Dominio de Okta',
  authenticationUrl: 'URL de autorización',
  ssoUrl: 'URL de SSO',
  tokenUrl: 'URL del token',
  issuerUrl: 'Emisor',
  entityId: 'ID de entidad',
  providerCertificate: 'Certificado de firma',
  clientId: 'ID de cliente',
  clientSecret: 'Secreto de cliente',
  keepSecret: 'Déjalo en blanco para mantener el secreto actual.',
  scope: 'Ámbitos',
  tokenRequestFormat: 'Formato de la solicitud de token',
  urlEncoded: 'Formulario (codificado como URL)',
  connectionId: 'ID de conexión',
}
