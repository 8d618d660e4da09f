import type { ManageMessageKey } from './en'

/** Dutch messages of the manage family. */
export const manageNl = {
  'manage.group': '{name} beheren',
  'manage.enabled': 'Ingeschakeld',
  'manage.enabledNow': '{name} is ingeschakeld',
  'manage.disabledNow': '{name} is uitgeschakeld',
  'manage.retry': 'Opnieuw proberen',
  'manage.validate': 'Verbinding testen',
  'manage.validating': 'Verbinding wordt getest…',
  'manage.valid': 'Verbinding werkt',
  'manage.invalid': 'Ongeldige inloggegevens — werk je instellingen bij',
  'manage.import': 'Inloggegevens importeren',
  'manage.credentials': 'Mijn aanmeldgegevens controleren',
  'manage.credentialsChecking': 'Je aanmeldgegevens worden gecontroleerd…',
  'manage.hasCredentials': 'Je hebt aanmeldgegevens van {name}',
  'manage.noCredentials': 'Nog geen aanmeldgegevens van {name} — meld je eerst aan met {name}.',
  'manage.delete': 'Verbinding verwijderen',
  'manage.deleteTitle': '{name} verwijderen?',
  'manage.deleteDescription':
    'De verbinding met {name} wordt verwijderd, samen met inloggegevens, instellingen en standaardwaarden. Al gesynchroniseerde gegevens blijven bewaard; je kunt {name} later opnieuw verbinden.',
  'manage.deleteDescriptionInstance':
    'De koppeling {name} wordt verwijderd met haar instellingen, en aanmelden via deze koppeling stopt. {connector} blijft beschikbaar, dus je kunt later opnieuw een koppeling toevoegen.',
  'manage.deleteCancel': 'Annuleren',
  'manage.deleteConfirm': '{name} verwijderen',
  'manage.deleting': '{name} wordt verwijderd…',
  'manage.deleted': '{name} is verwijderd',
} as const satisfies Record<ManageMessageKey, string>
