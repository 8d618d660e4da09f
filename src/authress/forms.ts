/**
 * The create and edit forms of each Authress connector, and the two mappings between a form and an
 * Authress connection: the readable values that prefill an edit form (Authress returns the
 * configuration, unlike Kinde), and the connection a create or an edit sends.
 *
 * The client secret is never a form value: its field starts blank, and in an edit a blank secret
 * keeps the stored one (the adapter merges over a fresh GET, see ./adapter.ts).
 */
import { isRecord } from '../json-guards'
import type { FormField } from '../types'
import type { AuthressConnector } from './connectors'
import {
  AUTHRESS_READ_ONLY_PROPERTIES,
  type AuthressConnection,
  type AuthressConnectionData,
} from './types'

/** The ids of the form fields (the keys of `values` in a create or an edit). */
export const AUTHRESS_FIELD = {
  name: 'name',
  connectionId: 'connectionId',
  tenant: 'tenantId',
  domain: 'oktaDomain',
  authenticationUrl: 'authenticationUrl',
  tokenUrl: 'tokenUrl',
  issuerUrl: 'issuerUrl',
  clientId: 'clientId',
  clientSecret: 'clientSecret',
  scope: 'scope',
  tokenRequestFormat: 'tokenRequestFormat',
  certificate: 'providerCertificate',
} as const

type Mode = 'create' | 'edit'

function text(id: string, label: string, extras: Partial<FormField> = {}): FormField {
  return { id, label, type: 'text', ...extras }
}

function nameField(): FormField {
  return text(AUTHRESS_FIELD.name, 'Display name', {
    required: true,
    description: 'The name people see when they choose how to sign in.',
  })
}

function clientFields(mode: Mode): FormField[] {
  return [
    text(AUTHRESS_FIELD.clientId, 'Client ID', { required: true }),
    {
      id: AUTHRESS_FIELD.clientSecret,
      label: 'Client secret',
      type: 'password',
      sensitive: true,
      // Never prefilled; in an edit, blank keeps the secret Authress holds.
      required: mode === 'create',
      description: mode === 'edit' ? 'Leave blank to keep the current secret.' : null,
    },
  ]
}

function scopeField(connector: AuthressConnector): FormField {
  return text(AUTHRESS_FIELD.scope, 'Scopes', {
    default_value: connector.scope ?? null,
    description: 'Separated by spaces.',
  })
}

/** The fields of one connector's form, without values (`mode` changes what a blank secret means). */
function fieldsFor(connector: AuthressConnector, mode: Mode): FormField[] {
  if (connector.type === 'SAML2') {
    return [
      nameField(),
      { id: AUTHRESS_FIELD.authenticationUrl, label: 'SSO URL', type: 'url', required: true },
      text(AUTHRESS_FIELD.issuerUrl, 'Entity ID', { required: true }),
      {
        id: AUTHRESS_FIELD.certificate,
        label: 'Signing certificate',
        type: 'textarea',
        required: true,
        description: "The identity provider's X.509 certificate (PEM).",
      },
    ]
  }
  switch (connector.urls) {
    case 'tenant':
      return [
        nameField(),
        text(AUTHRESS_FIELD.tenant, 'Directory (tenant) ID', {
          required: true,
          description: 'From the Overview page of your app registration in Microsoft Entra ID.',
        }),
        ...clientFields(mode),
        scopeField(connector),
      ]
    case 'domain':
      return [
        nameField(),
        text(AUTHRESS_FIELD.domain, 'Okta domain', {
          required: true,
          placeholder: 'example.okta.com',
        }),
        ...clientFields(mode),
        scopeField(connector),
      ]
    case 'form':
      return [
        nameField(),
        {
          id: AUTHRESS_FIELD.authenticationUrl,
          label: 'Authorization URL',
          type: 'url',
          required: true,
        },
        { id: AUTHRESS_FIELD.tokenUrl, label: 'Token URL', type: 'url', required: true },
        text(AUTHRESS_FIELD.issuerUrl, 'Issuer'),
        ...clientFields(mode),
        scopeField(connector),
        {
          id: AUTHRESS_FIELD.tokenRequestFormat,
          label: 'Token request format',
          type: 'select',
          default_value: 'application/json',
          options: [
            { label: 'JSON', value: 'application/json' },
            { label: 'Form (URL-encoded)', value: 'application/x-www-form-urlencoded' },
          ],
        },
      ]
    case 'preset':
      return [nameField(), ...clientFields(mode), scopeField(connector)]
  }
}

/** A catalog entry's create form. */
export function createForm(connector: AuthressConnector): FormField[] {
  return fieldsFor(connector, 'create')
}

/** An instance's edit form, prefilled from its readable values, with its id to copy. */
export function editForm(
  connector: AuthressConnector | undefined,
  connection: AuthressConnection & { connectionId: string },
): FormField[] {
  const settings = readableSettings(connector, connection)
  const fields = connector === undefined ? [nameField()] : fieldsFor(connector, 'edit')
  return [
    ...fields.map((field) =>
      field.id in settings ? { ...field, value: settings[field.id] } : field,
    ),
    {
      id: AUTHRESS_FIELD.connectionId,
      label: 'Connection ID',
      type: 'copy',
      value: connection.connectionId,
      disabled: true,
    },
  ]
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** The first path segment of a URL (the tenant in `login.microsoftonline.com/{tenant}/…`). */
function firstPathSegment(url: unknown): string | undefined {
  try {
    const segment = new URL(String(url)).pathname.split('/')[1]
    return segment === undefined || segment === '' ? undefined : decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

function hostOf(url: unknown): string | undefined {
  try {
    return new URL(String(url)).host
  } catch {
    return undefined
  }
}

/**
 * The values an edit form shows, keyed by field id. Never the client secret, whether or not
 * Authress returned it.
 */
export function readableSettings(
  connector: AuthressConnector | undefined,
  connection: AuthressConnection,
): Record<string, string> {
  const data = isRecord(connection.data) ? connection.data : {}
  const properties = isRecord(connection.defaultConnectionProperties)
    ? connection.defaultConnectionProperties
    : {}
  const candidates: Record<string, string | undefined> = {
    [AUTHRESS_FIELD.name]: stringOf(data.name),
    [AUTHRESS_FIELD.clientId]: stringOf(connection.clientId),
    [AUTHRESS_FIELD.scope]: stringOf(properties.scope),
  }
  if (connector?.type === 'SAML2' || connector?.urls === 'form') {
    candidates[AUTHRESS_FIELD.authenticationUrl] = stringOf(connection.authenticationUrl)
    candidates[AUTHRESS_FIELD.tokenUrl] = stringOf(connection.tokenUrl)
    candidates[AUTHRESS_FIELD.issuerUrl] = stringOf(connection.issuerUrl)
    candidates[AUTHRESS_FIELD.certificate] = stringOf(connection.providerCertificate)
    candidates[AUTHRESS_FIELD.tokenRequestFormat] = stringOf(data.supportedContentType)
  }
  if (connector?.urls === 'tenant') {
    candidates[AUTHRESS_FIELD.tenant] = firstPathSegment(connection.authenticationUrl)
  }
  if (connector?.urls === 'domain') {
    candidates[AUTHRESS_FIELD.domain] = hostOf(connection.authenticationUrl)
  }
  const result: Record<string, string> = {}
  for (const [id, value] of Object.entries(candidates)) {
    if (value !== undefined) {
      result[id] = value
    }
  }
  return result
}

/* -------------------------------------------------------------------------------------------------
 * Form values → Authress connection
 * -----------------------------------------------------------------------------------------------*/

/** A trimmed string value; '' for a blank one; undefined when the form did not send the field. */
function valueOf(values: Record<string, unknown>, id: string): string | undefined {
  if (!Object.hasOwn(values, id)) {
    return undefined
  }
  const value = values[id]
  if (value === null || value === undefined) {
    return ''
  }
  return typeof value === 'string' ? value.trim() : String(value)
}

/** Sets `key` from a value: a blank value removes it (a PUT replaces the whole connection). */
function assign(target: Record<string, unknown>, key: string, value: string | undefined): void {
  if (value === undefined) {
    return
  }
  if (value === '') {
    delete target[key]
  } else {
    target[key] = value
  }
}

/** The Okta domain as a bare host: pasted URLs (`https://x.okta.com/`) are accepted. */
function normaliseDomain(domain: string): string {
  return domain.replace(/^https?:\/\//i, '').replace(/\/.*$/, '')
}

function fromTemplate(
  template: string | undefined,
  name: string,
  value: string,
): string | undefined {
  return template?.replace(`{${name}}`, encodeURIComponent(value))
}

function withoutReadOnly(connection: AuthressConnection): AuthressConnection {
  const result: AuthressConnection = { ...connection }
  for (const key of AUTHRESS_READ_ONLY_PROPERTIES) {
    delete result[key]
  }
  return result
}

/**
 * The connection to send for `values` of `connector`'s form: over `base` (an edit's fresh GET, or
 * nothing for a create), keeping every property the form does not own, without the read-only
 * ones. A blank client secret keeps `base`'s; other blank values remove their property.
 */
export function toAuthressConnection(
  connector: AuthressConnector | undefined,
  values: Record<string, unknown>,
  base: AuthressConnection = {},
): AuthressConnection {
  const body = withoutReadOnly(base)
  const data: AuthressConnectionData = isRecord(base.data) ? { ...base.data } : {}
  assign(data, 'name', valueOf(values, AUTHRESS_FIELD.name))
  if (connector === undefined) {
    body.data = data
    return body
  }
  body.type = connector.type

  const urls: Record<string, string | undefined> = {}
  if (connector.type === 'SAML2' || connector.urls === 'form') {
    urls.authenticationUrl = valueOf(values, AUTHRESS_FIELD.authenticationUrl)
    urls.tokenUrl = valueOf(values, AUTHRESS_FIELD.tokenUrl)
    urls.issuerUrl = valueOf(values, AUTHRESS_FIELD.issuerUrl)
  } else if (connector.urls === 'preset') {
    urls.authenticationUrl = connector.authenticationUrl
    urls.tokenUrl = connector.tokenUrl
    urls.issuerUrl = connector.issuerUrl
  } else {
    const [name, id] =
      connector.urls === 'tenant'
        ? ['tenant', AUTHRESS_FIELD.tenant]
        : ['domain', AUTHRESS_FIELD.domain]
    const raw = valueOf(values, id)
    if (raw !== undefined && raw !== '') {
      const value = connector.urls === 'domain' ? normaliseDomain(raw) : raw
      urls.authenticationUrl = fromTemplate(connector.authenticationUrl, name, value)
      urls.tokenUrl = fromTemplate(connector.tokenUrl, name, value)
      urls.issuerUrl = fromTemplate(connector.issuerUrl, name, value)
    }
  }
  for (const [key, value] of Object.entries(urls)) {
    assign(body, key, value)
  }

  if (connector.type === 'SAML2') {
    assign(body, 'providerCertificate', valueOf(values, AUTHRESS_FIELD.certificate))
  } else {
    assign(body, 'clientId', valueOf(values, AUTHRESS_FIELD.clientId))
    const secret = valueOf(values, AUTHRESS_FIELD.clientSecret)
    if (secret !== undefined && secret !== '') {
      body.clientSecret = secret
    }
    const properties = isRecord(base.defaultConnectionProperties)
      ? { ...base.defaultConnectionProperties }
      : {}
    assign(properties, 'scope', valueOf(values, AUTHRESS_FIELD.scope))
    if (Object.keys(properties).length > 0) {
      body.defaultConnectionProperties = properties as Record<string, string>
    } else {
      delete body.defaultConnectionProperties
    }
    if (connector.urls === 'form') {
      assign(data, 'supportedContentType', valueOf(values, AUTHRESS_FIELD.tokenRequestFormat))
    }
  }
  body.data = data
  return body
}
