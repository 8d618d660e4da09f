/** German messages of the data-scope consent part (see ./en.ts). */
import type { Message } from '../format'
import type { consentEn } from './en'

export const consentDe: Record<keyof typeof consentEn, Message> = {
  'consent.title': 'Angefragter Datenzugriff',
  'consent.titleUpdated': 'Geänderte Berechtigungen angefragt',
  'consent.titleHistory': 'Datenzugriff',
  'consent.lead.pending':
    '{name} möchte die unten aufgeführten Daten lesen und schreiben. Stimmen Sie zu, um {name} zu nutzen.',
  'consent.lead.requires_reconsent':
    '{name} fragt jetzt mehr Zugriff an, als Sie erteilt haben. Stimmen Sie dem geänderten Zugriff zu, um {name} weiter zu nutzen.',
  'consent.lead.denied':
    'Sie haben {name} den Zugriff auf diese Daten verweigert. Stimmen Sie zu, um {name} zu nutzen.',
  'consent.lead.revoked':
    'Sie haben den Zugriff von {name} auf diese Daten widerrufen. Stimmen Sie zu, um {name} wieder zu nutzen.',
  'consent.leadHistory': 'Was {name} lesen und schreiben darf, und die bisherigen Entscheidungen.',
  'consent.scopes': 'Von {name} angefragter Zugriff',
  'consent.all': 'Vollständiger Datenzugriff',
  'consent.allDescription': '{name} kann alle Daten in jeder Ressource lesen und schreiben.',
  'consent.read': 'Lesen',
  'consent.write': 'Schreiben',
  'consent.readWrite': 'Lesen und schreiben',
  'consent.new': 'Neu',
  'consent.fields': { one: '{count} Feld', other: '{count} Felder' },
  'consent.accept': 'Zustimmen',
  'consent.accepting': 'Wird zugestimmt…',
  'consent.deny': 'Ablehnen',
  'consent.denyTitle': 'Zugriff verweigern?',
  'consent.denyDescription':
    '{name} kann diese Daten dann weder lesen noch schreiben und ist nicht nutzbar, bis Sie zustimmen. Sie können den Zugriff später erteilen.',
  'consent.denyConfirm': 'Zugriff verweigern',
  'consent.denying': 'Wird verweigert…',
  'consent.revoke': 'Zugriff widerrufen',
  'consent.revokeTitle': 'Zugriff widerrufen?',
  'consent.revokeDescription':
    '{name} liest und schreibt Ihre Daten ab sofort nicht mehr und ist nicht nutzbar, bis Sie den Zugriff erneut erteilen.',
  'consent.revokeConfirm': 'Zugriff widerrufen',
  'consent.revoking': 'Wird widerrufen…',
  'consent.cancel': 'Abbrechen',
  'consent.granted': 'Sie haben {name} den Zugriff auf Ihre Daten erteilt.',
  'consent.denied': 'Sie haben {name} den Zugriff auf Ihre Daten verweigert.',
  'consent.revoked': 'Sie haben den Zugriff von {name} auf Ihre Daten widerrufen.',
  'consent.history': 'Verlauf',
  'consent.historyLoading': 'Der Zustimmungsverlauf wird geladen…',
  'consent.historyError': 'Der Zustimmungsverlauf konnte nicht geladen werden.',
  'consent.saveError':
    'Ihre Entscheidung zum Datenzugriff von {name} konnte nicht gespeichert werden.',
  'consent.historyEmpty': 'Noch keine Entscheidungen.',
  'consent.record.granted': 'Erteilt',
  'consent.record.denied': 'Verweigert',
  'consent.record.revoked': 'Widerrufen',
  'consent.record.all': 'Alle Daten',
  'consent.record.scope': '{resources}, {fields}',
  'consent.record.resources': { one: '{count} Ressource', other: '{count} Ressourcen' },
}
