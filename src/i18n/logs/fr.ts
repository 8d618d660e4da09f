import type { Message } from '../format'
import type { LogsMessageKey } from './en'

/** French messages of the logs family. */
export const logsFr = {
  'logs.heading': 'Journal des requêtes',
  'logs.lead': 'Les dernières requêtes envoyées à {name} pour votre compte.',
  'logs.show': 'Afficher le journal',
  'logs.hide': 'Masquer le journal',
  'logs.loading': 'Chargement du journal des requêtes…',
  'logs.empty': 'Aucune requête envoyée à {name} pour l’instant.',
  'logs.error': 'Le journal des requêtes de {name} n’a pas pu être chargé.',
  'logs.column.time': 'Heure',
  'logs.column.request': 'Requête',
  'logs.column.status': 'Statut',
  'logs.column.latency': 'Latence',
  'logs.status.success': 'Réussie',
  'logs.status.redirect': 'Redirigée',
  'logs.status.clientError': 'Refusée',
  'logs.status.serverError': 'Erreur du serveur',
  'logs.status.other': 'Autre',
  'logs.ms': '{ms} ms',
  'logs.detail.time': 'Heure',
  'logs.detail.operation': 'Opération',
  'logs.detail.status': 'Statut',
  'logs.detail.timing': 'Durée',
  'logs.detail.timingValue':
    '{total} ms au total : {connector} ms chez {name}, {added} ms ajoutées par Apideck',
  'logs.detail.error': 'Erreur',
  'logs.detail.noError': 'Aucune',
  'logs.detail.id': 'ID du journal',
  'logs.more': 'Charger plus',
  'logs.loadingMore': 'Chargement…',
  'logs.shown': { one: '{count} requête affichée.', other: '{count} requêtes affichées.' },
  'logs.end': 'Aucune requête plus ancienne.',
} as const satisfies Record<LogsMessageKey, Message>
