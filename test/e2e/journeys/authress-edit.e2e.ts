/**
 * Authress: editing a connection, in real Chromium against the built Storybook. Authress has no
 * PATCH: saving reads the connection again and PUTs it whole, without its read-only properties and
 * without a secret, and the secret Authress holds survives.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser'
import { closePanel, expectAxeClean } from './journey-helpers'
import {
  AUTHRESS_STORY,
  authressConnection,
  authressJourney,
  authressRequests,
} from './authress-helpers'

const READ_ONLY = ['createdTime', 'lastUpdated', 'isActiveConnection']

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('Authress: edit', () => {
  it('GET, then a PUT with no read-only fields; the stored secret is unchanged', async () => {
    await authressJourney(browser, AUTHRESS_STORY.editPrefilled, async ({ page }) => {
      const dialog = page.getByRole('dialog', { name: 'Acme Okta', exact: true })
      const form = dialog.getByRole('region', { name: 'Connection settings' })
      const name = form.getByRole('textbox', { name: /^Display name/ })
      await expect.poll(() => name.inputValue()).toBe('Acme Okta')
      await expectAxeClean(page, 'Acme Okta edit form')
      const stored = await authressConnection(page, 'okta-acme')
      expect(stored?.clientSecret).toMatch(/^okta-secret-/)
      const sentBefore = (await authressRequests(page)).length

      await name.fill('Acme Okta (EU)')
      await form.getByRole('textbox', { name: /^Scopes/ }).fill('openid profile email groups')
      await form.getByRole('button', { name: 'Save' }).click()

      const renamed = page.getByRole('dialog', { name: 'Acme Okta (EU)', exact: true })
      await renamed.getByRole('status').getByText('Settings saved').waitFor()
      await expectAxeClean(page, 'Acme Okta saved')
      await closePanel(page)
      await expect
        .poll(() =>
          page
            .getByRole('list', { name: /^Your connections/ })
            .getByRole('button', { name: /^Acme Okta \(EU\) Okta · Enterprise Set up/ })
            .count(),
        )
        .toBe(1)

      const saving = (await authressRequests(page)).slice(sentBefore)
      const saved = saving.map(({ method, path }) => `${method} ${path}`)
      expect(saved.slice(0, 2)).toEqual([
        'GET /v1/connections/okta-acme',
        'PUT /v1/connections/okta-acme',
      ])
      // After the save, at most the list is read again (the page refreshes its lists).
      expect(saved.slice(2).filter((request) => request !== 'GET /v1/connections')).toEqual([])
      const put = saving[1]?.body as Record<string, unknown>
      for (const key of READ_ONLY) {
        expect(put).not.toHaveProperty(key)
      }
      // GET never returns the secret, and a blank secret field sends none.
      expect(put).not.toHaveProperty('clientSecret')
      expect(put).toMatchObject({
        type: 'OAUTH2',
        authenticationUrl: 'https://acme.okta.com/oauth2/v1/authorize',
        clientId: stored?.clientId,
        data: { name: 'Acme Okta (EU)' },
        defaultConnectionProperties: { scope: 'openid profile email groups' },
        tags: { customer: 'acme' },
      })

      const after = await authressConnection(page, 'okta-acme')
      expect(after?.clientSecret).toBe(stored?.clientSecret)
      expect(after).toMatchObject({
        data: { name: 'Acme Okta (EU)' },
        createdTime: stored?.createdTime,
      })
      await expectAxeClean(page, 'page after saving Acme Okta')
    })
  })
})
