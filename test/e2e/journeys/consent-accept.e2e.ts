/**
 * Data-scope consent, in real Chromium against the built Storybook: Xero's application asks to
 * read and write invoices and consent is pending, so its panel opens on the consent screen, with
 * no settings and "Permission required" on the card; Accept (keyboard) grants it, the badge turns
 * "Connected", the settings appear, and the story's mock Vault holds the grant.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser'
import { expectAxeClean, journey, mockRequestsTo, panel, statusText } from './journey-helpers'

const XERO = 'demo-integrations-page--details-consent'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/**
 * Xero's catalog card, found by its key rather than its role: behind the open (modal) panel the
 * catalog is hidden from the accessibility tree, as it should be, while its badge still updates.
 */
const xeroCard = (page: Page) => page.locator('[data-ik-slot="card"][data-ik-key$="xero"]')

describe('consent required → accept → the connector is usable', () => {
  it('asks first, grants on Accept, then shows the settings', async () => {
    await journey(browser, XERO, async (page) => {
      const dialog = panel(page, 'Xero')
      const consent = dialog.getByRole('region', { name: 'Requested data access' })
      await consent.waitFor()
      expect(await statusText(dialog)).toContain('Permission required')
      expect(await xeroCard(page).textContent()).toContain('Permission required')
      await consent.getByText('line_items[].description').waitFor()
      expect(await dialog.getByRole('heading', { name: 'Connection settings' }).count()).toBe(0)
      await expectAxeClean(page, 'Xero consent screen')

      const accept = consent.getByRole('button', { name: 'Accept' })
      await accept.focus()
      await page.keyboard.press('Enter')

      await dialog
        .getByText('You granted Xero access to your data.', { exact: true })
        .first()
        .waitFor()
      await expect.poll(() => statusText(dialog)).toContain('Connected')
      await expect.poll(async () => xeroCard(page).textContent()).not.toContain('Permission')
      await dialog.getByRole('heading', { name: 'Connection settings' }).waitFor()
      await dialog
        .getByRole('region', { name: 'Data access' })
        .getByText('Granted')
        .first()
        .waitFor()
      await expectAxeClean(page, 'Xero after consent')

      const patches = (await mockRequestsTo(page, '/consent')).filter(
        (request) => request.method === 'PATCH',
      )
      expect(patches).toHaveLength(1)
      expect(patches[0].body).toMatchObject({ granted: true })
      const state = await page.evaluate(
        () => window.ikMockVault?.connection('accounting+xero')?.consent_state,
      )
      expect(state).toBe('granted')
    })
  })
})
