/**
 * Authress: the list, in real Chromium against the built Storybook. The adapter pages by
 * `pagination.next.cursor` and never by the `links` hrefs the mock also returns (on a host that is
 * never served). The page, light and dark, passes axe.
 */
import type { Browser, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser'
import { expectAxeClean } from './journey-helpers'
import {
  AUTHRESS_STORY,
  authressJourney,
  authressRequests,
  LINKS_HOST,
  reloadStory,
} from './authress-helpers'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('Authress: list', () => {
  it('pages by cursor: two list requests, the second with the first page’s cursor; links never followed', async () => {
    await authressJourney(browser, AUTHRESS_STORY.twoPages, async ({ page, linksRequests }) => {
      // From the first request on, with the request listener in place: a fresh mock.
      const listBodies: unknown[] = []
      page.on('response', (response: Response) => {
        if (/\/api\/authress\/v1\/connections(\?|$)/.test(response.url())) {
          listBodies.push(response.json())
        }
      })
      await reloadStory(page)

      const yours = page.getByRole('list', { name: /^Your connections/ })
      await expect.poll(() => yours.getByRole('button').count()).toBe(20)
      await expect
        .poll(() => page.getByRole('heading', { name: /^Your connections 20$/ }).count())
        .toBe(1)

      const requests = await authressRequests(page)
      expect(requests.map(({ method, path, search }) => `${method} ${path}${search}`)).toEqual([
        'GET /v1/connections',
        'GET /v1/connections?cursor=page.10',
      ])
      // The mock did offer `links.next` on its other host: the adapter took the cursor instead.
      const [first] = (await Promise.all(listBodies)) as Array<{
        pagination: { next: { cursor: string } | null }
        links: { next?: { href: string } }
      }>
      expect(first?.pagination.next).toEqual({ cursor: 'page.10' })
      expect(new URL(first?.links.next?.href ?? 'about:blank').hostname).toBe(LINKS_HOST)
      expect(linksRequests).toEqual([])
      await expectAxeClean(page, 'Authress page, two pages (light)')
    })
  })

  it('the full page in dark passes axe, with what each section holds', async () => {
    await authressJourney(
      browser,
      AUTHRESS_STORY.dark,
      async ({ page }) => {
        const yours = page.getByRole('list', { name: /^Your connections/ })
        await expect.poll(() => yours.getByRole('button').count()).toBe(12)
        const toAdd = page.getByRole('list', { name: /^Add a connection/ })
        expect(await toAdd.getByRole('button').allTextContents()).toHaveLength(4)
        await toAdd.getByRole('button', { name: /^Okta Enterprise 3 connections/ }).waitFor()
        // The built-in WebAuthN connection (Passkeys) is on the second page, and hidden.
        expect(await page.getByRole('button', { name: /^Passkeys\b/ }).count()).toBe(0)
        expect(
          (await authressRequests(page)).filter(({ method }) => method === 'GET'),
        ).toHaveLength(2)
        // The header's counts, what you have then what you can add, with one separator between.
        const counts = page.locator('[data-ik-slot="counts"] > span')
        expect(await counts.allTextContents()).toEqual(['12 connections', '4 types to add'])
        expect(
          await counts.evaluateAll((spans) =>
            spans.map((span) => getComputedStyle(span, '::before').content),
          ),
        ).toEqual(['none', '" · "'])
        await expectAxeClean(page, 'Authress page (dark)')
      },
      { colorScheme: 'dark' },
    )
  })
})
