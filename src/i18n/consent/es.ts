/** Spanish messages of the data-scope consent part (see ./en.ts). */
import type { Message } from '../format'
import type { consentEn } from './en'

export const consentEs: Record<keyof typeof consentEn, Message> = {
  'consent.title': 'Acceso a datos solicitado',
  'consent.titleUpdated': 'Permisos actualizados solicitados',
  'consent.titleHistory': 'Acceso a datos',
  'consent.lead.pending':
    '{name} pide leer y escribir los datos de abajo. Acepta para usar {name}.',
  'consent.lead.requires_reconsent':
    '{name} ahora pide más acceso del que concediste. Acepta el acceso actualizado para seguir usando {name}.',
  'consent.lead.denied': 'Denegaste a {name} el acceso a estos datos. Acepta para usar {name}.',
  'consent.lead.revoked':
    'Revocaste el acceso de {name} a estos datos. Acepta para volver a usarlo.',
  'consent.leadHistory':
    'Lo que {name} puede leer y escribir, y las decisiones tomadas hasta ahora.',
  'consent.scopes': 'Acceso solicitado por {name}',
  'consent.all': 'Acceso completo a los datos',
  'consent.allDescription': '{name} puede leer y escribir todos los datos, en cada recurso.',
  'consent.read': 'Lectura',
  'consent.write': 'Escritura',
  'consent.readWrite': 'Lectura y escritura',
  'consent.new': 'Nuevo',
  'consent.fields': { one: '{count} campo', other: '{count} campos' },
  'consent.accept': 'Aceptar',
  'consent.accepting': 'Aceptando…',
  'consent.deny': 'Denegar',
  'consent.denyTitle': '¿Denegar el acceso?',
  'consent.denyDescription':
    '{name} no podrá leer ni escribir estos datos, y no se podrá usar hasta que aceptes. Puedes conceder el acceso más tarde.',
  'consent.denyConfirm': 'Denegar acceso',
  'consent.denying': 'Denegando…',
  'consent.revoke': 'Revocar acceso',
  'consent.revokeTitle': '¿Revocar el acceso?',
  'consent.revokeDescription':
    '{name} deja de leer y escribir tus datos ahora mismo, y no se podrá usar hasta que vuelvas a conceder el acceso.',
  'consent.revokeConfirm': 'Revocar acceso',
  'consent.revoking': 'Revocando…',
  'consent.cancel': 'Cancelar',
  'consent.granted': 'Concediste a {name} acceso a tus datos.',
  'consent.denied': 'Denegaste a {name} el acceso a tus datos.',
  'consent.revoked': 'Revocaste el acceso de {name} a tus datos.',
  'consent.history': 'Historial',
  'consent.historyLoading': 'Cargando el historial de consentimientos…',
  'consent.historyError': 'No se pudo cargar el historial de consentimientos.',
  'consent.saveError': 'No se pudo guardar tu decisión sobre el acceso a los datos de {name}.',
  'consent.historyEmpty': 'Todavía no hay decisiones.',
  'consent.record.granted': 'Concedido',
  'consent.record.denied': 'Denegado',
  'consent.record.revoked': 'Revocado',
  'consent.record.all': 'Todos los datos',
  'consent.record.scope': '{resources}, {fields}',
  'consent.record.resources': { one: '{count} recurso', other: '{count} recursos' },
}
