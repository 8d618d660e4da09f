/**
 * Message formatting without a dependency: `{name}` interpolation and plural messages picked with
 * Intl.PluralRules. Output is plain text, never HTML: callers render it as a React text node.
 */
import { ownValue } from '../own-property'

/** A plural message: the form is chosen by `values.count`; `zero` wins over the locale's rule when count is 0. */
export interface PluralMessage {
  zero?: string
  one?: string
  two?: string
  few?: string
  many?: string
  other: string
}

export type Message = string | PluralMessage

export type MessageValues = Record<string, string | number>

const pluralRulesCache = new Map<string, Intl.PluralRules>()

function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesCache.get(locale)
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale)
    } catch {
      // An invalid locale tag must not break rendering: fall back to English rules.
      rules = new Intl.PluralRules('en')
    }
    pluralRulesCache.set(locale, rules)
  }
  return rules
}

const numberFormatCache = new Map<string, Intl.NumberFormat>()

function formatNumber(value: number, locale: string): string {
  let format = numberFormatCache.get(locale)
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale)
    } catch {
      format = new Intl.NumberFormat('en')
    }
    numberFormatCache.set(locale, format)
  }
  return format.format(value)
}

/** Picks the plural form of `message` for `count` in `locale`. */
export function selectPlural(message: PluralMessage, count: number, locale: string): string {
  if (count === 0 && message.zero !== undefined) {
    return message.zero
  }
  const category = pluralRules(locale).select(count)
  return message[category] ?? message.other
}

const PLACEHOLDER = /\{(\w+)\}/g

/**
 * Formats one message. Unknown placeholders are left as written so a missing value is visible in
 * development rather than silently dropped. Numbers are formatted for the locale.
 */
export function formatMessage(
  template: Message,
  values: MessageValues = {},
  locale = 'en',
): string {
  const text =
    typeof template === 'string'
      ? template
      : selectPlural(template, Number(values.count ?? 0), locale)
  return text.replace(PLACEHOLDER, (match, name: string) => {
    // `name` comes from the message text (host overrides too): `{constructor}` is not a value.
    const value = ownValue(values, name)
    if (value === undefined) {
      return match
    }
    return typeof value === 'number' ? formatNumber(value, locale) : value
  })
}

const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
])

/** 'rtl' for right-to-left languages (ar, he, fa, ur …), 'ltr' otherwise. */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? ''
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr'
}
