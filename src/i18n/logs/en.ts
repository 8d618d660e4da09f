/**
 * English messages of the logs family (ConnectionLogs, a lazily loaded chunk). Not spread into the
 * catalog (src/i18n/en.ts): the chunk reads them through useLazyT, so the first paint does not carry
 * them. `{name}` is the connector.
 */
export const logsEn = {
  'logs.heading': 'Request logs',
  'logs.lead': 'Recent requests to {name} made for your account.',
  'logs.show': 'Show logs',
  'logs.hide': 'Hide logs',
  'logs.loading': 'Loading request logs…',
  'logs.empty': 'No requests to {name} yet.',
  'logs.error': 'The request logs of {name} could not be loaded.',
  'logs.column.time': 'Time',
  'logs.column.request': 'Request',
  'logs.column.status': 'Status',
  'logs.column.latency': 'Latency',
  'logs.status.success': 'Succeeded',
  'logs.status.redirect': 'Redirected',
  'logs.status.clientError': 'Refused',
  'logs.status.serverError': 'Server error',
  'logs.status.other': 'Other',
  'logs.ms': '{ms} ms',
  'logs.detail.time': 'Time',
  'logs.detail.operation': 'Operation',
  'logs.detail.status': 'Status',
  'logs.detail.timing': 'Timing',
  'logs.detail.timingValue':
    '{total} ms in all: {connector} ms at {name}, {added} ms added by Apideck',
  'logs.detail.error': 'Error',
  'logs.detail.noError': 'None',
  'logs.detail.id': 'Log ID',
  'logs.more': 'Load more',
  'logs.loadingMore': 'Loading more…',
  'logs.shown': { one: 'Showing {count} request.', other: 'Showing {count} requests.' },
  'logs.end': 'No older requests.',
} as const

export type LogsMessageKey = keyof typeof logsEn
