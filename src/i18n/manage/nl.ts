import type { ManageMessageKey } from './en'

/** Dutch messages of the manage family. */
export const manageNl = {
  'manage.group': '{name} beheren',
  'manage.enabled': 'Ingeschakeld',
  'manage.enabledNow': '{name} is ingeschakeld',
  'manage.disabledNow': '{name} is uitgeschakeld',
  'manage.enableFailed': 'Kon {name} niet inschakelen: {message}',
  'manage.disableFailed': 'Kon {name} niet uitschakelen: {message}',
  'manage.retry': 'Opnieuw proberen',
  'manage.validate': 'Verbinding testen',
  'manage.validating': 'Verbinding wordt getest…',
  'manage.valid': 'Verbinding werkt',
  'manage.invalid': 'Ongeldige inloggegevens — werk je instellingen bij',
  'manage.validateFailed': 'Kon {name} niet testen: {message}',
  'manage.import': 'Inloggegevens importeren',
  'manage.delete': 'Verbinding verwijderen',
  'manage.deleteTitle': '{name} verwijderen?',
  'manage.deleteDescription':
    'De verbinding met {name} wordt verwijderd, samen met inloggegevens, instellingen en standaardwaarden. Al gesynchroniseerde gegevens blijven bewaard; je kunt {name} later opnieuw verbinden.',
  'manage.deleteCancel': 'Annuleren',
  'manage.deleteConfirm': '{name} verwijderen',
  'manage.deleting': '{name} wordt verwijderd…',
  'manage.deleted': '{name} is verwijderd',
  'manage.deleteFailed': 'Kon {name} niet verwijderen: {message}',
} as const satisfies Record<ManageMessageKey, string>
