/**
 * Single-connection mode (issue 10 §6) in real Chromium against the built Storybook: the page
 * opens on Salesforce's settings with nothing of the catalog, the settings heading has focus, and
 * "All integrations" (reached and pressed with the keyboard) returns to the catalog, focus on
 * Salesforce's card.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser'
import { card, expectAxeClean, journey } from './journey-helpers'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('single-connection mode', () => {
  it('lands on the settings heading; "All integrations" returns to the catalog by keyboard', async () => {
    await journey(browser, 'demo-single-connection--settings', async (page) => {
      const details = page.getByRole('region', { name: 'Salesforce' })
      const heading = details.getByRole('heading', { name: 'Connection settings' })
      await heading.waitFor()
      await expect
        .poll(() => heading.evaluate((node) => node === document.activeElement))
        .toBe(true)
      expect(await page.getByRole('searchbox').count()).toBe(0)
      await expectAxeClean(page, 'single connection on settings')

      // Back up the tab order to "All integrations", then Enter.
      const back = page.getByRole('button', { name: 'All integrations' })
      for (let step = 0; step < 20; step += 1) {
        if (await back.evaluate((node) => node === document.activeElement)) {
          break
        }
        await page.keyboard.press('Shift+Tab')
      }
      await page.keyboard.press('Enter')
      await page.getByRole('searchbox').waitFor()
      const salesforce = card(page, 'Salesforce')
      await expect
        .poll(() => salesforce.evaluate((node) => node === document.activeElement))
        .toBe(true)
      expect(await details.count()).toBe(0)
    })
  })
})
