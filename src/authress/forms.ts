/**
 * The create and edit forms of each Authress connector, and the two mappings between a form and an
 * Authress connection: the readable values that prefill an edit form (Authress returns the
 * configuration, unlike Kinde), and the connection a create or an edit sends.
 *
 * The client secret is never a form value: its field starts blank, and in an edit a blank secret
 * keeps the stored one (the adapter merges over a fresh GET, see ./adapter.ts). Written for size:
 * this module is most of what the Authress entry adds to a page (budget 4 KB gzip).
 */
import { isRecord } from '../json-guards'
import type { FormField } from '../types'
import type { AuthressConnector } from './connectors'
import type { AuthressMessages } from './messages'
import { AUTHRESS_READ_ONLY_PROPERTIES, type AuthressConnection } from './types'

type Values = Record<string, unknown>

/** What the generic connectors' forms ask for and show as they are (the presets build their URLs). */
const FORM_URLS = ['authenticationUrl', 'tokenUrl', 'issuerUrl', 'providerCertificate'] as const

/** The field builder of one language: a required field labelled with the message of its id. */
const fieldsIn =
  (m: AuthressMessages) =>
  (id: keyof AuthressMessages, type = 'text', extras: Partial<FormField> = {}): FormField => ({
    id,
    label: m[id],
    type,
    required: true,
    ...extras,
  })

/** A connector's fields, the URLs its `urls` source asks for first, then the client's. */
function fieldsFor(connector: AuthressConnector, edit: boolean, m: AuthressMessages): FormField[] {
  const field = fieldsIn(m)
  const fields = [field('name')]
  if (connector.type === 'SAML2') {
    return [
      ...fields,
      field('authenticationUrl', 'url', { label: m.ssoUrl }),
      field('issuerUrl', 'text', { label: m.entityId }),
      field('providerCertificate', 'textarea'),
    ]
  }
  if (connector.urls === 'tenant') {
    fields.push(field('tenantId'))
  } else if (connector.urls === 'domain') {
    fields.push(field('oktaDomain', 'text', { placeholder: 'example.okta.com' }))
  } else if (connector.urls === 'form') {
    fields.push(
      field('authenticationUrl', 'url'),
      field('tokenUrl', 'url'),
      field('issuerUrl', 'text', { required: false }),
    )
  }
  fields.push(
    field('clientId'),
    // Never prefilled; in an edit, blank keeps the secret Authress holds.
    field('clientSecret', 'password', {
      sensitive: true,
      required: !edit,
      description: edit ? m.keepSecret : null,
    }),
    field('scope', 'text', { required: false, default_value: connector.scope ?? null }),
  )
  if (connector.urls === 'form') {
    fields.push(
      field('tokenRequestFormat', 'select', {
        default_value: 'application/json',
        options: [
          { label: 'JSON', value: 'application/json' },
          { label: m.urlEncoded, value: 'application/x-www-form-urlencoded' },
        ],
      }),
    )
  }
  return fields
}

/** A catalog entry's create form. */
export function createForm(connector: AuthressConnector, messages: AuthressMessages): FormField[] {
  return fieldsFor(connector, false, messages)
}

/** An instance's edit form, prefilled from its readable values, with its id to copy. */
export function editForm(
  connector: AuthressConnector | undefined,
  connection: AuthressConnection & { connectionId: string },
  messages: AuthressMessages,
): FormField[] {
  const settings = readableSettings(connector, connection)
  const field = fieldsIn(messages)
  const fields = connector ? fieldsFor(connector, true, messages) : [field('name')]
  return [
    ...fields.map((item) => (item.id in settings ? { ...item, value: settings[item.id] } : item)),
    field('connectionId', 'copy', {
      value: connection.connectionId,
      disabled: true,
      required: false,
    }),
  ]
}

/** `url` parsed, or undefined. */
function parseUrl(url: unknown): URL | undefined {
  try {
    return new URL(String(url))
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
  const url = parseUrl(connection.authenticationUrl)
  const urls = connector?.urls
  const candidates: Values = {
    name: data.name,
    clientId: connection.clientId,
    scope: properties.scope,
  }
  if (urls === 'form') {
    for (const key of FORM_URLS) {
      candidates[key] = connection[key]
    }
    candidates.tokenRequestFormat = data.supportedContentType
  }
  if (urls === 'tenant' && url) {
    candidates.tenantId = decodeURIComponent(url.pathname.split('/')[1] ?? '')
  }
  if (urls === 'domain') {
    candidates.oktaDomain = url?.host
  }
  const result: Record<string, string> = {}
  for (const [id, value] of Object.entries(candidates)) {
    if (typeof value === 'string' && value !== '') {
      result[id] = value
    }
  }
  return result
}

/** A trimmed string value; '' for a blank one; undefined when the form did not send the field. */
function valueOf(values: Values, id: string): string | undefined {
  return Object.hasOwn(values, id) ? String(values[id] ?? '').trim() : undefined
}

/** Sets `key` from a value: a blank value removes it (a PUT replaces the whole connection). */
function assign(target: Values, key: string, value: string | undefined): void {
  if (value === '') {
    delete target[key]
  } else if (value !== undefined) {
    target[key] = value
  }
}

/**
 * The connection to send for `values` of `connector`'s form: over `base` (an edit's fresh GET, or
 * nothing for a create), keeping every property the form does not own, without the read-only
 * ones. A blank client secret keeps `base`'s; other blank values remove their property.
 */
export function toAuthressConnection(
  connector: AuthressConnector | undefined,
  values: Values,
  base: AuthressConnection = {},
): AuthressConnection {
  const body: AuthressConnection = { ...base }
  for (const key of AUTHRESS_READ_ONLY_PROPERTIES) {
    delete body[key]
  }
  const data: Values = { ...(isRecord(base.data) ? base.data : {}) }
  const properties: Values = {
    ...(isRecord(base.defaultConnectionProperties) ? base.defaultConnectionProperties : {}),
  }
  assign(data, 'name', valueOf(values, 'name'))
  if (connector) {
    body.type = connector.type
    const { urls } = connector
    if (urls === 'form') {
      for (const key of FORM_URLS) {
        assign(body, key, valueOf(values, key))
      }
      assign(data, 'supportedContentType', valueOf(values, 'tokenRequestFormat'))
    } else {
      // The URLs come from the preset, filled with the one value the form asks for.
      const value =
        urls === 'preset'
          ? ''
          : valueOf(values, urls === 'tenant' ? 'tenantId' : 'oktaDomain')
              ?.replace(/^https?:\/\//i, '')
              .replace(/\/.*$/, '')
      for (const key of ['authenticationUrl', 'tokenUrl', 'issuerUrl'] as const) {
        if (urls === 'preset' || value) {
          assign(
            body,
            key,
            connector[key]?.replace(/\{\w+\}/, encodeURIComponent(value ?? '')) ?? '',
          )
        }
      }
    }
    assign(body, 'clientId', valueOf(values, 'clientId'))
    const secret = valueOf(values, 'clientSecret')
    if (secret) {
      body.clientSecret = secret
    }
    assign(properties, 'scope', valueOf(values, 'scope'))
  }
  body.data = data
  if (Object.keys(properties).length > 0) {
    body.defaultConnectionProperties = properties as Record<string, string>
  } else {
    delete body.defaultConnectionProperties
  }
  return body
}
