/**
 * Authress: deleting a connection, in real Chromium against the built Storybook, on the dark page.
 * The confirmed DELETE is answered 204; the card goes, its connector stays offered with one
 * connection less.
 */
import type { Browser, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser'
import { card, expectAxeClean } from './journey-helpers'
import {
  AUTHRESS_STORY,
  authressConnection,
  authressJourney,
  authressRequests,
} from './authress-helpers'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('Authress: delete', () => {
  it('a 204 removes the card; Okta stays offered with one connection less', async () => {
    await authressJourney(
      browser,
      AUTHRESS_STORY.dark,
      async ({ page }) => {
        const toAdd = page.getByRole('list', { name: /^Add a connection/ })
        await toAdd.getByRole('button', { name: /^Okta Enterprise 3 connections/ }).waitFor()
        await card(page, 'Acme Okta').click()
        const dialog = page.getByRole('dialog', { name: 'Acme Okta', exact: true })
        await dialog.getByRole('region', { name: 'Manage' }).waitFor()
        await expectAxeClean(page, 'Acme Okta panel (dark)')

        await dialog.getByRole('button', { name: 'Delete connection' }).click()
        const confirm = page.getByRole('alertdialog', { name: 'Delete Acme Okta?' })
        // The question itself: a frame says "Loading…" until its chunk is in.
        await confirm.getByRole('button', { name: 'Delete Acme Okta' }).waitFor()
        expect(await confirm.textContent()).toContain('Okta stays available')
        await expectAxeClean(page, 'delete confirmation (dark)')

        const deleted = page.waitForResponse(
          (response: Response) =>
            response.request().method() === 'DELETE' &&
            response.url().endsWith('/api/authress/v1/connections/okta-acme'),
        )
        await confirm.getByRole('button', { name: 'Delete Acme Okta' }).click()
        expect((await deleted).status()).toBe(204)

        await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
        const yours = page.getByRole('list', { name: /^Your connections/ })
        await expect.poll(() => yours.getByRole('button').count()).toBe(11)
        expect(await yours.getByRole('button', { name: /^Acme Okta\b/ }).count()).toBe(0)
        await toAdd.getByRole('button', { name: /^Okta Enterprise 2 connections/ }).waitFor()
        await expect
          .poll(() =>
            page
              .locator('[role="status"][aria-live="polite"]')
              .filter({ hasText: 'Acme Okta is deleted' })
              .count(),
          )
          .toBe(1)

        expect(await authressConnection(page, 'okta-acme')).toBeNull()
        const deletes = (await authressRequests(page)).filter(({ method }) => method === 'DELETE')
        expect(deletes.map(({ path }) => path)).toEqual(['/v1/connections/okta-acme'])
        await expectAxeClean(page, 'Authress page after delete (dark)')
      },
      { colorScheme: 'dark' },
    )
  })
})
