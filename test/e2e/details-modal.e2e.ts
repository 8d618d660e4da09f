/**
 * The details panel as a modal in real Chromium (issue 11: modal behaviour by ModalLayer, not by
 * Radix's modal mode), on the Demo/Integrations page "Full page" story: the page behind is hidden
 * from the accessibility tree and does not scroll under a wheel, Tab stays in the panel, and the
 * panel closes (overlay press, Escape) onto the card that opened it; a nested delete confirmation
 * closes alone. Found by role and accessible name throughout.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
import { axeViolations, withStory } from './harness'

const FULL_PAGE = 'demo-integrations-page--full-page'
/** Short enough that the catalog overflows it, so there is a page to (not) scroll. */
const VIEWPORT = { width: 1280, height: 600 }

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const card = (page: Page) => page.getByRole('listitem').getByRole('button', { name: /^Salesforce/ })
const panel = (page: Page) => page.getByRole('dialog', { name: 'Salesforce' })
const search = (page: Page) => page.getByRole('searchbox', { name: 'Search integrations' })

const cardFocused = (page: Page) =>
  card(page).evaluate((element) => element === document.activeElement)
const focusInside = (page: Page, role: 'dialog' | 'alertdialog') =>
  page.evaluate((role) => document.activeElement?.closest(`[role="${role}"]`) != null, role)

/** Lets the page run a few frames (a wheel scroll, a stray click's effects). */
const frames = (page: Page, count = 10) =>
  page.evaluate(async (count) => {
    for (let i = 0; i < count; i += 1) {
      await new Promise(requestAnimationFrame)
    }
  }, count)

async function openPanel(page: Page) {
  await card(page).click()
  await panel(page).waitFor()
  await expect.poll(() => focusInside(page, 'dialog')).toBe(true)
}

/** Runs `run` on the full page story once its Salesforce card is there. */
const onFullPage = (run: (page: Page) => Promise<void>) =>
  withStory(
    browser,
    FULL_PAGE,
    async (page) => {
      await card(page).waitFor()
      await run(page)
    },
    { viewport: VIEWPORT },
  )

/** Presses `key` until focus is back where it started; true if it got there, always in a dialog. */
async function tabsBackToStart(page: Page, key: 'Tab' | 'Shift+Tab') {
  const atStart = () =>
    page.evaluate(() => document.activeElement?.hasAttribute('data-test-start') ?? false)
  for (let step = 0; step < 60; step += 1) {
    await page.keyboard.press(key)
    expect(await focusInside(page, 'dialog')).toBe(true)
    if (await atStart()) {
      return true
    }
  }
  return false
}

describe('the details panel as a modal', () => {
  it('hides the page behind from the accessibility tree, axe-clean, and shows it again after', async () => {
    await onFullPage(async (page) => {
      expect(await search(page).count()).toBe(1)

      await openPanel(page)

      expect(await search(page).count()).toBe(0)
      expect(await page.getByRole('list', { name: /^Connected/ }).count()).toBe(0)
      const tree = await page.locator('body').ariaSnapshot()
      expect(tree).toContain('dialog "Salesforce"')
      expect(tree).not.toContain('Search integrations')
      expect.soft(await axeViolations(page)).toEqual([])

      await page.keyboard.press('Escape')
      await expect.poll(() => panel(page).count()).toBe(0)
      expect(await search(page).count()).toBe(1)
    })
  })

  it('a wheel over the overlay does not scroll the page (one before opening does)', async () => {
    await onFullPage(async (page) => {
      const scrollY = () => page.evaluate(() => window.scrollY)
      await page.mouse.move(200, 300)
      await page.mouse.wheel(0, 400)
      await expect.poll(scrollY).toBeGreaterThan(0)
      await page.evaluate(() => window.scrollTo(0, 0))
      await expect.poll(scrollY).toBe(0)

      await openPanel(page)
      // Left of the panel (500 px wide, at the inline end): the overlay.
      await page.mouse.move(200, 300)
      await page.mouse.wheel(0, 400)
      await frames(page, 20)

      expect(await scrollY()).toBe(0)
      expect(await panel(page).isVisible()).toBe(true)
    })
  })

  it('Tab and Shift+Tab wrap inside the panel', async () => {
    await onFullPage(async (page) => {
      await openPanel(page)
      await page.evaluate(() => document.activeElement?.setAttribute('data-test-start', ''))

      expect(await tabsBackToStart(page, 'Tab')).toBe(true)
      expect(await tabsBackToStart(page, 'Shift+Tab')).toBe(true)
    })
  })

  it('a press on the overlay closes onto the card; so does Escape', async () => {
    await onFullPage(async (page) => {
      await openPanel(page)

      await page.mouse.click(200, 300)

      await expect.poll(() => panel(page).count()).toBe(0)
      await expect.poll(() => cardFocused(page)).toBe(true)
      // The press did not go through to whatever lies beneath.
      await frames(page)
      expect(await page.getByRole('dialog').count()).toBe(0)

      await openPanel(page)
      await page.keyboard.press('Escape')

      await expect.poll(() => panel(page).count()).toBe(0)
      await expect.poll(() => cardFocused(page)).toBe(true)
    })
  })

  it('a delete confirmation over the panel ignores overlay presses and closes alone on Escape', async () => {
    await onFullPage(async (page) => {
      await openPanel(page)
      const deleteButton = panel(page)
        .getByRole('region', { name: 'Manage' })
        .getByRole('button', { name: 'Delete connection' })
      await deleteButton.click()
      const confirm = page.getByRole('alertdialog', { name: 'Delete Salesforce?' })
      await confirm.waitFor()
      await expect.poll(() => focusInside(page, 'alertdialog')).toBe(true)
      // The panel is behind the confirmation now, hidden like the page (hideOthers keeps live
      // regions and their ancestors, so the panel's status stays announced).
      expect(await page.getByRole('button', { name: 'Delete connection' }).count()).toBe(0)
      expect.soft(await axeViolations(page)).toEqual([])

      await page.mouse.click(40, 40)
      await frames(page)
      expect(await confirm.isVisible()).toBe(true)

      await page.keyboard.press('Escape')

      await expect.poll(() => confirm.count()).toBe(0)
      expect(await panel(page).isVisible()).toBe(true)
      await expect
        .poll(() => deleteButton.evaluate((element) => element === document.activeElement))
        .toBe(true)
      expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('hidden')

      await page.keyboard.press('Escape')
      await expect.poll(() => panel(page).count()).toBe(0)
      await expect.poll(() => cardFocused(page)).toBe(true)
      expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('')
    })
  })
})
