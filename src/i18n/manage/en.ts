/**
 * English messages of the manage family (ConnectionActions, EnableSwitch, DeleteConnectionDialog).
 * Spread into the catalog by src/i18n/en.ts; `{name}` and `{message}` are filled by `t(key, values)`.
 */
export const manageEn = {
  'manage.group': 'Manage {name}',
  'manage.enabled': 'Enabled',
  'manage.enabledNow': '{name} is enabled',
  'manage.disabledNow': '{name} is disabled',
  'manage.retry': 'Try again',
  'manage.validate': 'Test connection',
  'manage.validating': 'Testing connection…',
  'manage.valid': 'Connection works',
  'manage.invalid': 'Invalid credentials — update your settings',
  'manage.import': 'Import credentials',
  'manage.credentials': 'Check my sign-in credentials',
  'manage.credentialsChecking': 'Checking your credentials…',
  'manage.hasCredentials': 'You have credentials from {name}',
  'manage.noCredentials': 'No credentials from {name} yet — sign in with {name} first.',
  'manage.delete': 'Delete connection',
  'manage.deleteTitle': 'Delete {name}?',
  'manage.deleteDescription':
    'The connection to {name} is removed with its credentials, settings and resource defaults. Data already synced stays where it is; you can connect {name} again later.',
  'manage.deleteDescriptionInstance':
    'The connection {name} is removed with its settings, and sign-ins through it stop. {connector} stays available, so you can add a connection again later.',
  'manage.deleteCancel': 'Cancel',
  'manage.deleteConfirm': 'Delete {name}',
  'manage.deleting': 'Deleting {name}…',
  'manage.deleted': '{name} is deleted',
} as const

export type ManageMessageKey = keyof typeof manageEn
