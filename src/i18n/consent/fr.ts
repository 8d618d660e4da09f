/** French messages of the data-scope consent part (see ./en.ts). */
import type { Message } from '../format'
import type { consentEn } from './en'

export const consentFr: Record<keyof typeof consentEn, Message> = {
  'consent.title': 'Accès aux données demandé',
  'consent.titleUpdated': 'Nouvelles autorisations demandées',
  'consent.titleHistory': 'Accès aux données',
  'consent.lead.pending':
    '{name} demande à lire et à modifier les données ci-dessous. Acceptez pour utiliser {name}.',
  'consent.lead.requires_reconsent':
    '{name} demande désormais plus d’accès que vous n’en avez accordé. Acceptez le nouvel accès pour continuer à utiliser {name}.',
  'consent.lead.denied':
    'Vous avez refusé à {name} l’accès à ces données. Acceptez pour utiliser {name}.',
  'consent.lead.revoked':
    'Vous avez révoqué l’accès de {name} à ces données. Acceptez pour l’utiliser à nouveau.',
  'consent.leadHistory': 'Ce que {name} peut lire et modifier, et les décisions prises jusqu’ici.',
  'consent.scopes': 'Accès demandé par {name}',
  'consent.all': 'Accès complet aux données',
  'consent.allDescription':
    '{name} peut lire et modifier toutes les données, dans chaque ressource.',
  'consent.read': 'Lecture',
  'consent.write': 'Écriture',
  'consent.readWrite': 'Lecture et écriture',
  'consent.new': 'Nouveau',
  'consent.fields': { one: '{count} champ', other: '{count} champs' },
  'consent.accept': 'Accepter',
  'consent.accepting': 'Acceptation…',
  'consent.deny': 'Refuser',
  'consent.denyTitle': 'Refuser l’accès ?',
  'consent.denyDescription':
    '{name} ne pourra ni lire ni modifier ces données, et ne pourra pas être utilisé tant que vous n’aurez pas accepté. Vous pourrez accorder l’accès plus tard.',
  'consent.denyConfirm': 'Refuser l’accès',
  'consent.denying': 'Refus…',
  'consent.revoke': 'Révoquer l’accès',
  'consent.revokeTitle': 'Révoquer l’accès ?',
  'consent.revokeDescription':
    '{name} cesse dès maintenant de lire et de modifier vos données, et ne pourra pas être utilisé tant que vous n’aurez pas accordé l’accès à nouveau.',
  'consent.revokeConfirm': 'Révoquer l’accès',
  'consent.revoking': 'Révocation…',
  'consent.cancel': 'Annuler',
  'consent.granted': 'Vous avez accordé à {name} l’accès à vos données.',
  'consent.denied': 'Vous avez refusé à {name} l’accès à vos données.',
  'consent.revoked': 'Vous avez révoqué l’accès de {name} à vos données.',
  'consent.history': 'Historique',
  'consent.historyLoading': 'Chargement de l’historique des consentements…',
  'consent.historyError': 'L’historique des consentements n’a pas pu être chargé.',
  'consent.saveError':
    'Votre décision sur l’accès aux données de {name} n’a pas pu être enregistrée.',
  'consent.historyEmpty': 'Aucune décision pour l’instant.',
  'consent.record.granted': 'Accordé',
  'consent.record.denied': 'Refusé',
  'consent.record.revoked': 'Révoqué',
  'consent.record.all': 'Toutes les données',
  'consent.record.scope': '{resources}, {fields}',
  'consent.record.resources': { one: '{count} ressource', other: '{count} ressources' },
}
