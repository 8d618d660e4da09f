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
 * development rather than silently dropped. Numbers are formatted for the locale; text values are
 * isolated for bidirectional text where that can matter (see isolateBidi).
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
  const rtlMessage = hasBidiText(text)
  return text.replace(PLACEHOLDER, (match, name: string) => {
    // `name` comes from the message text (host overrides too): `{constructor}` is not a value.
    const value = ownValue(values, name)
    if (value === undefined) {
      return match
    }
    if (typeof value === 'number') {
      return formatNumber(value, locale)
    }
    return rtlMessage || hasBidiText(value) ? isolateBidi(value) : value
  })
}

/**
 * Characters that can reorder text: right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko …
 * and their presentation forms), Arabic digits, and the explicit direction marks, embeddings,
 * overrides and isolates.
 */
const BIDI_TEXT =
  /[\u0590-\u08ff\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefe]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u

/** True when `text` holds a character that can change the visual order of the text around it. */
export function hasBidiText(text: string): boolean {
  return BIDI_TEXT.test(text)
}

/**
 * What a value may not bring into its isolate: the isolate controls (a PDI would close ours early
 * and let an override run over the rest of the sentence; an unclosed isolate would swallow our
 * PDI), and paragraph separators (bidi class B), which end every isolate.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ISOLATE_BREAKERS = /[\u2066-\u2069]|([\n\r\u001c-\u001e\u0085\u2029])/g

/**
 * Wraps a value in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so its own direction comes from
 * its first strong letter and nothing in it (an Arabic name, a stray U+202E RIGHT-TO-LEFT OVERRIDE)
 * can reorder the sentence around it: overrides and embeddings opened inside end at the closing
 * isolate. The value cannot break out early either: its own isolate controls are dropped (they are
 * invisible) and its paragraph separators become spaces.
 *
 * The message stays a string (aria-labels, placeholders and validation messages are strings), which
 * is why this is done with characters rather than `<bdi>`. formatMessage applies it only where it
 * can change the rendering: the value or the message holds right-to-left or bidi-control text. A
 * left-to-right value in a left-to-right message is laid out in logical order either way, so plain
 * names keep exactly their text for copying, search and accessible names; and an English fallback
 * sentence in a right-to-left page keeps a Latin name in its own left-to-right run.
 */
export function isolateBidi(value: string): string {
  return `\u2068${value.replace(ISOLATE_BREAKERS, (_, separator?: string) => (separator ? ' ' : ''))}\u2069`
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
