/**
 * English messages of the single-connection page (IntegrationsPage with `initialView`, a lazily
 * loaded chunk). Not spread into the catalog (src/i18n/en.ts): the chunk reads them through
 * useLazyT, so the catalog's first paint does not carry them.
 */
export const singleConnectionEn = {
  'page.allIntegrations': 'All integrations',
} as const

export type SingleConnectionMessageKey = keyof typeof singleConnectionEn
