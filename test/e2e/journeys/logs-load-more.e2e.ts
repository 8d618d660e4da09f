/**
 * Request logs in real Chromium against the built Storybook: a host's panel with ConnectionLogs
 * four a page (Components/ConnectionLogs, ComposedPaged). Show logs loads the first page only;
 * each Load more (mouse, then keyboard) asks the mock Vault for exactly one more page with the
 * cursor, focus lands on the first new request, and after the last page there is no Load more.
 * A request expands to its detail. axe is clean on every screen.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser'
import { expectAxeClean, journey, panel } from './journey-helpers'

const PAGED = 'components-connectionlogs--composed-paged'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** The `/vault/logs` requests the story's mock Vault received: their cursor and connector filter. */
async function logsRequests(
  page: Page,
): Promise<Array<{ cursor: string | null; connector: string | null }>> {
  return page.evaluate(() =>
    (window.ikMockVault?.requests ?? [])
      .filter((request) => request.path === '/vault/logs')
      .map((request) => {
        const query = new URLSearchParams(request.search)
        return { cursor: query.get('cursor'), connector: query.get('filter[connector_id]') }
      }),
  )
}

describe('request logs', () => {
  it('load more: one page per press, never ahead, until the cursor ends', async () => {
    await journey(browser, PAGED, async (page) => {
      const dialog = panel(page, 'Salesforce')
      await dialog.waitFor()
      const section = dialog.getByRole('region', { name: 'Request logs' })
      const toggle = section.getByRole('button', { name: 'Show logs' })
      await toggle.waitFor()
      expect(await logsRequests(page)).toEqual([])

      await toggle.click()
      const table = section.getByRole('table', { name: 'Request logs' })
      const requests = table.locator('[data-ik-slot="log-toggle"]')
      await expect.poll(() => requests.count()).toBe(4)
      await expectAxeClean(page, 'logs, first page')
      // The first page only, for this connector (a page fetched ahead would show in the counts below).
      await expect
        .poll(() => logsRequests(page))
        .toEqual([{ cursor: null, connector: 'crm+salesforce' }])

      await section.getByRole('button', { name: 'Load more' }).click()
      await expect.poll(() => requests.count()).toBe(8)
      await expect
        .poll(() => requests.nth(4).evaluate((el) => el === document.activeElement))
        .toBe(true)
      const afterOne = await logsRequests(page)
      expect(afterOne).toHaveLength(2)
      expect(afterOne[1]!.cursor).toBeTruthy()

      await section.getByRole('button', { name: 'Load more' }).focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => requests.count()).toBe(10)
      expect(await logsRequests(page)).toHaveLength(3)
      expect(await section.getByRole('button', { name: 'Load more' }).count()).toBe(0)
      expect(await section.getByRole('status').textContent()).toBe(
        'Showing 10 requests. No older requests.',
      )

      // A request expands to its detail, and the keyboard closes it again.
      const first = requests.first()
      await first.click()
      expect(await first.getAttribute('aria-expanded')).toBe('true')
      const detail = page.locator(`[id="${await first.getAttribute('aria-controls')}"]`)
      expect(await detail.isVisible()).toBe(true)
      expect(await detail.getByRole('term').allTextContents()).toEqual([
        'Time',
        'Operation',
        'Status',
        'Timing',
        'Error',
        'Log ID',
      ])
      await expectAxeClean(page, 'logs, all pages, a request expanded')
      await page.keyboard.press('Space')
      expect(await first.getAttribute('aria-expanded')).toBe('false')
      expect(await logsRequests(page)).toHaveLength(3)
    })
  })
})
