/**
 * The harness itself: the built Storybook is served, Chromium opens the demo story, the MSW worker
 * answers from a fresh mock Vault, and the catalog takes exactly one spec-conforming request.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
import { mockRequests, mockViolations, openStory } from './harness'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('given the demo story in the built Storybook', () => {
  it('shows the catalog from the mock Vault after exactly one request, without errors', async () => {
    const story = await openStory(browser, 'demo-integrations-page--full-page')
    try {
      const { page } = story
      await page.getByRole('button', { name: /^Salesforce/ }).waitFor()
      const requests = await mockRequests(page)
      expect(requests).toEqual([{ method: 'GET', path: '/vault/connections', search: '' }])
      expect(await mockViolations(page)).toEqual([])
      expect(story.errors).toEqual([])
    } finally {
      await story.close()
    }
  })
})
