import type { Message } from '../format'
import type { LogsMessageKey } from './en'

/** Spanish messages of the logs family. */
export const logsEs = {
  'logs.heading': 'Registro de solicitudes',
  'logs.lead': 'Las solicitudes recientes a {name} hechas para tu cuenta.',
  'logs.show': 'Mostrar registro',
  'logs.hide': 'Ocultar registro',
  'logs.loading': 'Cargando el registro de solicitudes…',
  'logs.empty': 'Todavía no hay solicitudes a {name}.',
  'logs.error': 'No se pudo cargar el registro de solicitudes de {name}.',
  'logs.column.time': 'Hora',
  'logs.column.request': 'Solicitud',
  'logs.column.status': 'Estado',
  'logs.column.latency': 'Latencia',
  'logs.status.success': 'Correcta',
  'logs.status.redirect': 'Redirigida',
  'logs.status.clientError': 'Rechazada',
  'logs.status.serverError': 'Error del servidor',
  'logs.status.other': 'Otro',
  'logs.ms': '{ms} ms',
  'logs.detail.time': 'Hora',
  'logs.detail.operation': 'Operación',
  'logs.detail.status': 'Estado',
  'logs.detail.timing': 'Duración',
  'logs.detail.timingValue':
    '{total} ms en total: {connector} ms en {name}, {added} ms añadidos por Apideck',
  'logs.detail.error': 'Error',
  'logs.detail.noError': 'Ninguno',
  'logs.detail.id': 'ID del registro',
  'logs.more': 'Cargar más',
  'logs.loadingMore': 'Cargando más…',
  'logs.shown': { one: 'Se muestra {count} solicitud.', other: 'Se muestran {count} solicitudes.' },
  'logs.end': 'No hay solicitudes más antiguas.',
} as const satisfies Record<LogsMessageKey, Message>
