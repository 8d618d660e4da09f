/**
 * One connector's state inside the mock, and the rules that derive what Vault reports from it:
 *
 *   available ─(PATCH enabled:true / settings)→ added ─(OAuth confirm, POST token, import, or all
 *   settings required for authorization present for apiKey/basic/custom)→ authorized ─(no required
 *   setting or resource default missing)→ callable
 *
 * `enabled:false` keeps the state and only marks the connection disabled; a settings value of
 * exactly the string `'invalid'` stands for credentials the provider rejects (state `invalid`);
 * DELETE returns the connector to `available` with its settings cleared. A fixture's own `state`
 * and `health` are reported as given until the first write to that connection.
 */
import type {
  Connection,
  ConnectionHealth,
  ConnectionState,
  FieldValue,
  FormField,
  ResourceConfiguration,
} from '../types'
import { ownValue, setOwn } from '../own-property'

/** The settings value that the mock treats as credentials the provider rejects. */
export const INVALID_CREDENTIAL = 'invalid'

export interface ConnectionRecord {
  /** The fixture as given: catalog data (name, auth type, fields …). */
  readonly fixture: Connection
  /** Settings fields without consumer values (copy/info keep theirs). */
  readonly fields: FormField[]
  /** Resource → its settable defaults, with current values. */
  resources: Map<string, FormField[]>
  settings: Record<string, unknown>
  metadata: Record<string, unknown> | null
  added: boolean
  enabled: boolean
  /** OAuth / token / import credentials were obtained. */
  credentials: boolean
  invalid: boolean
  revoked: boolean
  /** The fixture's own state and health, reported until the first write. */
  pinned: { state: ConnectionState; health: ConnectionHealth | undefined } | undefined
  createdAt: number | undefined
  updatedAt: number | undefined
}

const valueFreeTypes = new Set(['copy', 'info'])

export function hasValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') {
    return false
  }
  return !(Array.isArray(value) && value.length === 0)
}

function withoutValue(item: FormField): FormField {
  if (valueFreeTypes.has(item.type)) {
    return item
  }
  const { value: _value, ...rest } = item
  return rest
}

function resourceFieldsOf(configuration: ResourceConfiguration): FormField[] {
  return configuration.defaults.map((entry) => {
    // Fixtures carry full FormFields here; plain `{ id, value }` defaults get a usable label/type.
    const extra = entry as Partial<FormField>
    return {
      ...extra,
      id: entry.id,
      label: extra.label ?? entry.id,
      type: entry.type ?? 'text',
    }
  })
}

export function createRecord(fixture: Connection): ConnectionRecord {
  const fields = (fixture.form_fields ?? []).map(withoutValue)
  const settings: Record<string, unknown> = { ...(fixture.settings ?? {}) }
  for (const item of fixture.form_fields ?? []) {
    // Field ids are data (`constructor`, `__proto__`…): own-key checks and writes only.
    if (
      !valueFreeTypes.has(item.type) &&
      item.value !== undefined &&
      !Object.hasOwn(settings, item.id)
    ) {
      setOwn(settings, item.id, item.value)
    }
  }
  const resources = new Map<string, FormField[]>()
  for (const resource of fixture.configurable_resources ?? []) {
    resources.set(resource, [])
  }
  for (const configuration of fixture.configuration ?? []) {
    resources.set(configuration.resource, resourceFieldsOf(configuration))
  }
  const state = fixture.state
  return {
    fixture,
    fields,
    resources,
    settings: state === 'available' ? {} : settings,
    metadata: fixture.metadata ?? null,
    added: state !== 'available',
    enabled: fixture.enabled ?? state !== 'available',
    credentials: state === 'authorized' || state === 'callable' || state === 'invalid',
    invalid: state === 'invalid',
    revoked: fixture.health === 'revoked',
    pinned: { state, health: fixture.health },
    createdAt: fixture.created_at,
    updatedAt: fixture.updated_at ?? undefined,
  }
}

/** OAuth-style connectors get credentials from the provider, not from settings. */
export function usesOAuth(record: ConnectionRecord): boolean {
  return record.fixture.auth_type === 'oauth2' || record.fixture.oauth_grant_type !== undefined
}

/** Connectors authorized through a consent window (authorize_url) rather than POST …/token. */
export function usesConsentWindow(record: ConnectionRecord): boolean {
  const grant = record.fixture.oauth_grant_type
  return usesOAuth(record) && (grant === undefined || grant === 'authorization_code')
}

function requiredFieldIds(record: ConnectionRecord): string[] {
  return record.fields
    .filter(
      (item) =>
        item.required === true &&
        !item.hidden &&
        !item.deprecated &&
        !item.disabled &&
        !valueFreeTypes.has(item.type),
    )
    .map((item) => item.id)
}

/** Settings Vault needs before it can authorize (the list the fixture declares). */
export function missingAuthorizationSettings(record: ConnectionRecord): string[] {
  const ids = record.fixture.settings_required_for_authorization ?? []
  return ids.filter((id) => !hasValue(ownValue(record.settings, id)))
}

export function missingSettings(record: ConnectionRecord): string[] {
  return requiredFieldIds(record).filter((id) => !hasValue(ownValue(record.settings, id)))
}

export function missingDefaults(record: ConnectionRecord): string[] {
  const missing: string[] = []
  for (const [resource, fields] of record.resources) {
    for (const item of fields) {
      if (item.required === true && !item.hidden && !hasValue(item.value)) {
        missing.push(`${resource}.${item.id}`)
      }
    }
  }
  return missing
}

export function hasInvalidCredential(values: Record<string, unknown> | null | undefined): boolean {
  return Object.values(values ?? {}).some((value) => value === INVALID_CREDENTIAL)
}

function hasCredentials(record: ConnectionRecord): boolean {
  if (record.fixture.auth_type === 'none') {
    return true
  }
  if (usesOAuth(record)) {
    return record.credentials
  }
  // apiKey / basic / custom: the credentials are settings.
  const ids = record.fixture.settings_required_for_authorization ?? []
  const needed = ids.length > 0 ? ids : requiredFieldIds(record)
  return record.credentials || needed.every((id) => hasValue(ownValue(record.settings, id)))
}

export function deriveState(record: ConnectionRecord): ConnectionState {
  if (record.pinned) {
    return record.pinned.state
  }
  if (!record.added) {
    return 'available'
  }
  if (record.invalid) {
    return 'invalid'
  }
  if (!hasCredentials(record)) {
    return 'added'
  }
  if (missingSettings(record).length > 0 || missingDefaults(record).length > 0) {
    return 'authorized'
  }
  return 'callable'
}

export function deriveHealth(record: ConnectionRecord): ConnectionHealth | undefined {
  if (record.pinned) {
    return record.pinned.health
  }
  switch (deriveState(record)) {
    case 'available':
      return undefined
    case 'invalid':
      return 'needs_auth'
    case 'added':
      if (usesOAuth(record)) {
        return record.revoked ? 'revoked' : 'needs_auth'
      }
      return 'missing_settings'
    case 'authorized':
      return 'missing_settings'
    case 'callable':
      return 'ok'
  }
}

/** Marks a write: from now on the state is derived, no longer the fixture's. */
export function touch(record: ConnectionRecord, now: number): void {
  record.pinned = undefined
  record.createdAt ??= now
  record.updatedAt = now
}

/** Merges a settings patch (a `null` value removes that setting; `null` clears all). */
export function applySettings(
  record: ConnectionRecord,
  patch: Record<string, unknown> | null,
): void {
  if (patch === null) {
    record.settings = {}
  } else {
    for (const [id, value] of Object.entries(patch)) {
      if (value === null) {
        delete record.settings[id]
      } else {
        setOwn(record.settings, id, value)
      }
    }
  }
  record.invalid = hasInvalidCredential(record.settings)
}

/** Applies `configuration: [{ resource, defaults: [{ id, value }] }]`; returns the problems found. */
export function applyDefaults(
  record: ConnectionRecord,
  configuration: Array<{ resource?: unknown; defaults?: unknown }>,
): string[] {
  const problems: string[] = []
  for (const [index, entry] of configuration.entries()) {
    const resource = typeof entry.resource === 'string' ? entry.resource : undefined
    const fields = resource === undefined ? undefined : record.resources.get(resource)
    if (!resource || !fields) {
      problems.push(
        `configuration[${index}].resource ${String(entry.resource)} is not configurable`,
      )
      continue
    }
    const defaults = Array.isArray(entry.defaults)
      ? (entry.defaults as Array<{ id?: unknown; value?: unknown }>)
      : []
    const next = fields.map((item) => ({ ...item }))
    for (const value of defaults) {
      const target = next.find((item) => item.id === value.id)
      if (!target) {
        problems.push(`Unknown default ${String(value.id)} for resource ${resource}`)
        continue
      }
      if ('value' in value) {
        target.value = value.value as FieldValue
      }
    }
    if (problems.length === 0) {
      record.resources.set(resource, next)
    }
  }
  return problems
}

/** Back to `available`: settings, metadata, credentials and resource defaults cleared. */
export function clearRecord(record: ConnectionRecord): void {
  record.added = false
  record.enabled = false
  record.credentials = false
  record.invalid = false
  record.revoked = false
  record.settings = {}
  record.metadata = null
  record.createdAt = undefined
  record.updatedAt = undefined
  for (const [resource, fields] of record.resources) {
    record.resources.set(resource, fields.map(withoutValue))
  }
}

export interface ViewContext {
  authorizeUrl(record: ConnectionRecord): string | null
  revokeUrl(record: ConnectionRecord): string | null
}

/** The connection as Vault's API returns it. */
export function toConnectionView(record: ConnectionRecord, context: ViewContext): Connection {
  const { fixture } = record
  const state = deriveState(record)
  const health = deriveHealth(record)
  const {
    health: _health,
    authorize_url: _authorizeUrl,
    revoke_url: _revokeUrl,
    created_at: _createdAt,
    updated_at: _updatedAt,
    ...catalog
  } = fixture
  const configuration: ResourceConfiguration[] = [...record.resources].map(
    ([resource, fields]) => ({
      resource,
      defaults: fields.map((item) => ({
        id: item.id,
        ...(item.target ? { target: item.target } : {}),
        ...(item.options ? { options: item.options } : {}),
        ...(item.value !== undefined ? { value: item.value } : {}),
      })),
    }),
  )
  return structuredClone({
    ...catalog,
    state,
    enabled: record.enabled,
    ...(health ? { health } : {}),
    authorize_url: context.authorizeUrl(record),
    revoke_url: context.revokeUrl(record),
    settings: record.added ? { ...record.settings } : null,
    metadata: record.metadata,
    form_fields: record.fields.map((item) =>
      Object.hasOwn(record.settings, item.id) && !valueFreeTypes.has(item.type)
        ? { ...item, value: record.settings[item.id] as FieldValue }
        : item,
    ),
    configurable_resources: [...record.resources.keys()],
    configuration,
    ...(record.createdAt !== undefined && record.added ? { created_at: record.createdAt } : {}),
    ...(record.updatedAt !== undefined && record.added ? { updated_at: record.updatedAt } : {}),
  })
}

/** `GET …/{resource}/config`: the connection with `configuration` as that resource's flat fields. */
export function toResourceSettingsView(
  record: ConnectionRecord,
  resource: string,
  context: ViewContext,
): Omit<Connection, 'configuration'> & { configuration: FormField[] } {
  const view = toConnectionView(record, context)
  return { ...view, configuration: structuredClone(record.resources.get(resource) ?? []) }
}
