import type { DetailsMessageKey } from './en'

/** Dutch messages of the composed details panel. */
export const detailsNl = {
  'details.section.settings': 'Verbindingsinstellingen',
  'details.section.settingsLead': 'Vul je inloggegevens voor {name} in om te verbinden.',
  'details.section.resources': 'Standaardwaarden per resource',
  'details.section.resourcesLead': 'Waarden die {name} invult bij het aanmaken van nieuwe records.',
  'details.section.manage': 'Beheren',
  'details.resource.missing': 'Verplichte standaardwaarden ontbreken',
  'details.adminNotice.title': 'Wacht op je beheerder',
  'details.adminNotice.body':
    '{name} moet door een beheerder worden ingesteld voordat iemand het kan verbinden. Vraag om de configuratie af te ronden; daarna kun je meteen verbinden.',
} as const satisfies Record<DetailsMessageKey, string>
