/**
 * Checks the body of `POST /vault/sessions` against the spec's `Session` schema before it is sent
 * (specs/apideck-vault.yml; test/src/server/vault-session-request.test.ts holds this module to the
 * spec). Hand-written rather than the precompiled ajv validators of the mock: those belong to
 * `integrations-kit/testing`, and the server entry stays small and dependency-free.
 *
 * Two checks go past the schema, both because a wrong value would only fail later and far away:
 * `redirect_uri` must be an absolute http(s) URL (Vault redirects the user there), and
 * `session_length` must be a duration Vault reads (`30m`, `1h`, `7d`, at most a week).
 *
 * Messages name the field and what it must be, never the value: a value could be a secret pasted
 * into the wrong option.
 */
import type { components } from '../vault/schema'
import { MAX_SESSION_SECONDS, sessionLengthSeconds } from '../vault/session-length'

/** The body of `POST /vault/sessions` (the spec's `Session`). */
export type VaultSessionBody = components['schemas']['Session']

/** The spec's `UnifiedApiId` enum (the test compares it with the spec). */
export const unifiedApiIds: readonly string[] = [
  'accounting',
  'ats',
  'calendar',
  'crm',
  'csp',
  'customer-support',
  'ecommerce',
  'email',
  'email-marketing',
  'expense-management',
  'file-storage',
  'form',
  'hris',
  'lead',
  'payroll',
  'pos',
  'procurement',
  'project-management',
  'script',
  'sms',
  'spreadsheet',
  'subscription-analytics',
  'team-messaging',
  'issue-tracking',
  'time-registration',
  'transactional-email',
  'vault',
  'data-warehouse',
]

/** The spec's `allow_actions` items. */
export const vaultActions: readonly string[] = ['delete', 'disconnect', 'reauthorize', 'disable']

const settingsBooleans = [
  'hide_resource_settings',
  'sandbox_mode',
  'isolation_mode',
  'show_logs',
  'show_suggestions',
  'show_sidebar',
  'auto_redirect',
  'hide_guides',
]
const settingsKeys = new Set([
  ...settingsBooleans,
  'unified_apis',
  'session_length',
  'allow_actions',
])
const themeStrings = [
  'favicon',
  'logo',
  'primary_color',
  'sidepanel_background_color',
  'sidepanel_text_color',
  'vault_name',
  'privacy_url',
  'terms_url',
]
const consumerMetadataStrings = ['account_name', 'user_name', 'email', 'image']
const sessionKeys = new Set([
  'consumer_metadata',
  'redirect_uri',
  'settings',
  'theme',
  'custom_consumer_settings',
])

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false
  }
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** True for an absolute http: or https: URL. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

function checkStrings(
  object: Record<string, unknown>,
  names: readonly string[],
  path: string,
  problems: string[],
): void {
  for (const name of names) {
    if (object[name] !== undefined && typeof object[name] !== 'string') {
      problems.push(`${path}.${name} must be a string`)
    }
  }
}

function checkSettings(settings: Record<string, unknown>, problems: string[]): void {
  for (const key of Object.keys(settings)) {
    if (!settingsKeys.has(key)) {
      problems.push(`settings.${key} is not a session setting of Vault`)
    }
  }
  for (const name of settingsBooleans) {
    if (settings[name] !== undefined && typeof settings[name] !== 'boolean') {
      problems.push(`settings.${name} must be a boolean`)
    }
  }
  const { unified_apis: apis, allow_actions: actions, session_length: length } = settings
  if (apis !== undefined) {
    if (!Array.isArray(apis) || apis.some((api) => !unifiedApiIds.includes(api as string))) {
      problems.push('settings.unified_apis must be an array of unified API ids (e.g. "crm")')
    }
  }
  if (actions !== undefined) {
    if (!Array.isArray(actions) || actions.some((action) => !vaultActions.includes(action))) {
      problems.push(`settings.allow_actions must be an array of ${vaultActions.join(', ')}`)
    }
  }
  if (length !== undefined) {
    const seconds = typeof length === 'string' ? sessionLengthSeconds(length) : undefined
    if (seconds === undefined || seconds <= 0 || seconds > MAX_SESSION_SECONDS) {
      problems.push('settings.session_length must be a duration such as 30m, 1h or 7d, at most 1w')
    }
  }
}

/** Every problem of `body` as a `Session`, as a field and what it must be; [] when it is valid. */
export function checkSessionBody(body: Record<string, unknown>): string[] {
  const problems: string[] = []
  for (const key of Object.keys(body)) {
    if (!sessionKeys.has(key)) {
      problems.push(`${key} is not a field of a Vault session`)
    }
  }
  const { consumer_metadata: metadata, redirect_uri: redirectUri, settings, theme } = body
  if (metadata !== undefined) {
    if (isPlainObject(metadata)) {
      checkStrings(metadata, consumerMetadataStrings, 'consumerMetadata', problems)
    } else {
      problems.push('consumerMetadata must be an object')
    }
  }
  if (redirectUri !== undefined && (typeof redirectUri !== 'string' || !isHttpUrl(redirectUri))) {
    problems.push('redirectUri must be an absolute http(s) URL')
  }
  if (settings !== undefined) {
    if (isPlainObject(settings)) {
      checkSettings(settings, problems)
    } else {
      problems.push('settings must be an object')
    }
  }
  if (theme !== undefined) {
    if (isPlainObject(theme)) {
      checkStrings(theme, themeStrings, 'theme', problems)
    } else {
      problems.push('theme must be an object')
    }
  }
  const custom = body.custom_consumer_settings
  if (custom !== undefined && !isPlainObject(custom)) {
    problems.push('customConsumerSettings must be an object')
  }
  return problems
}
