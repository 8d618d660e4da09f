/**
 * OAuth journeys on the integrations page, in real Chromium against the built Storybook: connect
 * through the provider popup (Allow), a denied consent, the blocked-popup fallback in the same tab,
 * and Disconnect through the provider's revoke window. Each asserts what the user sees and what the
 * story's mock Vault holds afterwards. The provider is the demo's fake consent page
 * (public/mock-oauth/), which issues `mock-confirm.<service_id>.<nonce>` confirm tokens.
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

/** Clicks Connect and returns the popup once it shows the consent page. */
async function connectInPopup(page: Page, dialogName: string): Promise<Page> {
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    panel(page, dialogName).getByRole('button', { name: 'Connect', exact: true }).click(),
  ])
  await popup.waitForURL(/\/mock-oauth\/consent\.html\?/)
  await popup.getByRole('button', { name: 'Allow' }).waitFor()
  return popup
}

describe('OAuth connect in a popup', () => {
  it('Allow: from the catalog, the popup closes, the panel says Connected, Vault confirmed', async () => {
    await journey(browser, STORY.hubspot, async (page) => {
      await panel(page, 'HubSpot').waitFor()
      await closePanel(page)
      expect(await mockConnection(page, 'accounting+quickbooks')).toMatchObject({
        state: 'available',
      })

      await card(page, 'QuickBooks Online').click()
      const dialog = panel(page, 'QuickBooks Online')
      await dialog.waitFor()
      expect(await statusText(dialog)).toContain('Not connected')
      await expectAxeClean(page, 'QuickBooks panel, not connected')

      const popup = await connectInPopup(page, 'QuickBooks Online')
      const nonce = new URL(popup.url()).searchParams.get('nonce')
      expect(nonce).toBeTruthy()
      expect(
        await popup.getByRole('heading', { name: /Connect Quickbooks to your account/i }).count(),
      ).toBe(1)
      await expectAxeClean(popup, 'consent page')
      // While the window is open the panel says what it waits for.
      await dialog.getByText('Waiting for QuickBooks Online…').waitFor()

      await Promise.all([
        popup.waitForEvent('close'),
        popup.getByRole('button', { name: 'Allow' }).click(),
      ])
      await dialog.getByText('Connected to QuickBooks Online').first().waitFor()
      await expect.poll(() => statusText(dialog)).toMatch(/Connected/)
      expect(await statusText(dialog)).not.toContain('Not connected')
      await expectAxeClean(page, 'QuickBooks panel, connected')

      const held = await mockConnection(page, 'accounting+quickbooks')
      expect(held?.enabled).toBe(true)
      expect(['authorized', 'callable']).toContain(held?.state)
      const confirms = await mockRequestsTo(page, '/accounting/quickbooks/confirm')
      expect(confirms).toEqual([
        {
          method: 'POST',
          path: '/vault/connections/accounting/quickbooks/confirm',
          body: { confirm_token: `mock-confirm.quickbooks.${nonce}` },
        },
      ])
    })
  })

  it('Deny: says access was denied with Try again; Vault unchanged, nothing confirmed', async () => {
    await journey(browser, STORY.hubspot, async (page) => {
      const dialog = panel(page, 'HubSpot')
      await dialog.waitFor()
      const before = await mockConnection(page, 'crm+hubspot')
      expect(before?.state).toBe('added')

      const popup = await connectInPopup(page, 'HubSpot')
      await Promise.all([
        popup.waitForEvent('close'),
        popup.getByRole('button', { name: 'Deny' }).click(),
      ])
      const alert = dialog.getByRole('alert')
      await alert.getByText('Access to HubSpot was denied.').waitFor()
      expect(await alert.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true)
      expect(await statusText(dialog)).not.toMatch(/\bConnected\b/)
      await expectAxeClean(page, 'HubSpot panel, access denied')

      expect(await mockConnection(page, 'crm+hubspot')).toEqual(before)
      expect(await mockRequestsTo(page, '/confirm')).toEqual([])
    })
  })
})

describe('OAuth connect when the browser blocks the popup', () => {
  it('offers Continue in this tab, comes back to the connector and finishes connecting', async () => {
    await journey(
      browser,
      STORY.hubspot,
      async (page) => {
        const dialog = panel(page, 'HubSpot')
        await dialog.waitFor()
        const popups: Page[] = []
        page.on('popup', (popup) => popups.push(popup))

        await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
        const alert = dialog.getByRole('alert')
        await alert.getByText('Your browser blocked the sign-in window').waitFor()
        expect(await alert.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true)
        await expectAxeClean(page, 'HubSpot panel, popup blocked')

        await alert.getByRole('button', { name: 'Continue in this tab' }).click()
        await page.waitForURL(/\/mock-oauth\/consent\.html\?/)
        const nonce = new URL(page.url()).searchParams.get('nonce')
        expect(nonce).toBeTruthy()
        await page.getByRole('button', { name: 'Allow' }).click()

        // Back on the story, which boots again (and with it a fresh in-memory mock Vault: the mock
        // keeps no state across page loads), reopens HubSpot and confirms there.
        await page.waitForURL(/\/iframe\.html\?id=demo-integrations-page--details-open/)
        await page.waitForFunction(() => document.documentElement.dataset.ikMock === 'ready')
        const back = panel(page, 'HubSpot')
        await back.waitFor()
        await expect.poll(() => statusText(back), { timeout: 10_000 }).toMatch(/Connected/)
        expect(await statusText(back)).not.toMatch(/Needs authorization/)
        // The single-use token does not stay in the address bar.
        expect(page.url()).not.toContain('confirm_token')
        expect(popups).toEqual([])
        await expectAxeClean(page, 'HubSpot panel after the same-tab return')

        expect(await mockRequestsTo(page, '/crm/hubspot/confirm')).toEqual([
          {
            method: 'POST',
            path: '/vault/connections/crm/hubspot/confirm',
            body: { confirm_token: `mock-confirm.hubspot.${nonce}` },
          },
        ])
        const held = await mockConnection(page, 'crm+hubspot')
        expect(['authorized', 'callable']).toContain(held?.state)
      },
      {
        beforeStart: async (page) => {
          // A popup blocker: window.open gives nothing back, in this document and in every one
          // the tab loads later (no reload here: it would abort the story's own requests).
          const blockPopups = () => {
            window.open = () => null
          }
          await page.addInitScript(blockPopups)
          await page.evaluate(blockPopups)
        },
      },
    )
  })
})

describe('Disconnect through the provider', () => {
  it('revokes in the provider window; the panel asks for authorization again', async () => {
    await journey(browser, STORY.salesforce, async (page) => {
      const dialog = panel(page, 'Salesforce')
      await dialog.waitFor()
      expect(await mockConnection(page, 'crm+salesforce')).toMatchObject({ state: 'callable' })

      const [popup] = await Promise.all([
        page.waitForEvent('popup'),
        dialog.getByRole('button', { name: 'Disconnect', exact: true }).click(),
      ])
      await popup.waitForURL(/\/mock-oauth\/consent\.html\?.*mode=revoke/)
      await popup.getByRole('heading', { name: /Disconnect Salesforce/ }).waitFor()
      await expectAxeClean(popup, 'revoke page')
      await Promise.all([
        popup.waitForEvent('close'),
        popup.getByRole('button', { name: 'Disconnect', exact: true }).click(),
      ])

      // The panel says the access is gone and that authorizing again is the next step; the
      // outcome stays said (and visible) although the Disconnect button went with the access.
      await expect.poll(() => statusText(dialog)).toMatch(/Access revoked/)
      const outcome = dialog.getByRole('status').filter({ hasText: 'Disconnected from Salesforce' })
      await outcome.waitFor()
      expect(await outcome.isVisible()).toBe(true)
      expect(await statusText(dialog)).toContain('Authorize Salesforce again')
      expect(await dialog.getByRole('button', { name: 'Connect', exact: true }).isVisible()).toBe(
        true,
      )
      expect(await dialog.getByRole('button', { name: 'Disconnect', exact: true }).count()).toBe(0)
      await expectAxeClean(page, 'Salesforce panel, revoked')

      expect(await mockConnection(page, 'crm+salesforce')).toMatchObject({
        state: 'added',
        health: 'revoked',
      })
    })
  })
})
