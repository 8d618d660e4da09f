'use client'
/**
 * The i18n context: `locale` + `messages` (a partial catalog merged over built-in English), `useT()`
 * to format a message, `useLocale()` and `useDirection()`. No global singleton (unlike i18next in
 * react-vault), so two pages with different locales can live side by side.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { MessageKey, Messages, TranslateFn } from '../src/i18n/en'
// Not `en`: the details panel's families ship with the panel (src/i18n/built-in-en.ts, usePanelT).
import { builtInEn } from '../src/i18n/built-in-en'
import { ownValue } from '../src/own-property'
import { formatMessage, localeDirection, type Message } from '../src/i18n/format'
import { DirectionContext } from './direction-context'

export type { MessageKey, Messages, TranslateFn }

interface I18nContextValue {
  locale: string
  direction: 'ltr' | 'rtl'
  t: TranslateFn
}

function createT(locale: string, messages: Partial<Messages> | undefined): TranslateFn {
  return (key, values) => {
    // Own keys only: keys are built from API values too (`api.${unifiedApi}`), and a name inherited
    // from Object.prototype is not a message.
    const template: Message | undefined =
      ownValue<Message | undefined>(messages, key) ?? ownValue<Message | undefined>(builtInEn, key)
    // An unknown key (a typo in a host override) shows the key itself rather than crashing.
    return template === undefined ? key : formatMessage(template, values, locale)
  }
}

const defaultValue: I18nContextValue = {
  locale: 'en',
  direction: 'ltr',
  t: createT('en', undefined),
}

const I18nContext = createContext<I18nContextValue>(defaultValue)

export interface I18nProviderProps {
  /** BCP 47 tag; drives plural rules, number formatting, sorting and text direction. Default 'en'. */
  locale?: string
  /** Overrides or translations; missing keys fall back to English. */
  messages?: Partial<Messages>
  children?: ReactNode
}

export function I18nProvider({ locale, messages, children }: I18nProviderProps) {
  const parent = useContext(I18nContext)
  const effectiveLocale = locale ?? parent.locale
  const parentT = parent.t
  const value = useMemo<I18nContextValue>(() => {
    const own = createT(effectiveLocale, messages)
    // A nested provider with only some messages keeps its parent's overrides for the others.
    const t: TranslateFn =
      parent === defaultValue
        ? own
        : (key, values) => {
            const template = ownValue<Message | undefined>(messages, key)
            return template === undefined ? parentT(key, values) : own(key, values)
          }
    return { locale: effectiveLocale, direction: localeDirection(effectiveLocale), t }
  }, [effectiveLocale, messages, parent, parentT])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

/**
 * The message formatter of the nearest I18nProvider (English when there is none).
 *
 * Advanced: for hosts' own parts that should speak the page's language. Its English fallback is
 * what the catalog paints with; the details panel's and other lazy parts' English loads with them.
 */
export function useT(): TranslateFn {
  return useContext(I18nContext).t
}

export function useLocale(): string {
  return useContext(I18nContext).locale
}

/**
 * The direction parts lay out and navigate in: the nearest IntegrationsRoot's (host `dir`, an RTL
 * locale, or inherited from the page), else the locale's ('rtl' for ar, he, fa, ur …).
 */
export function useDirection(): 'ltr' | 'rtl' {
  const resolved = useContext(DirectionContext)
  const fromLocale = useContext(I18nContext).direction
  return resolved ?? fromLocale
}

/** Convenience for components that need all three. */
export function useI18n(): I18nContextValue {
  return useContext(I18nContext)
}
