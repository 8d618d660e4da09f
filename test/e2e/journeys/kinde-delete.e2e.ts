/**
 * Kinde: delete. A confirmed delete removes the connection's card; its connector stays in "Add a
 * connection", and Kinde no longer holds the connection.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser'
import {
  addConnection,
  cardIn,
  closeDialogs,
  kindeConnections,
  kindeJourney,
  kindeRequests,
  KINDE_STORY,
  yourConnections,
} from './kinde-helpers'

const TARGET = 'Globex Cloudflare SAML'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('Kinde: delete', () => {
  it('asks first, then removes the card and keeps the catalog entry', async () => {
    await kindeJourney(browser, KINDE_STORY.edit, async (page) => {
      const dialog = page.getByRole('dialog', { name: TARGET, exact: true })
      await dialog.getByRole('button', { name: 'Delete connection' }).click()
      const confirm = page.getByRole('alertdialog', { name: `Delete ${TARGET}?` })
      await confirm.getByRole('button', { name: `Delete ${TARGET}` }).click()

      await expect.poll(() => page.getByRole('alertdialog').count()).toBe(0)
      await closeDialogs(page)
      await expect.poll(() => cardIn(yourConnections(page), TARGET).count()).toBe(0)
      expect(await cardIn(addConnection(page), 'Cloudflare SAML').count()).toBe(1)

      const deletes = (await kindeRequests(page)).filter((request) => request.method === 'DELETE')
      expect(deletes).toHaveLength(1)
      const id = deletes[0]!.path.split('/').at(-1)
      expect((await kindeConnections(page)).some((record) => record.id === id)).toBe(false)
      expect((await kindeConnections(page)).some((record) => record.display_name === TARGET)).toBe(
        false,
      )
    })
  })
})
