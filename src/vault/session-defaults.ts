/**
 * What a Vault session token says about the page: the host chose it when it created the session
 * (`POST /vault/sessions`, spec schema `Session`: `settings`, `theme`, `consumer_metadata`, and the
 * `data_scopes` claim Vault adds), so the page starts from it and every prop overrides it.
 *
 * The claims are read, never verified (only Vault can verify the token): they set defaults, they
 * grant nothing. They are untrusted input all the same: each one is checked by shape, and a value
 * of the wrong type is dropped, never thrown on. URLs (logo, avatar) pass only as absolute http(s)
 * URLs (safe-url.ts), and the colour only as a hex or rgb() colour the theme can compute contrast
 * for.
 */
import type { ManageAction } from '../details/allowed-actions'
import { safeUrl } from '../safe-url'
import { decodeJwtClaims } from './jwt'

/** The session's `consumer_metadata`: who is signed in, for the header's consumer card. */
export interface SessionConsumer {
  /** An absolute http(s) URL (anything else is dropped). */
  image?: string
  userName?: string
  accountName?: string
  email?: string
}

/**
 * The defaults a Vault session token carries, named after the IntegrationsPage props they default.
 * Every prop overrides its claim.
 */
export interface SessionDefaults {
  /**
   * `settings.allow_actions`: the Vault actions it lists (`delete`, `disconnect`, `reauthorize`,
   * `disable`) plus this library's own actions, which the claim does not govern (settings,
   * resources, validate, import, credentials).
   */
  allowActions?: readonly ManageAction[]
  /** `settings.hide_resource_settings`. */
  hideResourceSettings?: boolean
  /** `settings.hide_consumer_card`. */
  hideConsumerCard?: boolean
  /** `settings.hide_guides`: no connection guide links. */
  hideGuides?: boolean
  /** `settings.show_logs: false`: no Request logs section. */
  hideLogs?: boolean
  /** `data_scopes.enabled`: data-scope consent screens on or off. */
  consent?: boolean
  /** `theme.primary_color`, when it is a hex or rgb() colour. */
  accentColor?: string
  /** `theme.vault_name`: the page title. */
  title?: string
  /** `theme.logo`: an absolute http(s) URL for the header logo. */
  logo?: string
  /** `consumer_metadata`, when it has anything to show. */
  consumer?: SessionConsumer
}

const VAULT_ACTIONS: readonly ManageAction[] = ['delete', 'disconnect', 'reauthorize', 'disable']
// Ours, outside what Vault's allow_actions speaks about: a session cannot have meant to hide them.
const LIBRARY_ACTIONS: readonly ManageAction[] = [
  'settings',
  'resources',
  'validate',
  'import',
  'credentials',
]

// CSS hex (3, 4, 6 or 8 digits) and rgb()/rgba() with three channels and an optional alpha: what a
// theme editor hands out, the theme can compute contrast for, and nothing that could reach further
// than a colour (no url(), var(), or a second declaration).
const CHANNEL = String.raw`\d{1,3}(?:\.\d+)?%?`
const HEX_OR_RGB = new RegExp(
  String.raw`^(?:#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})|rgba?\(\s*${CHANNEL}(?:\s*,\s*|\s+)${CHANNEL}(?:\s*,\s*|\s+)${CHANNEL}(?:\s*[,/]\s*(?:\d*\.)?\d+%?)?\s*\))$`,
  'i',
)

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined
}

function text(value: unknown): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : ''
  return trimmed === '' ? undefined : trimmed
}

function url(value: unknown): string | undefined {
  return safeUrl(value) ?? undefined
}

function colour(value: unknown): string | undefined {
  const candidate = text(value)
  return candidate !== undefined && HEX_OR_RGB.test(candidate) ? candidate : undefined
}

function allowedActions(value: unknown): readonly ManageAction[] | undefined {
  if (!Array.isArray(value)) {
    return undefined
  }
  // Unknown entries are dropped; what stays keeps the claim's intent (`[]` hides every action).
  const listed = VAULT_ACTIONS.filter((action) => value.includes(action))
  return [...listed, ...LIBRARY_ACTIONS]
}

/** Copies the entries whose value is defined: an absent claim must not look like a set one. */
function defined<T extends object>(entries: T): T {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined)) as T
}

/**
 * The defaults `token`'s claims set, or undefined when it is not a JWT or sets none. Never throws.
 */
export function sessionDefaults(token: string | undefined): SessionDefaults | undefined {
  const claims = token === undefined ? null : decodeJwtClaims(token)
  if (claims === null) {
    return undefined
  }
  const settings = record(claims.settings) ?? {}
  const theme = record(claims.theme) ?? {}
  const metadata = record(claims.consumer_metadata) ?? {}
  const showLogs = bool(settings.show_logs)
  const consumer = defined<SessionConsumer>({
    image: url(metadata.image),
    userName: text(metadata.user_name),
    accountName: text(metadata.account_name),
    email: text(metadata.email),
  })
  const defaults = defined<SessionDefaults>({
    allowActions: allowedActions(settings.allow_actions),
    hideResourceSettings: bool(settings.hide_resource_settings),
    hideConsumerCard: bool(settings.hide_consumer_card),
    hideGuides: bool(settings.hide_guides),
    hideLogs: showLogs === undefined ? undefined : !showLogs,
    consent: bool(record(claims.data_scopes)?.enabled),
    accentColor: colour(theme.primary_color),
    title: text(theme.vault_name),
    logo: url(theme.logo),
    // An avatar alone says nobody's name: the card needs some text to be worth showing.
    consumer: (consumer.userName ?? consumer.accountName ?? consumer.email) ? consumer : undefined,
  })
  return Object.keys(defaults).length > 0 ? defaults : undefined
}
