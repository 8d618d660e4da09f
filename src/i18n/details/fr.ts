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
  'details.website': 'Site web',
  'details.opensInNewTab': '(s’ouvre dans un nouvel onglet)',
  'details.status': 'Statut',
  'details.nextStep': 'Prochaine étape',
  'details.connect': 'Connecter',
  'details.connecting': 'Connexion…',
  'details.connected': '{name} ajoutée',
  'details.description': 'Connectez {name} pour synchroniser vos données {category}.',
  'details.description.toAdd':
    'Ajoutez une connexion {name} pour que les utilisateurs puissent se connecter avec.',
  'details.description.instance':
    'Les utilisateurs se connectent avec {connector} via cette connexion.',
  'status.connected.reason': 'Tout fonctionne : {name} est connectée.',
  'status.connected.next': 'Aucune action requise.',
  'status.configured.reason':
    '{name} est configurée. Les connexions qui passent par elle ne sont pas vérifiées ici.',
  'status.configured.next': 'Aucune action requise.',
  'status.not_connected.reason': '{name} n’est pas encore connectée.',
  'status.not_connected.next': 'Choisissez « Connecter » pour ajouter {name}.',
  'status.not_connected.nextCreate': 'Remplissez le formulaire, puis choisissez « {action} ».',
  'status.needs_authorization.reason':
    '{name} est ajoutée mais pas encore autorisée, ou son accès a expiré.',
  'status.needs_authorization.next': 'Autorisez {name} pour terminer la connexion.',
  'status.needs_credentials.reason':
    '{name} est ajoutée, mais ses identifiants manquent ou ne sont plus acceptés.',
  'status.needs_credentials.next': 'Saisissez vos identifiants {name} pour terminer la connexion.',
  'status.needs_settings.reason':
    '{name} est autorisée mais certains paramètres obligatoires manquent.',
  'status.needs_settings.next': 'Renseignez les paramètres obligatoires.',
  'status.invalid.reason': '{name} a refusé les identifiants.',
  'status.invalid.next':
    'Vérifiez les identifiants dans les paramètres et enregistrez-les à nouveau.',
  'status.disabled.reason': '{name} est désactivée.',
  'status.disabled.next': 'Activez-la pour reprendre la synchronisation.',
  'status.unavailable.reason': 'L’administrateur a désactivé {name}.',
  'status.unavailable.next': 'Demandez à votre administrateur d’activer {name}.',
  'status.needs_configuration.reason': '{name} doit d’abord être configurée par l’administrateur.',
  'status.needs_configuration.next': 'Demandez à votre administrateur de configurer {name}.',
  'status.pending_confirmation.reason': 'L’autorisation de {name} attend d’être confirmée.',
  'status.pending_confirmation.next': 'Terminez l’autorisation ou autorisez à nouveau.',
  'status.degraded.reason': '{name} est connectée, mais des requêtes récentes ont échoué.',
  'status.degraded.next': 'Vérifiez les paramètres ou réessayez plus tard.',
  'status.needs_consent.reason': '{name} a besoin de votre accord pour accéder aux données.',
  'status.needs_consent.next': 'Examinez et accordez l’accès aux données demandé.',
  'status.consent_denied.reason': 'L’accès aux données pour {name} a été refusé.',
  'status.consent_denied.next': 'Accordez à nouveau l’accès aux données pour utiliser {name}.',
  'status.consent_revoked.reason': 'L’accès aux données pour {name} a été révoqué.',
  'status.consent_revoked.next': 'Accordez à nouveau l’accès aux données pour utiliser {name}.',
  'status.needs_reconsent.reason':
    '{name} demande plus d’accès aux données que vous n’en avez accordé.',
  'status.needs_reconsent.next': 'Examinez et accordez l’accès aux données mis à jour.',
  'status.revoked.reason': 'L’accès de {name} a été révoqué chez le fournisseur.',
  'status.revoked.next': 'Autorisez à nouveau {name}.',
  'status.unknown.reason': 'L’état de {name} est inconnu.',
  'status.unknown.next': 'Rechargez la page ou contactez le support si le problème persiste.',
} as const satisfies Record<DetailsMessageKey, string>
