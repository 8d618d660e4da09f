/**
 * The two apps the bench compares, each described by the DOM it renders: how to count its catalog
 * entries, where its search box is, which element opens a connector and what "details shown" means.
 * The conditions are function bodies of `arg`, run every frame in the page by page-probe.mjs: they
 * return a signature string when met, null otherwise.
 *
 * Connectors (from the mock's seeded catalog, the same for both): Salesforce is connected
 * (callable), Shopify is available.
 */

/** Entries counted: `arg.expected` or more. */
const COUNT_AT_LEAST = `
  const count = document.querySelectorAll(arg.selector).length
  return count >= arg.expected ? String(count) : null`

/** The settled filtered list: exactly `arg.expected` entries; the signature names the ends. */
const COUNT_EXACTLY = `
  const entries = document.querySelectorAll(arg.selector)
  if (entries.length !== arg.expected) return null
  const first = entries[0]?.textContent ?? ''
  const last = entries[entries.length - 1]?.textContent ?? ''
  return entries.length + '|' + first + '|' + last`

/** No entrance animation left: none pending, none running that ends (spinners never do). */
const NO_ANIMATION_RUNNING = `
  const running = document.getAnimations().some((animation) =>
    animation.pending ||
    (animation.playState === 'running' &&
      animation.effect?.getComputedTiming().endTime !== Infinity))
  if (running) return null`

function detailsCondition(shownBody) {
  return {
    shown: `${shownBody}\n  return 'shown'`,
    settled: `${shownBody}\n${NO_ANIMATION_RUNNING}\n  return 'settled'`,
  }
}

export const CONNECTED = { name: 'Salesforce', unifiedApi: 'crm', serviceId: 'salesforce' }
export const AVAILABLE = { name: 'Shopify', unifiedApi: 'ecommerce', serviceId: 'shopify' }

export const ours = {
  id: 'ours',
  label: 'integrations-kit',
  // Every entry's button, in full or lite (a far card is only its button); skeletons have none.
  entrySelector: '[data-ik-slot="card-button"]',
  searchBox: 'input[data-ik-slot="search-input"]',
  /** Every connector is in the one grid. */
  expectedEntries: ({ connectors }) => connectors,
  cardButton: ({ unifiedApi, serviceId }) =>
    `[data-ik-slot="card-button"][data-ik-key="${unifiedApi}/${serviceId}"]`,
  // Not before the page is ready.
  beforeOpen: async () => {},
  details: detailsCondition(`
  const details = document.querySelector('[data-ik-slot="details"]')
  if (!details || details.hasAttribute('aria-busy')) return null
  if (details.querySelector('[data-ik-slot="details-loading"]')) return null
  if (!details.textContent.includes(arg.name)) return null`),
}

export const reactVault = {
  id: 'react-vault',
  label: '@apideck/react-vault 0.12.9',
  entrySelector: '#react-vault-connection-list > li[data-testid]',
  searchBox: 'input[data-testid="search-input"]',
  /**
   * react-vault splits the catalog into two tabs, "Added" (every connector not `available`) shown
   * first, and "Available": on load it paints the Added tab's entries only.
   */
  expectedEntries: ({ added }) => added,
  cardButton: ({ unifiedApi, serviceId }) =>
    `#react-vault-connection-list > li[data-testid="${unifiedApi}+${serviceId}"]`,
  /** An available connector is in the second tab: switch to it first (not timed). */
  beforeOpen: async (page, connector) => {
    if (connector === AVAILABLE) {
      await page.locator('[role="tab"]', { hasText: 'Available' }).click()
      await page.locator(reactVault.cardButton(connector)).waitFor()
    }
  },
  // The details view replaces the list in the modal, under a `fade-up` entrance animation.
  details: detailsCondition(`
  const content = document.querySelector('#react-vault-content.fade-up')
  if (!content || content.querySelector('.animate-spin')) return null
  if (!content.textContent.includes(arg.name)) return null`),
}

export const conditions = { COUNT_AT_LEAST, COUNT_EXACTLY }
