/**
 * The create and edit forms of a Kinde connector, built from the spec's `options` variant for its
 * strategy (social, Azure AD, SAML) in the order and wording of Kinde's dashboard, and the request
 * bodies built back from a form's values.
 *
 * Kinde never returns a connection's options, so an edit form cannot show what is saved: its fields
 * start blank and blank means unchanged, booleans become a three-way select ("Keep current setting",
 * On, Off), and the body carries only fields that have a value. Secrets are masked and never
 * prefilled. Form field ids are the API's own keys, so a 400 naming `home_realm_domains` lands on
 * that field; the other ids (`connection_id`, `callback_url`, `acs_url`: copy fields) are never sent.
 */
import { IntegrationsApiError } from '../errors'
import { isRecord } from '../json-guards'
import type { FieldValue, FormField } from '../types'
import { kindeEn, type KindeMessages } from './messages'
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
  /** The labels, descriptions and messages of the form. Default English (`kindeEn`). */
  messages?: KindeMessages
}

/**
 * Every option by API name, in the order of Kinde's dashboard (one list holds it for all three
 * variants): the keys of the English message table from `entra_id_domain` to `upstream_params`
 * (./messages.ts keeps them in this order, and labels them), each with its code here: its kind of
 * field, then the variants that take it (s: social, a: Azure AD, m: SAML). Kinds: t text, u URL,
 * p password, k masked PEM (a private key), x PEM or XML, j JSON, d domains (multi-select with
 * custom values), e enum (see ENUMS), b boolean. One compact table keeps the bundle small.
 */
const OPTIONS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.keys(kindeEn)
    .slice(5, 32)
    .map((key, index) => [
      key,
      'ta tsa psa tm um xm um em em em tm tm tm tm dam bam ba ba ba bsam ba bam bam bsam xm km jam'.split(
        ' ',
      )[index],
    ]),
)

const VARIANT_LETTER: Record<KindeStrategy['variant'], string> = {
  social: 's',
  azure_ad: 'a',
  saml: 'm',
}

const ENUMS: Record<string, readonly string[]> = {
  sign_request_algorithm: ['RSA-SHA256', 'RSA-SHA1'],
  protocol_binding: ['HTTP-REDIRECT', 'HTTP-POST'],
  name_id_format: ['Persistent', 'Transient', 'Email address', 'Unspecified'],
}

/** Only in the POST body: the spec leaves it out of PATCH and PUT. */
const CREATE_ONLY = 'is_auto_join_organization_enabled'

/** The kind letter of an option (see {@link OPTIONS}). */
const kindOf = (key: string): string => OPTIONS[key]?.[0] ?? 't'

/** The option keys of a strategy's form. */
function optionsOf(strategy: KindeStrategy, mode: KindeFormContext['mode']): string[] {
  const letter = VARIANT_LETTER[strategy.variant]
  return Object.keys(OPTIONS).filter(
    (key) => OPTIONS[key]?.includes(letter, 1) && (mode === 'create' || key !== CREATE_ONLY),
  )
}

/** A message of the table by a key built from a field id (every such key is in the English table). */
const message = (messages: KindeMessages, key: string): string | undefined =>
  (messages as Record<string, string | undefined>)[key]

function optionField(
  key: string,
  mode: KindeFormContext['mode'],
  messages: KindeMessages,
): FormField {
  const edit = mode === 'edit'
  const base: Omit<FormField, 'type'> = { id: key, label: message(messages, key) ?? key }
  const description = message(messages, `${key}.description`)
  if (description !== undefined) {
    base.description = description
  }
  switch (kindOf(key)) {
    case 'u':
      return { ...base, type: 'url' }
    case 'p':
      return { ...base, type: 'password', sensitive: true }
    case 'k':
      // A private key is a PEM block: a masked textarea.
      return { ...base, type: 'textarea', sensitive: true }
    case 'x':
    case 'j':
      return { ...base, type: 'textarea' }
    case 'd':
      return { ...base, type: 'multi-select', allow_custom_values: true, options: [] }
    case 'e':
      return {
        ...base,
        type: 'select',
        options: (ENUMS[key] ?? []).map((value) => ({
          label: message(messages, `${key}.${value}`) ?? value,
          value,
        })),
        ...(edit ? { placeholder: messages.keep } : {}),
      }
    case 'b':
      // Kinde does not say what is saved: an edit offers "keep" as well as On and Off.
      return edit
        ? {
            ...base,
            type: 'select',
            placeholder: messages.keep,
            options: [
              { label: messages.on, value: true },
              { label: messages.off, value: false },
            ],
          }
        : { ...base, type: 'checkbox', default_value: false }
    default:
      return { ...base, type: 'text' }
  }
}

/** The create form (`mode: 'create'`) or edit form of a connector. */
export function kindeFormFields(strategy: KindeStrategy, context: KindeFormContext): FormField[] {
  const { mode, messages = kindeEn } = context
  const fields: FormField[] = []
  const copy = (id: 'connection_id' | 'acs_url' | 'callback_url', value: string | undefined) => {
    if (value !== undefined) {
      fields.push({ id, label: messages[id], type: 'copy', value })
    }
  }
  if (mode === 'edit') {
    copy('connection_id', context.connectionId)
  }
  for (const id of ['display_name', 'name'] as const) {
    fields.push({ id, label: messages[id], type: 'text', required: mode === 'create' })
  }
  if (strategy.variant === 'saml') {
    copy('acs_url', context.acsUrl)
  } else {
    copy('callback_url', context.callbackUrl)
  }
  for (const key of optionsOf(strategy, mode)) {
    fields.push(optionField(key, mode, messages))
  }
  if (context.applications !== undefined && context.applications.length > 0) {
    fields.push({
      id: 'enabled_applications',
      label: messages.enabled_applications,
      type: 'multi-select',
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

function optionValue(
  key: string,
  raw: FieldValue | undefined,
  mode: 'create' | 'edit',
  messages: KindeMessages,
) {
  switch (kindOf(key)) {
    case 'e': {
      const value = text(raw)
      return value !== undefined && ENUMS[key]?.includes(value) ? value : undefined
    }
    case 'd':
      return strings(raw)
    case 'b':
      // An unticked box on a create form is Kinde's default (off): only ticked ones are sent, so
      // the body holds what the user entered. An edit's blank is "keep".
      return mode === 'create' ? flag(raw) || undefined : flag(raw)
    case 'j': {
      const source = text(raw)
      if (source === undefined) {
        return undefined
      }
      let parsed: unknown
      try {
        parsed = JSON.parse(source)
      } catch {
        // Not JSON: the same message as JSON that is not an object.
      }
      if (!isRecord(parsed)) {
        throw fieldError(key, messages['invalid.json'])
      }
      return parsed
    }
    default:
      // Text, URLs, secrets and PEM blocks (which keep their line breaks): only outer blanks go.
      return text(raw)
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
  messages: KindeMessages = kindeEn,
): KindeConnectionBody {
  const read = (id: string) =>
    Object.prototype.hasOwnProperty.call(values, id) ? (values[id] as FieldValue) : undefined
  const body: KindeConnectionBody = {}
  const displayName = text(read('display_name'))
  const name = text(read('name'))
  if (mode === 'create') {
    if (displayName === undefined) {
      throw fieldError('display_name', messages['invalid.display_name'])
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
  const applications = strings(read('enabled_applications'))
  if (applications !== undefined) {
    body.enabled_applications = applications
  }
  const options: Record<string, unknown> = {}
  for (const key of optionsOf(strategy, mode)) {
    const value = optionValue(key, read(key), mode, messages)
    if (value !== undefined) {
      options[key] = value
    }
  }
  if (
    mode === 'create' &&
    strategy.variant === 'saml' &&
    options.saml_idp_metadata_url === undefined &&
    options.saml_idp_metadata_xml === undefined
  ) {
    throw fieldError('saml_idp_metadata_url', messages['invalid.metadata'])
  }
  if (Object.keys(options).length > 0) {
    body.options = options
  }
  return body
}
