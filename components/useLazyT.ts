'use client'
/**
 * The translate function of a lazily loaded part (consent, field mapping, logs): its English
 * messages ship in its own chunk, not in the built-in catalog, so the catalog's first paint does
 * not carry them. A host's messages (and a locale entry such as `integrations-kit/locales/de`)
 * still win; the part's own English is the fallback before the key itself.
 */
import { useCallback } from 'react'
import type { Message, MessageValues } from '../src/i18n/format'
import { formatMessage } from '../src/i18n/format'
import { ownValue } from '../src/own-property'
import type { MessageKey } from '../src/i18n/en'
import { useI18n } from './i18n'

export function useLazyT<Key extends string>(
  english: Readonly<Record<Key, Message>>,
): (key: Key, values?: MessageValues) => string {
  const { t, locale } = useI18n()
  return useCallback(
    (key, values) => {
      // Each family's keys are part of MessageKey (src/i18n/en.ts), so hosts can type overrides.
      const translated = t(key as MessageKey, values)
      // The page's translate function answers an unknown key with the key itself: only then is
      // the part's English used (a host override equal to its own key is not a real message).
      const template = translated === key ? ownValue<Message | undefined>(english, key) : undefined
      return template === undefined ? translated : formatMessage(template, values, locale)
    },
    [t, locale, english],
  )
}
