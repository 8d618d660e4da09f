/**
 * The English the page's translate function (components/i18n.tsx) falls back on: only the families
 * the catalog paints with or may show at once (catalog and status, OAuth, errors). The details
 * panel's families (forms, manage, details) ship in the panel's lazy chunk with the components that
 * speak them (components/usePanelT.ts), as consent, mapping and logs do (components/useLazyT.ts):
 * about 1.4 KB gzip off the catalog's first paint. `en` (src/i18n/en.ts) stays the whole catalog.
 */
import { catalogEn } from './catalog/en'
import { errorsEn } from './errors/en'
import { oauthEn } from './oauth/en'

export const builtInEn = { ...catalogEn, ...oauthEn, ...errorsEn }
