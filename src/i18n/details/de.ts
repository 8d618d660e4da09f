import type { DetailsMessageKey } from './en'

/** German messages of the composed details panel. */
export const detailsDe = {
  'details.section.settings': 'Verbindungseinstellungen',
  'details.section.settingsLead': 'Geben Sie Ihre Zugangsdaten für {name} ein, um zu verbinden.',
  'details.section.create': 'Neue Verbindung',
  'details.section.createLead':
    'Geben Sie die Werte aus Ihrer {name}-Konsole ein, um eine Verbindung hinzuzufügen.',
  'details.created': '{name} ist erstellt',
  'details.section.resources': 'Ressourcen-Standardwerte',
  'details.section.resourcesLead': 'Werte, die {name} beim Anlegen neuer Datensätze einträgt.',
  'details.section.manage': 'Verwalten',
  'details.resource.missing': 'Pflicht-Standardwerte fehlen',
  'details.adminNotice.title': 'Wartet auf Ihre Administration',
  'details.adminNotice.body':
    '{name} muss von einer Administratorin oder einem Administrator eingerichtet werden, bevor es verbunden werden kann. Bitten Sie darum, die Konfiguration abzuschließen; danach können Sie sofort verbinden.',
} as const satisfies Record<DetailsMessageKey, string>
