import type { ManageMessageKey } from './en'

/** Spanish messages of the manage family. */
export const manageEs = {
  'manage.group': 'Gestionar {name}',
  'manage.enabled': 'Activado',
  'manage.enabledNow': '{name} está activado',
  'manage.disabledNow': '{name} está desactivado',
  'manage.retry': 'Reintentar',
  'manage.validate': 'Probar conexión',
  'manage.validating': 'Probando la conexión…',
  'manage.valid': 'La conexión funciona',
  'manage.invalid': 'Credenciales no válidas: actualiza la configuración',
  'manage.import': 'Importar credenciales',
  'manage.credentials': 'Comprobar mis credenciales de inicio de sesión',
  'manage.credentialsChecking': 'Comprobando tus credenciales…',
  'manage.hasCredentials': 'Tienes credenciales de {name}',
  'manage.noCredentials': 'Aún no tienes credenciales de {name}: inicia sesión con {name} primero.',
  'manage.delete': 'Eliminar conexión',
  'manage.deleteTitle': '¿Eliminar {name}?',
  'manage.deleteDescription':
    'Se elimina la conexión con {name} junto con sus credenciales, configuración y valores predeterminados. Los datos ya sincronizados se conservan; puedes volver a conectar {name} más adelante.',
  'manage.deleteDescriptionInstance':
    'La conexión {name} se elimina con sus ajustes y ya no se podrá iniciar sesión a través de ella. {connector} sigue disponible, así que puedes volver a añadir una conexión más adelante.',
  'manage.deleteCancel': 'Cancelar',
  'manage.deleteConfirm': 'Eliminar {name}',
  'manage.deleting': 'Eliminando {name}…',
  'manage.deleted': '{name} se ha eliminado',
} as const satisfies Record<ManageMessageKey, string>
