/**
 * The create and edit forms of a Kinde connector, built from the spec's `options` variant for its
 * strategy (social, Azure AD, SAML) in the order and wording of Kinde's dashboard, and the request
 * bodies built back from a form's values.
 *
 * Kinde never returns a connection's options, so an edit form cannot show what is saved: its fields
 * start blank and blank means unchanged, booleans become a three-way select ("Keep current setting",
 * On, Off), and the body carries only fields that have a value. Secrets are masked and never
 * prefilled. Form field ids are the API's own keys, so a 400 naming `home_realm_domains` lands on
 * that field.
 */
import { IntegrationsApiError } from '../errors'
import { isRecord } from '../json-guards'
import type { FieldValue, FormField } from '../types'
import type { KindeStrategy } from './strategies'

/** An application the Applications multi-select offers (`enabled_applications` takes its id). */
export interface KindeApplication {
  /** The application's client ID. */
  id: string
  name: string
}

export interface KindeFormContext {
  mode: 'create' | 'edit'
  /** Offered as an Applications multi-select that sends `enabled_applications`. */
  applications?: readonly KindeApplication[]
  /** Shown as a copyable read-only field on OAuth forms (the redirect URL to paste at the provider). */
  callbackUrl?: string
  /** Shown as a copyable read-only field on SAML forms (the ACS URL to paste into the IdP). */
  acsUrl?: string
  /** Edit forms show the connection's id as a copyable field. */
  connectionId?: string
}

type OptionKind = 'text' | 'url' | 'secret' | 'boolean' | 'domains' | 'enum' | 'json' | 'pem'

interface OptionSpec {
  key: string
  label: string
  kind: OptionKind
  description?: string
  /** Only in the POST body (the spec leaves it out of PATCH and PUT). */
  createOnly?: boolean
  values?: readonly string[]
}

const CLIENT_ID: OptionSpec = { key: 'client_id', label: 'Client ID', kind: 'text' }
const CLIENT_SECRET: OptionSpec = { key: 'client_secret', label: 'Client secret', kind: 'secret' }
const TRUSTED: OptionSpec = {
  key: 'is_trusted',
  label: 'Trust emails from this provider',
  kind: 'boolean',
  description: 'Treat email addresses from this provider as verified, so accounts can be merged.',
}
const CUSTOM_DOMAIN: OptionSpec = {
  key: 'is_use_custom_domain',
  label: 'Use your custom domain',
  kind: 'boolean',
  description: 'Use your custom domain in the callback URL instead of the Kinde domain.',
}
const HOME_REALM_DOMAINS: OptionSpec = {
  key: 'home_realm_domains',
  label: 'Home realm domains',
  kind: 'domains',
  description: 'People with an email address at these domains are sent to this connection.',
}
const FORCE_SHOW: OptionSpec = {
  key: 'is_force_show_sso_button',
  label: 'Always show sign-in button',
  kind: 'boolean',
}
const CREATE_MISSING_USERS: OptionSpec = {
  key: 'is_create_missing_user',
  label: 'Create missing users',
  kind: 'boolean',
  description:
    'Create a user in Kinde when someone signs in through this connection for the first time.',
}
const AUTO_JOIN: OptionSpec = {
  key: 'is_auto_join_organization_enabled',
  label: 'Add users to the organization automatically',
  kind: 'boolean',
  createOnly: true,
}
const UPSTREAM_PARAMS: OptionSpec = {
  key: 'upstream_params',
  label: 'Upstream parameters',
  kind: 'json',
  description: 'Extra parameters for the identity provider, as a JSON object.',
}

const SOCIAL_OPTIONS: readonly OptionSpec[] = [CLIENT_ID, CLIENT_SECRET, TRUSTED, CUSTOM_DOMAIN]

const AZURE_AD_OPTIONS: readonly OptionSpec[] = [
  { key: 'entra_id_domain', label: 'Entra ID domain', kind: 'text' },
  CLIENT_ID,
  CLIENT_SECRET,
  HOME_REALM_DOMAINS,
  FORCE_SHOW,
  {
    key: 'is_use_common_endpoint',
    label: 'Use common endpoint',
    kind: 'boolean',
    description: 'Sign in through https://login.windows.net/common instead of the tenant endpoint.',
  },
  {
    key: 'is_extended_attributes_required',
    label: 'Get extended profile',
    kind: 'boolean',
  },
  {
    key: 'is_retrieve_provider_user_groups',
    label: 'Get user groups',
    kind: 'boolean',
  },
  TRUSTED,
  {
    key: 'is_sync_user_profile_on_login',
    label: 'Sync user profiles on sign-in',
    kind: 'boolean',
  },
  CREATE_MISSING_USERS,
  AUTO_JOIN,
  CUSTOM_DOMAIN,
  UPSTREAM_PARAMS,
]

const SAML_OPTIONS: readonly OptionSpec[] = [
  { key: 'saml_entity_id', label: 'Entity ID', kind: 'text' },
  {
    key: 'saml_idp_metadata_url',
    label: 'IdP metadata URL',
    kind: 'url',
    description: 'Either the metadata URL or the metadata XML is required.',
  },
  {
    key: 'saml_idp_metadata_xml',
    label: 'IdP metadata XML',
    kind: 'pem',
    description: 'Used instead of the URL when both are set.',
  },
  {
    key: 'saml_sign_in_url',
    label: 'Sign-in URL',
    kind: 'url',
    description: 'Overrides the sign-in endpoint with a URL your IdP recognizes.',
  },
  {
    key: 'sign_request_algorithm',
    label: 'Sign request algorithm',
    kind: 'enum',
    values: ['RSA-SHA256', 'RSA-SHA1'],
  },
  {
    key: 'protocol_binding',
    label: 'Protocol binding',
    kind: 'enum',
    values: ['HTTP-REDIRECT', 'HTTP-POST'],
  },
  {
    key: 'name_id_format',
    label: 'Name ID format',
    kind: 'enum',
    values: ['Persistent', 'Transient', 'Email address', 'Unspecified'],
  },
  { key: 'saml_email_key_attr', label: 'Email key attribute', kind: 'text' },
  { key: 'saml_user_id_key_attr', label: 'User ID key attribute', kind: 'text' },
  { key: 'saml_first_name_key_attr', label: 'First name key attribute', kind: 'text' },
  { key: 'saml_last_name_key_attr', label: 'Last name key attribute', kind: 'text' },
  HOME_REALM_DOMAINS,
  FORCE_SHOW,
  CREATE_MISSING_USERS,
  TRUSTED,
  AUTO_JOIN,
  CUSTOM_DOMAIN,
  { key: 'saml_signing_certificate', label: 'Signing certificate', kind: 'pem' },
  { key: 'saml_signing_private_key', label: 'Signing private key', kind: 'secret' },
  UPSTREAM_PARAMS,
]

function optionSpecs(strategy: KindeStrategy, mode: KindeFormContext['mode']): OptionSpec[] {
  const all =
    strategy.variant === 'saml'
      ? SAML_OPTIONS
      : strategy.variant === 'azure_ad'
        ? AZURE_AD_OPTIONS
        : SOCIAL_OPTIONS
  return all.filter((spec) => mode === 'create' || !spec.createOnly)
}

/** Field ids of the form that are not options, and never sent as such. */
export const KINDE_FIELD_IDS = {
  displayName: 'display_name',
  name: 'name',
  applications: 'enabled_applications',
  connectionId: 'connection_id',
  callbackUrl: 'callback_url',
  acsUrl: 'acs_url',
} as const

const KEEP_CURRENT = 'Keep current setting'

function optionField(spec: OptionSpec, mode: KindeFormContext['mode']): FormField {
  const edit = mode === 'edit'
  const base: Omit<FormField, 'type'> = { id: spec.key, label: spec.label }
  if (spec.description !== undefined) {
    base.description = spec.description
  }
  switch (spec.kind) {
    case 'text':
      return { ...base, type: 'text' }
    case 'url':
      return { ...base, type: 'url' }
    case 'secret':
      // The private key is a PEM block: a masked textarea; a client secret a password input.
      return spec.key === 'saml_signing_private_key'
        ? { ...base, type: 'textarea', sensitive: true }
        : { ...base, type: 'password', sensitive: true }
    case 'pem':
      return { ...base, type: 'textarea' }
    case 'json':
      return { ...base, type: 'textarea', placeholder: '{"prompt": "select_account"}' }
    case 'domains':
      return {
        ...base,
        type: 'multi-select',
        allow_custom_values: true,
        options: [],
        placeholder: '@example.com',
      }
    case 'enum':
      return {
        ...base,
        type: 'select',
        options: (spec.values ?? []).map((value) => ({ label: value, value })),
        ...(edit ? { placeholder: KEEP_CURRENT } : {}),
      }
    case 'boolean':
      // Kinde does not say what is saved: an edit offers "keep" as well as On and Off.
      return edit
        ? {
            ...base,
            type: 'select',
            placeholder: KEEP_CURRENT,
            options: [
              { label: 'On', value: true },
              { label: 'Off', value: false },
            ],
          }
        : { ...base, type: 'checkbox', default_value: false }
  }
}

/** The create form (`mode: 'create'`) or edit form of a connector. */
export function kindeFormFields(strategy: KindeStrategy, context: KindeFormContext): FormField[] {
  const { mode } = context
  const fields: FormField[] = []
  if (mode === 'edit' && context.connectionId !== undefined) {
    fields.push({
      id: KINDE_FIELD_IDS.connectionId,
      label: 'Connection ID',
      type: 'copy',
      value: context.connectionId,
    })
  }
  fields.push(
    {
      id: KINDE_FIELD_IDS.displayName,
      label: 'Display name',
      type: 'text',
      description: 'Shown on the sign-in button.',
      required: mode === 'create',
    },
    {
      id: KINDE_FIELD_IDS.name,
      label: 'Connection name',
      type: 'text',
      description: 'The internal name, for your team.',
      required: mode === 'create',
    },
  )
  const redirect = strategy.variant === 'saml' ? context.acsUrl : context.callbackUrl
  if (redirect !== undefined) {
    fields.push(
      strategy.variant === 'saml'
        ? { id: KINDE_FIELD_IDS.acsUrl, label: 'ACS URL', type: 'copy', value: redirect }
        : { id: KINDE_FIELD_IDS.callbackUrl, label: 'Callback URL', type: 'copy', value: redirect },
    )
  }
  for (const spec of optionSpecs(strategy, mode)) {
    fields.push(optionField(spec, mode))
  }
  if (context.applications !== undefined && context.applications.length > 0) {
    fields.push({
      id: KINDE_FIELD_IDS.applications,
      label: 'Applications',
      type: 'multi-select',
      description: 'The applications people can sign in to with this connection.',
      options: context.applications.map(({ id, name }) => ({ label: name, value: id })),
    })
  }
  return fields
}

/* -------------------------------------------------------------------------------------------------
 * Values → request bodies
 * -----------------------------------------------------------------------------------------------*/

/** The body of `POST /api/v1/connections` (also what PATCH takes, less `strategy`). */
export interface KindeConnectionBody {
  name?: string
  display_name?: string
  strategy?: string
  enabled_applications?: string[]
  options?: Record<string, unknown>
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined
  }
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

function strings(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : []
  const result = list
    .filter((item): item is string | number => typeof item === 'string' || typeof item === 'number')
    .map((item) => String(item).trim())
    .filter((item) => item !== '')
  return result.length > 0 ? result : undefined
}

function flag(value: unknown): boolean | undefined {
  if (value === true || value === 'true') {
    return true
  }
  if (value === false || value === 'false') {
    return false
  }
  return undefined
}

function fieldError(field: string, message: string): IntegrationsApiError {
  return new IntegrationsApiError({
    kind: 'invalid_request',
    code: 'invalid_field',
    message,
    detail: { errors: [{ field, message }] },
  })
}

function optionValue(spec: OptionSpec, raw: FieldValue | undefined, mode: 'create' | 'edit') {
  switch (spec.kind) {
    case 'text':
    case 'url':
    case 'pem':
    case 'secret':
      // PEM blocks keep their line breaks; only surrounding blanks go.
      return text(raw)
    case 'enum': {
      const value = text(raw)
      return value !== undefined && spec.values?.includes(value) ? value : undefined
    }
    case 'domains':
      return strings(raw)
    case 'boolean':
      // A create form's unticked box is a real "off"; an edit's blank is "keep".
      return mode === 'create' ? flag(raw) === true : flag(raw)
    case 'json': {
      const source = text(raw)
      if (source === undefined) {
        return undefined
      }
      let parsed: unknown
      try {
        parsed = JSON.parse(source)
      } catch {
        throw fieldError(spec.key, 'Enter a JSON object.')
      }
      if (!isRecord(parsed)) {
        throw fieldError(spec.key, 'Enter a JSON object.')
      }
      return parsed
    }
  }
}

/**
 * The request body for a form's values. Only fields that have a value are included (blank means
 * unchanged in an edit); copy fields are never sent; `strategy` is only in a create. Throws an
 * IntegrationsApiError of kind 'invalid_request', with the field in `detail.errors`, for a value that
 * cannot be sent (upstream parameters that are not a JSON object, a SAML create without metadata).
 */
export function kindeRequestBody(
  strategy: KindeStrategy,
  values: Record<string, unknown>,
  mode: 'create' | 'edit',
): KindeConnectionBody {
  const read = (id: string) =>
    Object.prototype.hasOwnProperty.call(values, id) ? (values[id] as FieldValue) : undefined
  const body: KindeConnectionBody = {}
  const displayName = text(read(KINDE_FIELD_IDS.displayName))
  const name = text(read(KINDE_FIELD_IDS.name))
  if (mode === 'create') {
    if (displayName === undefined) {
      throw fieldError(KINDE_FIELD_IDS.displayName, 'Enter a display name.')
    }
    body.name = name ?? displayName
    body.display_name = displayName
    body.strategy = strategy.strategy
  } else {
    if (name !== undefined) {
      body.name = name
    }
    if (displayName !== undefined) {
      body.display_name = displayName
    }
  }
  const applications = strings(read(KINDE_FIELD_IDS.applications))
  if (applications !== undefined) {
    body.enabled_applications = applications
  }
  const options: Record<string, unknown> = {}
  for (const spec of optionSpecs(strategy, mode)) {
    const value = optionValue(spec, read(spec.key), mode)
    if (value !== undefined) {
      options[spec.key] = value
    }
  }
  if (
    mode === 'create' &&
    strategy.variant === 'saml' &&
    options.saml_idp_metadata_url === undefined &&
    options.saml_idp_metadata_xml === undefined
  ) {
    throw fieldError('saml_idp_metadata_url', 'Enter the IdP metadata URL or the metadata XML.')
  }
  if (Object.keys(options).length > 0) {
    body.options = options
  }
  return body
}
