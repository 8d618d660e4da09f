/**
 * The built-in English catalog: the union of every UI family's messages. Other locales are separate
 * entries (`integrations-kit/locales/de` …) so the main bundle carries English only.
 */
import { catalogEn, type DerivedApiLabelKey } from './catalog/en'
import type { consentEn } from './consent/en'
import { detailsEn } from './details/en'
import { errorsEn } from './errors/en'
import type { Message, MessageValues } from './format'
import { formsEn } from './forms/en'
import type { logsEn } from './logs/en'
import { manageEn } from './manage/en'
import type { mappingEn } from './mapping/en'
import type { mappingStatusEn } from './mapping/status-en'
import { oauthEn } from './oauth/en'
import type { sessionEn } from './session/en'
import type { singleConnectionEn } from './single-connection/en'

export const en = {
  ...catalogEn,
  ...formsEn,
  ...oauthEn,
  ...manageEn,
  ...detailsEn,
  ...errorsEn,
} as const

/**
 * The message ids of lazily loaded parts (consent, field mapping, logs), whose English ships in
 * their own chunks (components/useLazyT.ts). Each part adds `| keyof typeof <family>En` here, by a
 * type-only import, which costs no bytes.
 */
export type LazyMessageKey =
  | keyof typeof consentEn
  | keyof typeof mappingEn
  | keyof typeof mappingStatusEn
  | keyof typeof logsEn
  | keyof typeof sessionEn
  | keyof typeof singleConnectionEn

/** Every message id the UI uses (English derives the `DerivedApiLabelKey` ones from the id). */
export type MessageKey = keyof typeof en | DerivedApiLabelKey | LazyMessageKey

/** A complete catalog. Translations are `Partial<Messages>`: missing keys fall back to English. */
export type Messages = { [K in MessageKey]: Message }

/** Formats one message of the catalog in the current locale (what `useT()` returns). */
export type TranslateFn = (key: MessageKey, values?: MessageValues) => string
