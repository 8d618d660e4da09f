import type { OAuthMessageKey } from './en'

/** Spanish strings for the OAuth flow. */
export const oauthEs = {
  'oauth.connect': 'Conectar',
  'oauth.reauthorize': 'Volver a autorizar',
  'oauth.waiting': 'Esperando a {name}…',
  'oauth.confirming': 'Finalizando la conexión con {name}…',
  'oauth.success': 'Conectado a {name}',
  'oauth.cancel': 'Cancelar',
  'oauth.blocked': 'Tu navegador bloqueó la ventana de inicio de sesión',
  'oauth.blockedHelp':
    'Permite las ventanas emergentes para este sitio o continúa en esta pestaña.',
  'oauth.blockedHelpNoTab':
    'Permite las ventanas emergentes para este sitio y vuelve a intentarlo.',
  'oauth.tryAgain': 'Reintentar',
  'oauth.continueInTab': 'Continuar en esta pestaña',
  'oauth.closed': '¿Sigues esperando? Se cerró la ventana de inicio de sesión.',
  'oauth.reopen': 'Volver a abrir',
  'oauth.error': 'No se pudo conectar con {name}',
  'oauth.denied': 'Se denegó el acceso a {name}.',
  'oauth.providerMessage': 'Mensaje del proveedor: «{message}»',
  'oauth.needsSettings': 'Completa la configuración obligatoria antes de conectar {name}.',
  'oauth.needsConfiguration':
    '{name} aún no está configurado. Pide a un administrador que lo configure.',
  'oauth.disconnect': 'Desconectar',
  'oauth.revoking': 'Desconectando {name}…',
  'oauth.revoked': 'Desconectado de {name}',
  'oauth.revokeError': 'No se pudo desconectar {name}',
} as const satisfies Record<OAuthMessageKey, string>
