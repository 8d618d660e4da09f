import type { Message } from '../format'
import type { LogsMessageKey } from './en'

/** German messages of the logs family. */
export const logsDe = {
  'logs.heading': 'Anfrageprotokoll',
  'logs.lead': 'Die letzten Anfragen an {name}, die für Ihr Konto gestellt wurden.',
  'logs.show': 'Protokoll anzeigen',
  'logs.hide': 'Protokoll ausblenden',
  'logs.loading': 'Anfrageprotokoll wird geladen…',
  'logs.empty': 'Noch keine Anfragen an {name}.',
  'logs.error': 'Das Anfrageprotokoll von {name} konnte nicht geladen werden.',
  'logs.column.time': 'Zeit',
  'logs.column.request': 'Anfrage',
  'logs.column.status': 'Status',
  'logs.column.latency': 'Dauer',
  'logs.status.success': 'Erfolgreich',
  'logs.status.redirect': 'Umgeleitet',
  'logs.status.clientError': 'Abgelehnt',
  'logs.status.serverError': 'Serverfehler',
  'logs.status.other': 'Sonstiges',
  'logs.ms': '{ms} ms',
  'logs.detail.time': 'Zeit',
  'logs.detail.operation': 'Vorgang',
  'logs.detail.status': 'Status',
  'logs.detail.timing': 'Zeitaufwand',
  'logs.detail.timingValue':
    '{total} ms insgesamt: {connector} ms bei {name}, {added} ms durch Apideck',
  'logs.detail.error': 'Fehler',
  'logs.detail.noError': 'Keiner',
  'logs.detail.id': 'Protokoll-ID',
  'logs.more': 'Mehr laden',
  'logs.loadingMore': 'Weitere werden geladen…',
  'logs.shown': { one: '{count} Anfrage angezeigt.', other: '{count} Anfragen angezeigt.' },
  'logs.end': 'Keine älteren Anfragen.',
} as const satisfies Record<LogsMessageKey, Message>
