/**
 * Connecting without a provider window, in real Chromium against the built Storybook: a
 * client-credentials token grant (Personio), an API key through the settings form (Mailchimp, first
 * with the key the mock rejects), and importing existing OAuth tokens (HubSpot). Each asserts what
 * the user sees, what the story's mock Vault holds afterwards, and that secrets are not left in the
 * page.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser'
import {
  card,
  closePanel,
  expectAxeClean,
  journey,
  mockConnection,
  mockRequestsTo,
  panel,
  secretInMarkup,
  statusText,
  STORY,
} from './journey-helpers'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** Fails the journey if anything opens a window. */
function trackPopups(page: Page): Page[] {
  const popups: Page[] = []
  page.on('popup', (popup) => popups.push(popup))
  return popups
}

describe('client credentials grant', () => {
  it('asks for the client id and secret first, then requests the token: Connected, no window', async () => {
    await journey(browser, STORY.personio, async (page) => {
      const popups = trackPopups(page)
      const dialog = panel(page, 'Personio')
      await dialog.waitFor()
      const connect = dialog.getByRole('button', { name: 'Connect', exact: true })

      await connect.click()
      await dialog.getByText('Fill in the required settings before connecting Personio.').waitFor()
      const clientId = dialog.getByRole('textbox', { name: /^Client ID/ })
      const clientSecret = dialog.getByLabel(/^Client secret/)
      await clientId.fill('personio-client-1')
      await clientSecret.fill('personio-secret-1')
      await expectAxeClean(page, 'Personio, settings before connecting')
      // One form asks for them: the Connection settings section does not repeat them underneath.
      expect(await dialog.getByRole('textbox', { name: /^Client ID/ }).count()).toBe(1)
      expect(await dialog.getByRole('region', { name: 'Connection settings' }).count()).toBe(0)
      await dialog.getByRole('button', { name: 'Save', exact: true }).click()

      // Once the settings are held, connecting goes on by itself: the token grant needs no window
      // (and no second press of Connect).
      await expect
        .poll(async () => (await mockConnection(page, 'hris+personio'))?.settings)
        .toMatchObject({ client_id: 'personio-client-1', client_secret: 'personio-secret-1' })
      await dialog.getByText('Connected to Personio').first().waitFor()
      expect(
        await dialog.getByText('Fill in the required settings before connecting Personio.').count(),
      ).toBe(0)
      await expect.poll(() => statusText(dialog)).toMatch(/Connected/)
      expect(await statusText(dialog)).not.toMatch(/Not connected|Needs/)
      // The settings asked for before connecting are now in the one settings form, once.
      expect(await dialog.getByRole('textbox', { name: /^Client ID/ }).count()).toBe(1)
      await expectAxeClean(page, 'Personio, connected')

      const tokens = await mockRequestsTo(page, '/hris/personio/token')
      expect(tokens.map(({ method }) => method)).toEqual(['POST'])
      expect(await mockRequestsTo(page, '/confirm')).toEqual([])
      expect(popups).toEqual([])
      expect(await mockConnection(page, 'hris+personio')).toMatchObject({
        state: 'callable',
        enabled: true,
      })
      // The secret is masked wherever the panel shows it again, never echoed as text.
      expect(await page.getByText('personio-secret-1').count()).toBe(0)
      const secretInputs = dialog.getByLabel(/^Client secret/)
      expect(await secretInputs.count()).toBe(1)
      for (const input of await secretInputs.all()) {
        expect(await input.getAttribute('type')).toBe('password')
      }
    })
  })
})

describe('API key through the settings form', () => {
  it('says a rejected key could not connect, then connects with a good one', async () => {
    await journey(browser, STORY.hubspot, async (page) => {
      // From the catalog: the Mailchimp card, then Connect (adds it; the key form follows).
      await panel(page, 'HubSpot').waitFor()
      await closePanel(page)
      await card(page, 'Mailchimp').click()
      const dialog = panel(page, 'Mailchimp')
      await dialog.waitFor()
      await dialog.getByRole('button', { name: 'Connect', exact: true }).click()

      const settings = dialog.getByRole('region', { name: 'Connection settings' })
      const apiKey = settings.getByLabel(/^API key/)
      await apiKey.waitFor()
      await expect
        .poll(() => apiKey.evaluate((input) => input === document.activeElement))
        .toBe(true)
      expect(await mockConnection(page, 'email-marketing+mailchimp')).toMatchObject({
        state: 'added',
      })

      // The mock's rejected credential.
      await apiKey.fill('invalid')
      await apiKey.press('Enter')
      const problem = settings.getByRole('alert')
      await problem.waitFor()
      expect(await problem.textContent()).toMatch(/could not connect/i)
      expect(await mockConnection(page, 'email-marketing+mailchimp')).toMatchObject({
        state: 'invalid',
      })
      await expect.poll(() => statusText(dialog)).toMatch(/Invalid credentials|Needs credentials/)
      await expectAxeClean(page, 'Mailchimp, key rejected')

      const goodKey = 'mc-live-key-4f1d9a'
      await apiKey.fill(goodKey)
      await settings.getByRole('textbox', { name: /^Server prefix/ }).fill('us21')
      await settings.getByRole('button', { name: 'Save', exact: true }).click()
      await settings.getByRole('status').getByText('Connected').waitFor()
      expect(await settings.getByRole('alert').count()).toBe(0)
      await expect.poll(() => statusText(dialog)).toMatch(/Connected/)
      await expectAxeClean(page, 'Mailchimp, connected')

      expect(await mockConnection(page, 'email-marketing+mailchimp')).toMatchObject({
        state: 'callable',
        enabled: true,
        settings: { api_key: goodKey, server_prefix: 'us21' },
      })
      const validations = await mockRequestsTo(page, '/email-marketing/mailchimp/validate')
      expect(validations.length).toBe(2)

      // The key is masked, never echoed as text, and not serialized into the markup (an input's
      // `value` attribute travels with outerHTML, DOM snapshots and session-replay recordings).
      expect(await apiKey.getAttribute('type')).toBe('password')
      expect(await page.getByText(goodKey).count()).toBe(0)
      expect(await secretInMarkup(page, goodKey)).toEqual([])
    })
  })
})

describe('importing existing credentials', () => {
  it('Manage → Import credentials connects, and the token leaves no trace in the page', async () => {
    await journey(browser, STORY.hubspot, async (page) => {
      const dialog = panel(page, 'HubSpot')
      await dialog.waitFor()
      expect(await statusText(dialog)).toMatch(/Needs authorization/)

      const manage = dialog.getByRole('region', { name: 'Manage' })
      await manage.getByRole('button', { name: 'Import credentials' }).click()
      const importDialog = page.getByRole('dialog', { name: 'Import a HubSpot connection' })
      await importDialog.waitFor()
      await expectAxeClean(page, 'import dialog')

      const accessToken = 'hs-access-9c2e7b41d0'
      const refreshToken = 'hs-refresh-5a8f03c6e2'
      await importDialog.getByLabel(/^Access token/).fill(accessToken)
      await importDialog.getByLabel(/^Refresh token/).fill(refreshToken)
      await importDialog.getByRole('spinbutton', { name: /^Expires in/ }).fill('3600')
      await importDialog.getByRole('button', { name: 'Import', exact: true }).click()

      await expect.poll(() => importDialog.count()).toBe(0)
      await expect.poll(() => statusText(dialog)).toMatch(/Connected/)
      expect(await statusText(dialog)).not.toMatch(/Needs authorization/)

      const imports = await mockRequestsTo(page, '/crm/hubspot/import')
      expect(imports).toHaveLength(1)
      expect(imports[0]).toMatchObject({
        method: 'POST',
        body: {
          credentials: {
            access_token: accessToken,
            refresh_token: refreshToken,
            expires_in: 3600,
          },
        },
      })
      expect(await mockConnection(page, 'crm+hubspot')).toMatchObject({
        state: 'callable',
        enabled: true,
      })
      expect(await secretInMarkup(page, accessToken)).toEqual([])
      expect(await secretInMarkup(page, refreshToken)).toEqual([])
    })
  })
})
