/**
 * Kinde: edit. Kinde never returns a connection's options, so the form starts blank: changing the
 * display name and setting one option to On sends exactly those two in the PATCH, never a blank or
 * a secret field; Kinde keeps every other option.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser'
import { expectAxeClean } from './journey-helpers'
import {
  cardIn,
  closeDialogs,
  kindeConnections,
  kindeJourney,
  kindeRequests,
  KINDE_STORY,
  yourConnections,
} from './kinde-helpers'

/** The connection the Edit story opens (its fixture's first SAML connection). */
const TARGET = 'Globex Cloudflare SAML'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('Kinde: edit', () => {
  it('PATCHes exactly the changed display name and the one option set to On', async () => {
    await kindeJourney(browser, KINDE_STORY.edit, async (page) => {
      const dialog = page.getByRole('dialog', { name: TARGET, exact: true })
      await dialog.getByRole('button', { name: 'Save' }).waitFor()
      const before = (await kindeConnections(page)).find(
        (record) => record.display_name === TARGET,
      )!
      await expectAxeClean(page, 'Kinde edit panel (light)')

      await dialog.getByRole('textbox', { name: /^Display name/ }).fill('Globex SSO')
      await dialog
        .getByRole('combobox', { name: /^Trust emails from this provider/ })
        .selectOption({ label: 'On' })
      await dialog.getByRole('button', { name: 'Save' }).click()

      await page.getByRole('dialog', { name: 'Globex SSO', exact: true }).waitFor()
      await closeDialogs(page)
      await expect.poll(() => cardIn(yourConnections(page), 'Globex SSO').count()).toBe(1)
      expect(await cardIn(yourConnections(page), TARGET).count()).toBe(0)

      const writes = (await kindeRequests(page)).filter((request) => request.method !== 'GET')
      expect(writes).toEqual([
        {
          method: 'PATCH',
          path: `/api/v1/connections/${before.id}`,
          search: '',
          body: { display_name: 'Globex SSO', options: { is_trusted: true } },
        },
      ])
      const after = (await kindeConnections(page)).find((record) => record.id === before.id)!
      expect(after.display_name).toBe('Globex SSO')
      expect(after.name).toBe(before.name)
      // PATCH merges options: the saved ones stay, the one set to On is added.
      expect(after.options).toEqual({ ...before.options, is_trusted: true })
    })
  })
})
