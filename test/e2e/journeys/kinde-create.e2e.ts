/**
 * Kinde: create, keyboard only. From the page, Tab to Okta SAML, open it, fill the SAML form with a
 * custom home realm domain and create: the panel switches to the new connection, its card appears,
 * and the POST body holds exactly the fields entered (no unticked box, no empty field).
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser'
import { expectAxeClean } from './journey-helpers'
import {
  addConnection,
  cardIn,
  closeDialogs,
  kindeConnections,
  kindeJourney,
  kindeRequests,
  KINDE_STORY,
  pressUntilFocused,
  tabIntoGrid,
  tabTo,
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

describe('Kinde: create (keyboard only)', () => {
  it('creates an Okta SAML connection with a custom home realm domain', async () => {
    await kindeJourney(browser, KINDE_STORY.fullPage, async (page) => {
      const okta = cardIn(addConnection(page), 'Okta SAML')
      await okta.waitFor()
      // The card lists are one tab stop (roving tabindex): Tab into them, then arrow to Okta SAML.
      await tabIntoGrid(page)
      await pressUntilFocused(page, okta, 'ArrowRight')
      await page.keyboard.press('Enter')
      const dialog = page.getByRole('dialog', { name: 'Okta SAML', exact: true })
      await dialog.getByRole('button', { name: 'Create connection' }).waitFor()
      await expectAxeClean(page, 'Kinde create panel (light)')

      const fill = async (name: RegExp, text: string) => {
        await tabTo(page, dialog.getByRole('textbox', { name }))
        await page.keyboard.type(text)
      }
      await fill(/^Display name/, 'Northwind Okta')
      await fill(/^Connection name/, 'northwind-okta')
      await fill(/^IdP metadata URL/, 'https://northwind.example/saml/metadata')
      await fill(/^Other value for Home realm domains/, '@northwind.example')
      await page.keyboard.press('Enter')
      const domain = dialog.getByRole('checkbox', { name: '@northwind.example' })
      await expect.poll(() => domain.isChecked()).toBe(true)
      await tabTo(page, dialog.getByRole('button', { name: 'Create connection' }))
      await page.keyboard.press('Enter')

      // The panel switches to the new connection, and its card is listed.
      const created = page.getByRole('dialog', { name: 'Northwind Okta', exact: true })
      await created.waitFor()
      await closeDialogs(page)
      await yourConnectionsCounted(page, 10).waitFor()
      expect(await cardIn(yourConnections(page), 'Northwind Okta').count()).toBe(1)

      const posts = (await kindeRequests(page)).filter((request) => request.method === 'POST')
      expect(posts).toHaveLength(1)
      expect(posts[0]!.body).toEqual({
        name: 'northwind-okta',
        display_name: 'Northwind Okta',
        strategy: 'saml:okta',
        options: {
          saml_idp_metadata_url: 'https://northwind.example/saml/metadata',
          home_realm_domains: ['@northwind.example'],
        },
      })
      const stored = (await kindeConnections(page)).find(
        (record) => record.name === 'northwind-okta',
      )
      expect(stored).toMatchObject({ display_name: 'Northwind Okta', strategy: 'saml:okta' })
    })
  })
})
