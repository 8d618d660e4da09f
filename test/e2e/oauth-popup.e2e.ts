/**
 * The OAuth journey in real Chromium: the click opens a real popup on the demo's fake provider
 * (public/mock-oauth/consent.html), Allow/Deny redirect to the callback page (callback.js), which
 * posts the result to the opener; the page confirms with the mock Vault and shows the outcome.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
import { axeViolations, openStory } from './harness'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

async function clickConnect(page: Page): Promise<Page> {
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Connect' }).click(),
  ])
  await popup.waitForLoadState()
  return popup
}

describe('given the live popup story', () => {
  it('Allow: the popup closes and the connection is confirmed', async () => {
    const story = await openStory(browser, 'components-authorizebutton--live-popup')
    try {
      const popup = await clickConnect(story.page)
      expect(new URL(popup.url()).pathname).toBe('/mock-oauth/consent.html')
      expect(await axeViolations(popup)).toEqual([])
      await popup.getByRole('button', { name: 'Allow' }).click()
      await popup.waitForEvent('close')
      await story.page.getByText('Connected to Salesforce').waitFor()
      expect(story.errors).toEqual([])
    } finally {
      await story.close()
    }
  })

  it('Deny: the page says access was denied', async () => {
    const story = await openStory(browser, 'components-authorizebutton--live-popup')
    try {
      const popup = await clickConnect(story.page)
      await popup.getByRole('button', { name: 'Deny' }).click()
      await story.page.getByRole('alert').getByText('Access to Salesforce was denied.').waitFor()
      expect(story.errors).toEqual([])
    } finally {
      await story.close()
    }
  })
})

describe('given the live revoke story', () => {
  it('Disconnect on the provider page revokes the connection and the page shows it', async () => {
    const story = await openStory(browser, 'components-revokebutton--live-revoke')
    try {
      await story.page.getByText('State: callable').waitFor()
      const [popup] = await Promise.all([
        story.page.waitForEvent('popup'),
        story.page.getByRole('button', { name: 'Disconnect' }).click(),
      ])
      await popup.waitForLoadState()
      await popup.getByRole('button', { name: 'Disconnect' }).click()
      await story.page.getByText('Disconnected from Hubspot').waitFor()
      await story.page.getByText('State: added').waitFor()
      expect(story.errors).toEqual([])
    } finally {
      await story.close()
    }
  })
})
