import type { DetailsMessageKey } from './en'

/** Spanish messages of the composed details panel. */
export const detailsEs = {
  'details.section.settings': 'Configuración de la conexión',
  'details.section.settingsLead': 'Introduce tus credenciales de {name} para conectar.',
  'details.section.create': 'Nueva conexión',
  'details.section.createLead':
    'Introduce los valores de tu consola de {name} para añadir una conexión.',
  'details.created': '{name} está creada',
  'details.section.resources': 'Valores predeterminados de recursos',
  'details.section.resourcesLead': 'Valores que {name} rellena al crear registros nuevos.',
  'details.section.manage': 'Administrar',
  'details.resource.missing': 'Faltan valores obligatorios',
  'details.adminNotice.title': 'Pendiente de tu administrador',
  'details.adminNotice.body':
    'Un administrador debe configurar {name} antes de que nadie pueda conectarlo. Pídele que termine la configuración; podrás conectar justo después.',
} as const satisfies Record<DetailsMessageKey, string>
