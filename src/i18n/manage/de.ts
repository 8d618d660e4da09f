import type { ManageMessageKey } from './en'

/** German messages of the manage family. */
export const manageDe = {
  'manage.group': '{name} verwalten',
  'manage.enabled': 'Aktiviert',
  'manage.enabledNow': '{name} ist aktiviert',
  'manage.disabledNow': '{name} ist deaktiviert',
  'manage.retry': 'Erneut versuchen',
  'manage.validate': 'Verbindung testen',
  'manage.validating': 'Verbindung wird getestet…',
  'manage.valid': 'Verbindung funktioniert',
  'manage.invalid': 'Ungültige Zugangsdaten – bitte Einstellungen aktualisieren',
  'manage.import': 'Zugangsdaten importieren',
  'manage.credentials': 'Meine Anmeldedaten prüfen',
  'manage.credentialsChecking': 'Ihre Anmeldedaten werden geprüft…',
  'manage.hasCredentials': 'Sie haben Anmeldedaten von {name}',
  'manage.noCredentials':
    'Noch keine Anmeldedaten von {name} — melden Sie sich zuerst mit {name} an.',
  'manage.delete': 'Verbindung löschen',
  'manage.deleteTitle': '{name} löschen?',
  'manage.deleteDescription':
    'Die Verbindung zu {name} wird mit Zugangsdaten, Einstellungen und Ressourcen-Standardwerten entfernt. Bereits synchronisierte Daten bleiben erhalten; Sie können {name} später erneut verbinden.',
  'manage.deleteDescriptionInstance':
    'Die Verbindung {name} wird mit ihren Einstellungen entfernt, und Anmeldungen darüber sind nicht mehr möglich. {connector} bleibt verfügbar, sodass Sie später wieder eine Verbindung hinzufügen können.',
  'manage.deleteCancel': 'Abbrechen',
  'manage.deleteConfirm': '{name} löschen',
  'manage.deleting': '{name} wird gelöscht…',
  'manage.deleted': '{name} wurde gelöscht',
} as const satisfies Record<ManageMessageKey, string>
