import type { Message } from '../format'
import type { LogsMessageKey } from './en'

/** Dutch messages of the logs family. */
export const logsNl = {
  'logs.heading': 'Verzoeklogboek',
  'logs.lead': 'De recente verzoeken aan {name} die voor je account zijn gedaan.',
  'logs.show': 'Logboek tonen',
  'logs.hide': 'Logboek verbergen',
  'logs.loading': 'Verzoeklogboek laden…',
  'logs.empty': 'Nog geen verzoeken aan {name}.',
  'logs.error': 'Het verzoeklogboek van {name} kon niet worden geladen.',
  'logs.column.time': 'Tijd',
  'logs.column.request': 'Verzoek',
  'logs.column.status': 'Status',
  'logs.column.latency': 'Latentie',
  'logs.status.success': 'Geslaagd',
  'logs.status.redirect': 'Doorgestuurd',
  'logs.status.clientError': 'Geweigerd',
  'logs.status.serverError': 'Serverfout',
  'logs.status.other': 'Overig',
  'logs.ms': '{ms} ms',
  'logs.detail.time': 'Tijd',
  'logs.detail.operation': 'Bewerking',
  'logs.detail.status': 'Status',
  'logs.detail.timing': 'Tijdsduur',
  'logs.detail.timingValue':
    '{total} ms in totaal: {connector} ms bij {name}, {added} ms toegevoegd door Apideck',
  'logs.detail.error': 'Fout',
  'logs.detail.noError': 'Geen',
  'logs.detail.id': 'Log-ID',
  'logs.more': 'Meer laden',
  'logs.loadingMore': 'Meer laden…',
  'logs.shown': { one: '{count} verzoek getoond.', other: '{count} verzoeken getoond.' },
  'logs.end': 'Geen oudere verzoeken.',
} as const satisfies Record<LogsMessageKey, Message>
