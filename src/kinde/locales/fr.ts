/**
 * The Kinde adapter's French messages, a separate entry (`integrations-kit/kinde/locales/fr`) so a
 * page that does not translate ships none of them. Usage: `createKindeAdapter({ …, messages: kindeFr })`.
 * Wording follows Microsoft Entra's French portal where the terms are the same.
 */
import type { KindeMessages } from '../messages'

export const kindeFr: KindeMessages = {
  connection_id: 'ID de connexion',
  display_name: 'Nom d’affichage',
  name: 'Nom de la connexion',
  callback_url: 'URL de rappel',
  acs_url: 'URL ACS',
  entra_id_domain: 'Domaine Entra ID',
  client_id: 'ID client',
  client_secret: 'Secret client',
  saml_entity_id: 'ID d’entité',
  saml_idp_metadata_url: 'URL des métadonnées de l’IdP',
  saml_idp_metadata_xml: 'XML des métadonnées de l’IdP',
  saml_sign_in_url: 'URL de connexion',
  sign_request_algorithm: 'Algorithme de signature des requêtes',
  protocol_binding: 'Liaison de protocole',
  name_id_format: 'Format de l’identificateur de nom',
  saml_email_key_attr: 'Attribut de l’adresse e-mail',
  saml_user_id_key_attr: 'Attribut de l’ID utilisateur',
  saml_first_name_key_attr: 'Attribut du prénom',
  saml_last_name_key_attr: 'Attribut du nom',
  home_realm_domains: 'Domaines d’accueil (home realm)',
  is_force_show_sso_button: 'Toujours afficher le bouton de connexion',
  is_use_common_endpoint: 'Utiliser le point de terminaison commun',
  is_extended_attributes_required: 'Obtenir le profil étendu',
  is_retrieve_provider_user_groups: 'Obtenir les groupes d’utilisateurs',
  is_trusted: 'Faire confiance aux adresses e-mail de ce fournisseur',
  is_sync_user_profile_on_login: 'Synchroniser les profils utilisateur à la connexion',
  is_create_missing_user: 'Créer les utilisateurs manquants',
  is_auto_join_organization_enabled: 'Ajouter automatiquement les utilisateurs à l’organisation',
  is_use_custom_domain: 'Utiliser votre domaine personnalisé',
  saml_signing_certificate: 'Certificat de signature',
  saml_signing_private_key: 'Clé privée de signature',
  upstream_params: 'Paramètres en amont (JSON)',
  enabled_applications: 'Applications',
  'home_realm_domains.description':
    'Les personnes dont l’adresse e-mail appartient à ces domaines se connectent ici.',
  'saml_idp_metadata_url.description':
    'L’URL des métadonnées ou le XML des métadonnées est obligatoire.',
  'name_id_format.Persistent': 'Persistant',
  'name_id_format.Transient': 'Transitoire',
  'name_id_format.Email address': 'Adresse e-mail',
  'name_id_format.Unspecified': 'Non spécifié',
  keep: 'Conserver le paramètre actuel',
  on: 'Activé',
  off: 'Désactivé',
  'invalid.display_name': 'Saisissez un nom d’affichage.',
  'invalid.json': 'Saisissez un objet JSON.',
  'invalid.metadata': 'Saisissez l’URL des métadonnées de l’IdP ou le XML des métadonnées.',
}
