import type { ManageMessageKey } from './en'

/** French messages of the manage family. */
export const manageFr = {
  'manage.group': 'Gérer {name}',
  'manage.enabled': 'Activé',
  'manage.enabledNow': '{name} est activé',
  'manage.disabledNow': '{name} est désactivé',
  'manage.retry': 'Réessayer',
  'manage.validate': 'Tester la connexion',
  'manage.validating': 'Test de la connexion…',
  'manage.valid': 'La connexion fonctionne',
  'manage.invalid': 'Identifiants invalides — mettez à jour vos paramètres',
  'manage.import': 'Importer des identifiants',
  'manage.credentials': 'Vérifier mes identifiants de connexion',
  'manage.credentialsChecking': 'Vérification de vos identifiants…',
  'manage.hasCredentials': 'Vous avez des identifiants de {name}',
  'manage.noCredentials':
    'Pas encore d’identifiants de {name} — connectez-vous d’abord avec {name}.',
  'manage.delete': 'Supprimer la connexion',
  'manage.deleteTitle': 'Supprimer {name} ?',
  'manage.deleteDescription':
    'La connexion à {name} est supprimée avec ses identifiants, ses paramètres et ses valeurs par défaut. Les données déjà synchronisées restent en place ; vous pourrez reconnecter {name} plus tard.',
  'manage.deleteDescriptionInstance':
    'La connexion {name} est supprimée avec ses paramètres, et les connexions qui passaient par elle s’arrêtent. {connector} reste disponible : vous pourrez ajouter une connexion plus tard.',
  'manage.deleteCancel': 'Annuler',
  'manage.deleteConfirm': 'Supprimer {name}',
  'manage.deleting': 'Suppression de {name}…',
  'manage.deleted': '{name} a été supprimé',
} as const satisfies Record<ManageMessageKey, string>
