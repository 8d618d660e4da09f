import type { DetailsMessageKey } from './en'

/** French messages of the composed details panel. */
export const detailsFr = {
  'details.section.settings': 'Paramètres de connexion',
  'details.section.settingsLead': 'Saisissez vos identifiants {name} pour vous connecter.',
  'details.section.create': 'Nouvelle connexion',
  'details.section.createLead':
    'Saisissez les valeurs de votre console {name} pour ajouter une connexion.',
  'details.created': '{name} est créée',
  'details.section.resources': 'Valeurs par défaut des ressources',
  'details.section.resourcesLead':
    'Valeurs que {name} renseigne lors de la création de nouveaux enregistrements.',
  'details.section.manage': 'Gérer',
  'details.resource.missing': 'Valeurs obligatoires manquantes',
  'details.adminNotice.title': 'En attente de votre administrateur',
  'details.adminNotice.body':
    '{name} doit être configuré par un administrateur avant que quiconque puisse le connecter. Demandez-lui de terminer la configuration ; vous pourrez vous connecter juste après.',
} as const satisfies Record<DetailsMessageKey, string>
