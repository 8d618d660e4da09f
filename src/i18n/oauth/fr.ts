import type { OAuthMessageKey } from './en'

/** French strings for the OAuth flow. */
export const oauthFr = {
  'oauth.connect': 'Connecter',
  'oauth.reauthorize': 'Autoriser à nouveau',
  'oauth.waiting': 'En attente de {name}…',
  'oauth.confirming': 'Finalisation de la connexion à {name}…',
  'oauth.success': 'Connecté à {name}',
  'oauth.cancel': 'Annuler',
  'oauth.blocked': 'Votre navigateur a bloqué la fenêtre de connexion',
  'oauth.blockedHelp': 'Autorisez les fenêtres pop-up pour ce site ou continuez dans cet onglet.',
  'oauth.blockedHelpNoTab': 'Autorisez les fenêtres pop-up pour ce site, puis réessayez.',
  'oauth.tryAgain': 'Réessayer',
  'oauth.continueInTab': 'Continuer dans cet onglet',
  'oauth.closed': 'Toujours en attente ? La fenêtre de connexion a été fermée.',
  'oauth.reopen': 'Rouvrir',
  'oauth.error': 'Impossible de se connecter à {name}',
  'oauth.denied': "L'accès à {name} a été refusé.",
  'oauth.providerMessage': 'Message du fournisseur : « {message} »',
  'oauth.needsSettings': 'Renseignez les paramètres requis avant de connecter {name}.',
  'oauth.needsConfiguration':
    "{name} n'est pas encore configuré. Demandez à un administrateur de le configurer.",
  'oauth.disconnect': 'Déconnecter',
  'oauth.revoking': 'Déconnexion de {name}…',
  'oauth.revoked': 'Déconnecté de {name}',
  'oauth.revokeError': 'Impossible de déconnecter {name}',
} as const satisfies Record<OAuthMessageKey, string>
