import type { DetailsMessageKey } from './en'

/** Dutch messages of the composed details panel. */
export const detailsNl = {
  'details.section.settings': 'Verbindingsinstellingen',
  'details.section.settingsLead': 'Vul je inloggegevens voor {name} in om te verbinden.',
  'details.section.create': 'Nieuwe koppeling',
  'details.section.createLead':
    'Vul de waarden uit je {name}-console in om een koppeling toe te voegen.',
  'details.created': '{name} is gemaakt',
  'details.section.resources': 'Standaardwaarden per resource',
  'details.section.resourcesLead': 'Waarden die {name} invult bij het aanmaken van nieuwe records.',
  'details.section.manage': 'Beheren',
  'details.resource.missing': 'Verplichte standaardwaarden ontbreken',
  'details.adminNotice.title': 'Wacht op je beheerder',
  'details.adminNotice.body':
    '{name} moet door een beheerder worden ingesteld voordat iemand het kan verbinden. Vraag om de configuratie af te ronden; daarna kun je meteen verbinden.',
} as const satisfies Record<DetailsMessageKey, string>
