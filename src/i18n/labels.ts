/**
 * Display labels derived from API ids: the category name of a unified API, and the initials shown
 * when a connector has no (or an unsafe, or a broken) logo.
 */
import type { MessageKey, TranslateFn } from './en'

/** "crm" → "CRM", "file-storage" → "File storage"; unknown ids are humanised. */
export function unifiedApiLabel(t: TranslateFn, unifiedApi: string): string {
  const key = `api.${unifiedApi}` as MessageKey
  // `t` answers a key it has no message for with the key itself: then the id is humanised.
  const label = t(key)
  if (label !== key) {
    return label
  }
  const words = unifiedApi.replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * Up to two initials of a connector name ("Microsoft Dynamics" → "MD"): the first letter or digit
 * of each word, so punctuation, emoji halves and invisible direction marks ("**Bold**", "<img …>",
 * a leading U+202E) never become a tile's letters.
 */
export function initials(name: string): string {
  const letters = name
    .split(/[\s\-_.]+/)
    .map((word) => /[\p{L}\p{N}]/u.exec(word)?.[0])
    .filter(Boolean)
    .slice(0, 2)
    .join('')
  return letters.toUpperCase() || '?'
}
