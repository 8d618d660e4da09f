/**
 * Every string the Kinde adapter puts on the page, in English: the default, built into the adapter.
 * Translations are separate entries (`integrations-kit/kinde/locales/de` …) passed as the adapter's
 * `messages`, so a host that does not translate ships none of them.
 *
 * A field's label is keyed by the field's id (the API's own option name), its description by
 * `<id>.description`; option labels, the edit form's "keep" choice and the form's own validation
 * messages complete the table. Product and protocol names (Entra ID, SAML, RSA-SHA256) stay as they
 * are in every language.
 */
export const kindeEn = {
  connection_id: 'Connection ID',
  display_name: 'Display name',
  name: 'Connection name',
  callback_url: 'Callback URL',
  acs_url: 'ACS URL',
  entra_id_domain: 'Entra ID domain',
  client_id: 'Client ID',
  client_secret: 'Client secret',
  saml_entity_id: 'Entity ID',
  saml_idp_metadata_url: 'IdP metadata URL',
  saml_idp_metadata_xml: 'IdP metadata XML',
  saml_sign_in_url: 'Sign-in URL',
  sign_request_algorithm: 'Sign request algorithm',
  protocol_binding: 'Protocol binding',
  name_id_format: 'Name ID format',
  saml_email_key_attr: 'Email key attribute',
  saml_user_id_key_attr: 'User ID key attribute',
  saml_first_name_key_attr: 'First name key attribute',
  saml_last_name_key_attr: 'Last name key attribute',
  home_realm_domains: 'Home realm domains',
  is_force_show_sso_button: 'Always show sign-in button',
  is_use_common_endpoint: 'Use common endpoint',
  is_extended_attributes_required: 'Get extended profile',
  is_retrieve_provider_user_groups: 'Get user groups',
  is_trusted: 'Trust emails from this provider',
  is_sync_user_profile_on_login: 'Sync user profiles on sign-in',
  is_create_missing_user: 'Create missing users',
  is_auto_join_organization_enabled: 'Add users to the organization automatically',
  is_use_custom_domain: 'Use your custom domain',
  saml_signing_certificate: 'Signing certificate',
  saml_signing_private_key: 'Signing private key',
  upstream_params: 'Upstream parameters (JSON)',
  enabled_applications: 'Applications',
  'home_realm_domains.description': 'People with an email address at these domains sign in here.',
  'saml_idp_metadata_url.description': 'The metadata URL or the metadata XML is required.',
  // Labels of name_id_format's values (the values themselves are the API's and are sent as they are).
  'name_id_format.Persistent': 'Persistent',
  'name_id_format.Transient': 'Transient',
  'name_id_format.Email address': 'Email address',
  'name_id_format.Unspecified': 'Unspecified',
  // An edit form's booleans and selects: Kinde does not say what is saved.
  keep: 'Keep current setting',
  on: 'On',
  off: 'Off',
  'invalid.display_name': 'Enter a display name.',
  'invalid.json': 'Enter a JSON object.',
  'invalid.metadata': 'Enter the IdP metadata URL or the metadata XML.',
}

/** The Kinde adapter's message table: one string per key of the English default. */
export type KindeMessages = { [K in keyof typeof kindeEn]: string }
