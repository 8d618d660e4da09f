/**
 * The page rearranged from its exported parts (Recipes/Rearranged) in real Chromium: filters in a
 * sidebar, the catalog as a list, details inline. Search, filter from the sidebar, pick a
 * connector from the list with the keyboard, read its details inline, close them; the host owns
 * every piece of state and shows it in its own element, which must follow each step. Each screen
 * is axe-checked (WCAG 2.2 AA) and photographed into screenshots/.
 */
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
import { axeViolations, screenshot, withStory } from './harness'

const STORY = 'recipes-rearranged--sidebar-list-inline-details'
const DARK_STORY = 'recipes-rearranged--dark'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** The host's own element that shows the state it owns. */
const hostState = (page: Page, key: string) =>
  page.getByRole('region', { name: 'Host state' }).locator(`[data-host-state="${key}"]`)

const listCards = (page: Page) => page.getByRole('listitem').getByRole('button')

/** Chooses a filter option with the keyboard (the radios sit visually hidden under their chips). */
async function chooseRadio(radio: Locator) {
  await radio.focus()
  await radio.press('Space')
  await expect.poll(() => radio.isChecked()).toBe(true)
}

describe('the rearranged page', () => {
  it('searches, filters from the sidebar, shows a connector inline, and the host state follows', async () => {
    await withStory(browser, STORY, async (page) => {
      await page.getByRole('button', { name: /^Salesforce/ }).waitFor()
      await expect.poll(() => hostState(page, 'view').textContent()).toBe('catalog')
      expect(await page.getByText('Pick an integration to see its details here.').isVisible()).toBe(
        true,
      )
      // The list layout: one card per row, each under the previous one.
      const tops = await listCards(page).evaluateAll((cards) =>
        cards.slice(0, 3).map((card) => Math.round(card.getBoundingClientRect().top)),
      )
      expect(tops[1]).toBeGreaterThan(tops[0]!)
      expect(tops[2]).toBeGreaterThan(tops[1]!)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, 'rearranged-catalog')

      // Search: the host's state follows the typing, the list follows the host.
      const search = page.getByRole('searchbox', { name: 'Search integrations' })
      await search.fill('crm')
      await expect.poll(() => hostState(page, 'search').textContent()).toBe('crm')
      await expect.poll(() => listCards(page).count()).toBe(4)
      await search.press('Escape')
      await expect.poll(() => hostState(page, 'search').textContent()).toBe('—')

      // The sidebar's filters.
      const categories = page.getByRole('group', { name: 'Category' })
      await chooseRadio(categories.getByRole('radio', { name: /^ATS/ }))
      await expect.poll(() => hostState(page, 'category').textContent()).toBe('ats')
      const keys = await listCards(page).evaluateAll((cards) =>
        cards.map((card) => (card as HTMLElement).dataset.ikKey),
      )
      expect(keys.length).toBeGreaterThan(0)
      expect(keys.every((key) => key?.startsWith('ats/'))).toBe(true)
      await chooseRadio(
        page.getByRole('group', { name: 'Show' }).getByRole('radio', { name: 'All' }),
      )
      await expect.poll(() => hostState(page, 'status').textContent()).toBe('all')

      // Pick a connector with the keyboard: arrow keys move down the list, Enter shows it inline.
      const first = listCards(page).first()
      await first.focus()
      await page.keyboard.press('ArrowDown')
      const second = listCards(page).nth(1)
      await expect.poll(() => second.evaluate((el) => el === document.activeElement)).toBe(true)
      const key = await second.getAttribute('data-ik-key')
      const name = await second.locator('[data-ik-slot="card-title"]').textContent()
      await page.keyboard.press('Enter')
      const details = page.getByRole('region', { name: name! })
      await details.getByRole('heading', { name: 'Status' }).waitFor()
      expect(await page.getByRole('dialog').count()).toBe(0)
      await expect.poll(() => hostState(page, 'selected').textContent()).toBe(key)
      await expect.poll(() => hostState(page, 'view').textContent()).toBe('details')
      expect(await second.getAttribute('aria-current')).toBe('true')
      expect(await second.getAttribute('aria-haspopup')).toBeNull()
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, 'rearranged-details')

      // Close with the keyboard: the details go, focus returns to the card, the host hears it.
      const close = details.getByRole('button', { name: 'Close' })
      await close.focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => hostState(page, 'view').textContent()).toBe('catalog')
      expect(await details.count()).toBe(0)
      await expect.poll(() => second.evaluate((el) => el === document.activeElement)).toBe(true)
      expect(await second.getAttribute('aria-current')).toBeNull()
    })
  })

  it('is axe-clean and readable in dark mode with the details open', async () => {
    await withStory(
      browser,
      DARK_STORY,
      async (page) => {
        await page.getByRole('button', { name: /^Salesforce/ }).click()
        await page
          .getByRole('region', { name: 'Salesforce' })
          .getByRole('heading', { name: 'Status' })
          .waitFor()
        expect(await axeViolations(page)).toEqual([])
        // The viewport only: off-screen cards skip painting (content-visibility), as a user sees.
        await screenshot(page, 'rearranged-details-dark', { fullPage: false })
      },
      { colorScheme: 'dark' },
    )
  })
})
