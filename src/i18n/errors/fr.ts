import type { Message } from '../format'
import type { ErrorsMessageKey } from './en'

/** French messages for failures. */
export const errorsFr = {
  'errors.sentence': '{summary} {reason}',

  'errors.summary.catalog': 'Impossible de charger les intégrations.',
  'errors.summary.details': 'Impossible de charger les détails de {name}.',
  'errors.summary.enable': 'Impossible d’activer {name}.',
  'errors.summary.disable': 'Impossible de désactiver {name}.',
  'errors.summary.settingsLoad': 'Impossible de charger les paramètres.',
  'errors.summary.deleteDialog': 'Impossible de charger la confirmation de suppression.',
  'errors.summary.settingsSave': 'Impossible d’enregistrer les paramètres de {name}.',
  'errors.summary.resourceLoad': 'Impossible de charger les valeurs par défaut de {resource}.',
  'errors.summary.resourceSave': 'Impossible d’enregistrer les valeurs par défaut de {resource}.',
  'errors.summary.add': 'Impossible d’ajouter {name}.',
  'errors.summary.create': 'La connexion {name} n’a pas pu être créée.',
  'errors.summary.credentials': 'Vos identifiants {name} n’ont pas pu être vérifiés.',
  'errors.summary.connect': 'Impossible de connecter {name}.',
  'errors.summary.import': 'Impossible d’importer les identifiants de {name}.',
  'errors.summary.delete': 'Impossible de supprimer {name}.',
  'errors.summary.validate': 'Impossible de tester la connexion à {name}.',
  'errors.summary.revoke': 'Impossible de déconnecter {name}.',

  'errors.reason.invalidValues':
    'Certaines valeurs n’ont pas été acceptées. Vérifiez-les et réessayez.',
  'errors.reason.rejected':
    'La requête n’a pas été acceptée. Si le problème persiste, contactez le support.',
  'errors.reason.session': 'Votre session a expiré ou n’est plus valide. Reconnectez-vous.',
  'errors.reason.plan':
    'Votre offre n’inclut pas cette fonctionnalité. Demandez à un administrateur de la faire évoluer.',
  'errors.reason.permission':
    'Vous n’avez pas l’autorisation de faire cela. Adressez-vous à un administrateur.',
  'errors.reason.permissionScope':
    'Il faut l’autorisation {scope}, qui n’a pas été accordée. Demandez à un administrateur de l’accorder.',
  'errors.reason.notFound': 'Cet élément n’existe plus. Rechargez la page pour voir l’état actuel.',
  'errors.reason.conflict':
    'Il a été modifié ailleurs au même moment. Rechargez la page et réessayez.',
  'errors.reason.rateLimited':
    'Il y a trop de requêtes en ce moment. Patientez un instant et réessayez.',
  'errors.reason.rateLimitedWait': {
    one: 'Il y a trop de requêtes en ce moment. Réessayez dans {count} seconde.',
    other: 'Il y a trop de requêtes en ce moment. Réessayez dans {count} secondes.',
  },
  'errors.reason.rateLimitedRetried':
    'Il y a trop de requêtes en ce moment, même après de nouvelles tentatives automatiques. Réessayez plus tard.',
  'errors.reason.server': 'Le service a rencontré un problème. Réessayez dans un instant.',
  'errors.reason.serverRetried':
    'Le service a rencontré un problème, même après de nouvelles tentatives automatiques. Réessayez plus tard.',
  'errors.reason.offline':
    'Le service est injoignable. Vérifiez votre connexion Internet et réessayez.',
  'errors.reason.offlineRetried':
    'Le service reste injoignable, même après de nouvelles tentatives automatiques. Vérifiez votre connexion Internet et réessayez plus tard.',
  'errors.reason.timeout': 'Le service a mis trop de temps à répondre. Réessayez.',
  'errors.reason.timeoutRetried':
    'Le service a mis trop de temps à répondre, même après de nouvelles tentatives automatiques. Réessayez plus tard.',
  'errors.reason.unreadable':
    'Le service a envoyé une réponse illisible. Réessayez ; si le problème persiste, contactez le support.',
  'errors.reason.cancelled': 'La requête a été annulée. Réessayez.',
  'errors.reason.unsupported': 'Ce n’est pas disponible pour cette intégration.',
  'errors.reason.notDownloaded':
    'Une partie de la page n’a pas pu être téléchargée. Vérifiez votre connexion Internet et réessayez.',
  'errors.reason.notDownloadedRetried':
    'Une partie de la page n’a toujours pas pu être téléchargée. Rechargez la page pour réessayer.',
  'errors.reason.unexpected':
    'Une erreur s’est produite. Réessayez ; si le problème persiste, contactez le support.',
  'errors.reason.noAuthorizeUrl':
    'Son adresse de connexion est manquante ou n’est pas sûre. Contactez le support.',
  'errors.reason.noRevokeUrl':
    'Son adresse de déconnexion est manquante ou n’est pas sûre. Contactez le support.',

  'errors.retry': 'Réessayer',
  'errors.reload': 'Recharger la page',
  'errors.details': 'Détails',
  'errors.details.status': 'Statut {status}',
  'errors.details.failure': 'Échec {failure}',
  'errors.details.code': 'Code {code}',
  'errors.details.reference': 'Référence {requestId}',
} as const satisfies Record<ErrorsMessageKey, Message>
