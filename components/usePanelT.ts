'use client'
/**
 * The translate function of the details panel's parts (settings and resource forms, their fields,
 * the import dialog, manage actions, the panel's sections): `useT()` with the English of the forms,
 * manage and details families as its fallback. That English loads with the panel's chunk instead
 * of the built-in catalog (src/i18n/built-in-en.ts), so the catalog's first paint does not carry
 * it; hosts' messages and locale entries still win, exactly as with `useT()`.
 */
import type { TranslateFn } from '../src/i18n/en'
import { detailsEn } from '../src/i18n/details/en'
import { formsEn } from '../src/i18n/forms/en'
import { manageEn } from '../src/i18n/manage/en'
import { useLazyT } from './useLazyT'

const panelEn = { ...formsEn, ...manageEn, ...detailsEn }

export function usePanelT(): TranslateFn {
  // Any key goes through the page's `t` first; only the panel's own keys can fall back here.
  return useLazyT(panelEn) as TranslateFn
}
