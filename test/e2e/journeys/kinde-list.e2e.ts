/**
 * Kinde: list. 25 records (three of them Kinde's built-in sign-in methods) listed 10 per page, in
 * real Chromium against the built Storybook: three requests, each `starting_after` the previous
 * page's last id; the built-ins are not shown. The page and the create panel pass axe in light and
 * dark.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser'
import { expectAxeClean } from './journey-helpers'
import {
  addConnection,
  cardIn,
  kindeConnections,
  kindeJourney,
  kindeRequests,
  KINDE_STORY,
  yourConnections,
  yourConnectionsCounted,
} from './kinde-helpers'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('Kinde: list', () => {
  it('reads three pages by starting_after, shows the 22 connections and hides the built-ins', async () => {
    await kindeJourney(browser, KINDE_STORY.twentyFive, async (page) => {
      const yours = yourConnections(page)
      // Named with its count once every page is in: 22 connections, the 3 built-ins left out.
      await yourConnectionsCounted(page, 22).waitFor()
      expect(await yours.getByRole('listitem').count()).toBe(22)
      const stored = await kindeConnections(page)
      expect(stored).toHaveLength(25)
      const lists = (await kindeRequests(page)).filter(
        (request) => request.method === 'GET' && request.path === '/api/v1/connections',
      )
      expect(lists.map((request) => request.search)).toEqual([
        '?page_size=10',
        `?page_size=10&starting_after=${stored[9]!.id}`,
        `?page_size=10&starting_after=${stored[19]!.id}`,
      ])
      // Every connection but the built-ins has a card; the built-ins have none anywhere.
      for (const record of stored.slice(3)) {
        expect(await cardIn(yours, record.display_name).count()).toBeGreaterThan(0)
      }
      for (const builtIn of ['Email', 'Phone', 'Username']) {
        expect(await cardIn(page.locator('body'), builtIn).count()).toBe(0)
      }
      expect(await addConnection(page).isVisible()).toBe(true)
      await expectAxeClean(page, 'Kinde page (light)')
    })
  })

  it('passes axe on the page and the create panel in dark', async () => {
    await kindeJourney(
      browser,
      KINDE_STORY.dark,
      async (page) => {
        const okta = cardIn(addConnection(page), 'Okta SAML')
        await okta.waitFor()
        await expectAxeClean(page, 'Kinde page (dark)')
        await okta.click()
        const dialog = page.getByRole('dialog', { name: 'Okta SAML', exact: true })
        await dialog.getByRole('button', { name: 'Create connection' }).waitFor()
        await expectAxeClean(page, 'Kinde create panel (dark)')
      },
      { colorScheme: 'dark' },
    )
  })
})
