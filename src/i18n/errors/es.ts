import type { Message } from '../format'
import type { ErrorsMessageKey } from './en'

/** Spanish messages for failures. */
export const errorsEs = {
  'errors.sentence': '{summary} {reason}',

  'errors.summary.catalog': 'No se pudieron cargar las integraciones.',
  'errors.summary.details': 'No se pudieron cargar los detalles de {name}.',
  'errors.summary.enable': 'No se pudo activar {name}.',
  'errors.summary.disable': 'No se pudo desactivar {name}.',
  'errors.summary.settingsLoad': 'No se pudo cargar la configuración.',
  'errors.summary.deleteDialog': 'No se pudo cargar la confirmación de eliminación.',
  'errors.summary.settingsSave': 'No se pudo guardar la configuración de {name}.',
  'errors.summary.resourceLoad': 'No se pudieron cargar los valores predeterminados de {resource}.',
  'errors.summary.resourceSave':
    'No se pudieron guardar los valores predeterminados de {resource}.',
  'errors.summary.add': 'No se pudo añadir {name}.',
  'errors.summary.create': 'No se pudo crear la conexión de {name}.',
  'errors.summary.credentials': 'No se pudieron comprobar tus credenciales de {name}.',
  'errors.summary.connect': 'No se pudo conectar {name}.',
  'errors.summary.import': 'No se pudieron importar las credenciales de {name}.',
  'errors.summary.delete': 'No se pudo eliminar {name}.',
  'errors.summary.validate': 'No se pudo probar la conexión con {name}.',
  'errors.summary.revoke': 'No se pudo desconectar {name}.',

  'errors.reason.invalidValues':
    'Algunos valores no se aceptaron. Revísalos y vuelve a intentarlo.',
  'errors.reason.rejected': 'La solicitud no se aceptó. Si sigue ocurriendo, contacta con soporte.',
  'errors.reason.session': 'Tu sesión ha caducado o ya no es válida. Vuelve a iniciar sesión.',
  'errors.reason.plan': 'Tu plan no incluye esto. Pide a un administrador que lo amplíe.',
  'errors.reason.permission': 'No tienes permiso para hacer esto. Pídeselo a un administrador.',
  'errors.reason.permissionScope':
    'Hace falta el permiso {scope}, que no se ha concedido. Pide a un administrador que lo conceda.',
  'errors.reason.notFound': 'Ya no existe. Recarga la página para ver el estado actual.',
  'errors.reason.conflict':
    'Se modificó en otro lugar al mismo tiempo. Recarga y vuelve a intentarlo.',
  'errors.reason.rateLimited':
    'Hay demasiadas solicitudes en este momento. Espera un poco y vuelve a intentarlo.',
  'errors.reason.rateLimitedWait': {
    one: 'Hay demasiadas solicitudes en este momento. Vuelve a intentarlo en {count} segundo.',
    other: 'Hay demasiadas solicitudes en este momento. Vuelve a intentarlo en {count} segundos.',
  },
  'errors.reason.rateLimitedRetried':
    'Hay demasiadas solicitudes en este momento, incluso tras reintentarlo automáticamente. Vuelve a intentarlo más tarde.',
  'errors.reason.server': 'El servicio tuvo un problema. Vuelve a intentarlo en un momento.',
  'errors.reason.serverRetried':
    'El servicio tuvo un problema, incluso tras reintentarlo automáticamente. Vuelve a intentarlo más tarde.',
  'errors.reason.offline':
    'No se puede contactar con el servicio. Revisa tu conexión a internet y vuelve a intentarlo.',
  'errors.reason.offlineRetried':
    'No se puede contactar con el servicio, incluso tras reintentarlo automáticamente. Revisa tu conexión a internet y vuelve a intentarlo más tarde.',
  'errors.reason.timeout': 'El servicio tardó demasiado en responder. Vuelve a intentarlo.',
  'errors.reason.timeoutRetried':
    'El servicio tardó demasiado en responder, incluso tras reintentarlo automáticamente. Vuelve a intentarlo más tarde.',
  'errors.reason.unreadable':
    'El servicio envió una respuesta que no se pudo leer. Vuelve a intentarlo; si sigue ocurriendo, contacta con soporte.',
  'errors.reason.cancelled': 'La solicitud se canceló. Vuelve a intentarlo.',
  'errors.reason.unsupported': 'Esto no está disponible para esta integración.',
  'errors.reason.notDownloaded':
    'No se pudo descargar una parte de la página. Comprueba tu conexión a internet y vuelve a intentarlo.',
  'errors.reason.notDownloadedRetried':
    'Sigue sin poder descargarse una parte de la página. Vuelve a cargar la página para intentarlo de nuevo.',
  'errors.reason.unexpected':
    'Algo salió mal. Vuelve a intentarlo; si sigue ocurriendo, contacta con soporte.',
  'errors.reason.noAuthorizeUrl':
    'Su dirección de inicio de sesión falta o no es segura. Contacta con soporte.',
  'errors.reason.noRevokeUrl':
    'Su dirección de cierre de sesión falta o no es segura. Contacta con soporte.',

  'errors.retry': 'Reintentar',
  'errors.reload': 'Volver a cargar la página',
  'errors.details': 'Detalles',
  'errors.details.status': 'Estado {status}',
  'errors.details.failure': 'Fallo {failure}',
  'errors.details.code': 'Código {code}',
  'errors.details.reference': 'Referencia {requestId}',
} as const satisfies Record<ErrorsMessageKey, Message>
