/**
 * The integrations page journeys in real Chromium, against the built demo (Demo/Integrations page
 * stories, each with a fresh mock Vault): browse, search, filter by category and status, open a
 * connector with the keyboard and close it with Escape, recover from a load error, dark mode and
 * right-to-left. Everything is found by role and accessible name; every screen is axe-checked
 * (WCAG 2.2 AA; a soft assertion, so one screen's violations do not hide the next screen) and
 * photographed into screenshots/.
 */
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
import { axeViolations, mockRequests, screenshot, withStory } from './harness'

const STORY = {
  fullPage: 'demo-integrations-page--full-page',
  error: 'demo-integrations-page--load-error',
  dark: 'demo-integrations-page--dark',
  rightToLeft: 'demo-integrations-page--right-to-left',
}

/** The catalog of the demo story: generateConnectors(24, 1), 12 of them connected. */
const CATALOG_SIZE = 24
const CONNECTED = 12

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** Connector cards: the buttons inside the catalog's lists. */
const cards = (page: Page) => page.getByRole('listitem').getByRole('button')

const isFocused = (page: Page, name: RegExp) =>
  page.getByRole('button', { name }).evaluate((element) => element === document.activeElement)

/**
 * Chooses a filter option with the keyboard (focus, Space). The radios are visually hidden behind
 * their chip labels, so a pointer click lands on the label, which Playwright reports as covering
 * the input; the keyboard path needs no such workaround and is the one screen readers use.
 */
async function chooseRadio(radio: Locator) {
  await radio.focus()
  await radio.press('Space')
  await expect.poll(() => radio.isChecked()).toBe(true)
}

async function catalogLoaded(page: Page) {
  await page.getByRole('button', { name: /^Salesforce/ }).waitFor()
}

describe('browsing the catalog', () => {
  it('shows every connector, connected first, with counts, axe-clean', async () => {
    await withStory(browser, STORY.fullPage, async (page) => {
      await catalogLoaded(page)
      await expect
        .poll(() => page.getByRole('region', { name: 'Integrations' }).isVisible())
        .toBe(true)
      expect(await page.getByRole('heading', { name: 'Integrations' }).isVisible()).toBe(true)
      // The separator between the two counts is drawn by CSS.
      expect(await page.getByText(`${CATALOG_SIZE} integrations`, { exact: true }).count()).toBe(1)
      expect(await page.getByText(`${CONNECTED} connected`, { exact: true }).count()).toBe(1)
      const connected = page.getByRole('list', { name: /^Connected/ })
      const available = page.getByRole('list', { name: /^Available/ })
      expect(await connected.getByRole('listitem').count()).toBe(CONNECTED)
      expect(await available.getByRole('listitem').count()).toBe(CATALOG_SIZE - CONNECTED)
      expect(
        await connected.getByRole('button', { name: /^Salesforce\b.*\bConnected\b/ }).count(),
      ).toBe(1)
      await screenshot(page, 'page-light')
      expect.soft(await axeViolations(page)).toEqual([])
    })
  })
})

describe('searching', () => {
  it('filters as you type and offers a way out when nothing matches', async () => {
    await withStory(browser, STORY.fullPage, async (page) => {
      await catalogLoaded(page)
      const search = page.getByRole('searchbox', { name: 'Search integrations' })
      await search.fill('xero')
      await expect.poll(() => cards(page).count()).toBe(1)
      expect(await page.getByRole('button', { name: /^Xero/ }).isVisible()).toBe(true)

      // Category names match too.
      await search.fill('crm')
      await expect.poll(() => cards(page).count()).toBe(4)

      await search.fill('nothing like this')
      await expect.poll(() => cards(page).count()).toBe(0)
      expect(await page.getByText('No integrations match “nothing like this”').isVisible()).toBe(
        true,
      )
      await screenshot(page, 'no-match-light')
      expect.soft(await axeViolations(page)).toEqual([])
      // The no-match state's button (the search box has its own "Clear search" too).
      await page
        .locator('[data-ik-slot="message"]')
        .getByRole('button', { name: 'Clear search' })
        .click()
      await expect.poll(() => cards(page).count()).toBe(CATALOG_SIZE)
      expect(await search.inputValue()).toBe('')
    })
  })
})

describe('filtering', () => {
  it('narrows to one category', async () => {
    await withStory(browser, STORY.fullPage, async (page) => {
      await catalogLoaded(page)
      const categories = page.getByRole('group', { name: 'Category' })
      await chooseRadio(categories.getByRole('radio', { name: /^HRIS/ }))
      await expect.poll(() => cards(page).count()).toBe(4)
      const names = await cards(page).evaluateAll((buttons) =>
        buttons.map((button) => button.getAttribute('aria-label') ?? button.textContent ?? ''),
      )
      for (const name of names) {
        expect(name).toContain('HRIS')
      }
      await chooseRadio(categories.getByRole('radio', { name: /^All/ }))
      await expect.poll(() => cards(page).count()).toBe(CATALOG_SIZE)
    })
  })

  it('shows only connected or only available connectors', async () => {
    await withStory(browser, STORY.fullPage, async (page) => {
      await catalogLoaded(page)
      const show = page.getByRole('group', { name: 'Show' })
      await chooseRadio(show.getByRole('radio', { name: 'Connected' }))
      await expect.poll(() => cards(page).count()).toBe(CONNECTED)
      expect(await page.getByRole('list', { name: /^Available/ }).count()).toBe(0)

      await chooseRadio(show.getByRole('radio', { name: 'Available' }))
      await expect.poll(() => cards(page).count()).toBe(CATALOG_SIZE - CONNECTED)
      expect(await page.getByRole('list', { name: /^Connected/ }).count()).toBe(0)
      expect(await page.getByRole('button', { name: /^Shopify/ }).isVisible()).toBe(true)
    })
  })
})

describe('opening a connector with the keyboard', () => {
  it('Tab reaches the grid, arrows move, Enter opens the details, Escape returns focus', async () => {
    await withStory(browser, STORY.fullPage, async (page) => {
      await catalogLoaded(page)
      await page.getByRole('searchbox', { name: 'Search integrations' }).focus()
      // One tab stop per radio group, then one for the whole grid (roving tabindex).
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await expect.poll(() => isFocused(page, /^BambooHR/)).toBe(true)

      await page.keyboard.press('ArrowRight')
      await expect.poll(() => isFocused(page, /^Dropbox/)).toBe(true)
      await page.keyboard.press('Enter')

      const dialog = page.getByRole('dialog', { name: 'Dropbox' })
      await dialog.waitFor()
      await expect
        .poll(() => dialog.evaluate((element) => element.contains(document.activeElement)))
        .toBe(true)
      expect(await dialog.getByRole('heading', { name: 'Dropbox' }).isVisible()).toBe(true)
      // Dropbox's application asks for data access its user denied: consent comes before health.
      expect(await dialog.getByRole('region', { name: 'Status' }).textContent()).toContain(
        'Permission denied',
      )
      await screenshot(page, 'details-light', { fullPage: false })
      expect.soft(await axeViolations(page)).toEqual([])

      await page.keyboard.press('Escape')
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
      await expect.poll(() => isFocused(page, /^Dropbox/)).toBe(true)
    })
  })
})

describe('when the catalog cannot be loaded', () => {
  it('says so in an alert and recovers with Retry', async () => {
    await withStory(browser, STORY.error, async (page) => {
      const alert = page.getByRole('alert')
      await alert.waitFor()
      expect(await alert.textContent()).toContain('Integrations could not be loaded')
      await screenshot(page, 'error-light')
      expect.soft(await axeViolations(page)).toEqual([])

      await alert.getByRole('button', { name: 'Retry' }).click()
      await catalogLoaded(page)
      await expect.poll(() => cards(page).count()).toBe(CATALOG_SIZE)
      expect(await page.getByRole('alert').count()).toBe(0)
      const lists = (await mockRequests(page)).filter(
        (request) => request.method === 'GET' && request.path === '/vault/connections',
      )
      expect(lists).toHaveLength(2)
    })
  })

  it('retries a network failure by itself, then offers Retry once it gives up (dark)', async () => {
    // Four failures: the first request and the three automatic retries of the retry policy. The
    // Dark story is used because it has no play function that waits for the catalog.
    const params = { ikMockFail: 'list', ikMockFault: 'network', ikMockTimes: '4' }
    await withStory(
      browser,
      STORY.dark,
      async (page) => {
        const alert = page.getByRole('alert')
        await alert.waitFor({ timeout: 15_000 })
        expect(await alert.textContent()).toContain(
          "The service can't be reached, even after trying again automatically",
        )
        await screenshot(page, 'error-dark')
        expect.soft(await axeViolations(page)).toEqual([])
        await alert.getByRole('button', { name: 'Retry' }).click()
        await catalogLoaded(page)
        expect(await cards(page).count()).toBe(CATALOG_SIZE)
        const lists = (await mockRequests(page)).filter(
          (request) => request.method === 'GET' && request.path === '/vault/connections',
        )
        expect(lists).toHaveLength(5)
      },
      { params, colorScheme: 'dark' },
    )
  })
})

describe('dark mode', () => {
  it('renders the dark theme, axe-clean on the page and in the details dialog', async () => {
    await withStory(
      browser,
      STORY.dark,
      async (page) => {
        await catalogLoaded(page)
        const root = page.getByRole('region', { name: 'Integrations' })
        expect(await root.getAttribute('data-ik-appearance')).toBe('dark')
        await screenshot(page, 'page-dark')
        expect.soft(await axeViolations(page)).toEqual([])

        await page.getByRole('button', { name: /^Salesforce/ }).click()
        await page.getByRole('dialog', { name: 'Salesforce' }).waitFor()
        await screenshot(page, 'details-dark', { fullPage: false })
        expect.soft(await axeViolations(page)).toEqual([])
      },
      { colorScheme: 'dark' },
    )
  })
})

describe('right-to-left', () => {
  it('lays the page out right to left, arrows follow the reading direction, axe-clean', async () => {
    await withStory(browser, STORY.rightToLeft, async (page) => {
      await catalogLoaded(page)
      const root = page.getByRole('region', { name: 'التكاملات' })
      await root.waitFor()
      expect(await root.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')

      const first = page.getByRole('button', { name: /^BambooHR/ })
      const second = page.getByRole('button', { name: /^Dropbox/ })
      const [firstBox, secondBox] = [await first.boundingBox(), await second.boundingBox()]
      // The second card sits to the left of the first.
      expect(secondBox!.x).toBeLessThan(firstBox!.x)
      await first.focus()
      await page.keyboard.press('ArrowLeft')
      await expect.poll(() => isFocused(page, /^Dropbox/)).toBe(true)
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => isFocused(page, /^BambooHR/)).toBe(true)

      await screenshot(page, 'page-rtl')
      expect.soft(await axeViolations(page)).toEqual([])
    })
  })
})

describe('with reduced motion requested', () => {
  it('opens the details panel without a slide animation', async () => {
    // openStory emulates `prefers-reduced-motion: reduce`.
    await withStory(browser, STORY.fullPage, async (page) => {
      await catalogLoaded(page)
      await page.getByRole('button', { name: /^Salesforce/ }).click()
      const dialog = page.getByRole('dialog', { name: 'Salesforce' })
      await dialog.waitFor()
      const seconds = await dialog.evaluate((element) =>
        Math.max(...getComputedStyle(element).animationDuration.split(',').map(parseFloat)),
      )
      expect(seconds).toBeLessThanOrEqual(0.01)
    })
  })
})
