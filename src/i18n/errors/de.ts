import type { Message } from '../format'
import type { ErrorsMessageKey } from './en'

/** German messages for failures. */
export const errorsDe = {
  'errors.sentence': '{summary} {reason}',

  'errors.summary.catalog': 'Die Integrationen konnten nicht geladen werden.',
  'errors.summary.details': 'Die Details von {name} konnten nicht geladen werden.',
  'errors.summary.enable': '{name} konnte nicht aktiviert werden.',
  'errors.summary.disable': '{name} konnte nicht deaktiviert werden.',
  'errors.summary.settingsLoad': 'Die Einstellungen konnten nicht geladen werden.',
  'errors.summary.deleteDialog': 'Die Löschbestätigung konnte nicht geladen werden.',
  'errors.summary.settingsSave': 'Die Einstellungen von {name} konnten nicht gespeichert werden.',
  'errors.summary.resourceLoad': 'Die Standardwerte für {resource} konnten nicht geladen werden.',
  'errors.summary.resourceSave':
    'Die Standardwerte für {resource} konnten nicht gespeichert werden.',
  'errors.summary.add': '{name} konnte nicht hinzugefügt werden.',
  'errors.summary.create': 'Die {name}-Verbindung konnte nicht erstellt werden.',
  'errors.summary.credentials': 'Ihre Zugangsdaten von {name} konnten nicht geprüft werden.',
  'errors.summary.connect': '{name} konnte nicht verbunden werden.',
  'errors.summary.import': 'Die Zugangsdaten für {name} konnten nicht importiert werden.',
  'errors.summary.delete': '{name} konnte nicht gelöscht werden.',
  'errors.summary.validate': 'Die Verbindung zu {name} konnte nicht getestet werden.',
  'errors.summary.revoke': 'Die Verbindung zu {name} konnte nicht getrennt werden.',

  'errors.reason.invalidValues':
    'Einige Werte wurden nicht akzeptiert. Prüfen Sie sie und versuchen Sie es erneut.',
  'errors.reason.rejected':
    'Die Anfrage wurde nicht angenommen. Wenn das weiterhin passiert, wenden Sie sich an den Support.',
  'errors.reason.session':
    'Ihre Sitzung ist abgelaufen oder nicht mehr gültig. Melden Sie sich erneut an.',
  'errors.reason.plan':
    'Ihr Tarif umfasst das nicht. Bitten Sie Ihre Administration, ihn zu erweitern.',
  'errors.reason.permission':
    'Sie haben keine Berechtigung dafür. Wenden Sie sich an Ihre Administration.',
  'errors.reason.permissionScope':
    'Dafür ist die Berechtigung {scope} nötig, die nicht erteilt wurde. Bitten Sie einen Administrator, sie zu erteilen.',
  'errors.reason.notFound':
    'Das gibt es nicht mehr. Laden Sie die Seite neu, um den aktuellen Stand zu sehen.',
  'errors.reason.conflict':
    'Es wurde gleichzeitig an anderer Stelle geändert. Laden Sie neu und versuchen Sie es erneut.',
  'errors.reason.rateLimited':
    'Gerade gibt es zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.',
  'errors.reason.rateLimitedWait': {
    one: 'Gerade gibt es zu viele Anfragen. Versuchen Sie es in {count} Sekunde erneut.',
    other: 'Gerade gibt es zu viele Anfragen. Versuchen Sie es in {count} Sekunden erneut.',
  },
  'errors.reason.rateLimitedRetried':
    'Gerade gibt es zu viele Anfragen, auch nach automatischen Wiederholungen. Versuchen Sie es später erneut.',
  'errors.reason.server':
    'Beim Dienst ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.',
  'errors.reason.serverRetried':
    'Beim Dienst ist ein Problem aufgetreten, auch nach automatischen Wiederholungen. Versuchen Sie es später erneut.',
  'errors.reason.offline':
    'Der Dienst ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'errors.reason.offlineRetried':
    'Der Dienst ist auch nach automatischen Wiederholungen nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es später erneut.',
  'errors.reason.timeout': 'Der Dienst hat zu lange nicht geantwortet. Versuchen Sie es erneut.',
  'errors.reason.timeoutRetried':
    'Der Dienst hat auch nach automatischen Wiederholungen zu lange nicht geantwortet. Versuchen Sie es später erneut.',
  'errors.reason.unreadable':
    'Der Dienst hat eine Antwort gesendet, die nicht gelesen werden konnte. Versuchen Sie es erneut; wenn das weiterhin passiert, wenden Sie sich an den Support.',
  'errors.reason.cancelled': 'Die Anfrage wurde abgebrochen. Versuchen Sie es erneut.',
  'errors.reason.unsupported': 'Das ist für diese Integration nicht verfügbar.',
  'errors.reason.notDownloaded':
    'Ein Teil der Seite konnte nicht heruntergeladen werden. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'errors.reason.notDownloadedRetried':
    'Ein Teil der Seite konnte weiterhin nicht heruntergeladen werden. Laden Sie die Seite neu, um es erneut zu versuchen.',
  'errors.reason.unexpected':
    'Etwas ist schiefgelaufen. Versuchen Sie es erneut; wenn das weiterhin passiert, wenden Sie sich an den Support.',
  'errors.reason.noAuthorizeUrl':
    'Die Anmeldeadresse fehlt oder ist nicht sicher. Wenden Sie sich an den Support.',
  'errors.reason.noRevokeUrl':
    'Die Abmeldeadresse fehlt oder ist nicht sicher. Wenden Sie sich an den Support.',

  'errors.retry': 'Erneut versuchen',
  'errors.reload': 'Seite neu laden',
  'errors.details': 'Details',
  'errors.details.status': 'Status {status}',
  'errors.details.failure': 'Fehler {failure}',
  'errors.details.code': 'Code {code}',
  'errors.details.reference': 'Referenz {requestId}',
} as const satisfies Record<ErrorsMessageKey, Message>
