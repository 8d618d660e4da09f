/**
 * Authress: creating a Google connection from its catalog entry, in real Chromium against the
 * built Storybook. The form asks only for the client's values; the POST carries Google's preset
 * provider URLs; the panel switches to the new connection, and the secret leaves the page.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser'
import { closePanel, expectAxeClean, secretInMarkup } from './journey-helpers'
import {
  AUTHRESS_STORY,
  authressConnection,
  authressConnectionIds,
  authressJourney,
  authressRequests,
} from './authress-helpers'

const CLIENT_ID = '123456789012-demo.apps.googleusercontent.com'
const CLIENT_SECRET = 'GOCSPX-journey-secret-4b1d'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('Authress: create', () => {
  it('Google, with the preset URLs in the POST; the panel and a card show the new connection', async () => {
    await authressJourney(browser, AUTHRESS_STORY.createGoogle, async ({ page }) => {
      const entry = page.getByRole('dialog', { name: 'Google', exact: true })
      const form = entry.getByRole('region', { name: 'New connection' })
      await form.waitFor()
      await expectAxeClean(page, 'Google create form')
      const before = await authressConnectionIds(page)

      await form.getByRole('textbox', { name: /^Display name/ }).fill('Google Workspace')
      await form.getByRole('textbox', { name: /^Client ID/ }).fill(CLIENT_ID)
      await form.getByLabel(/^Client secret/).fill(CLIENT_SECRET)
      await form.getByRole('button', { name: 'Create connection' }).click()

      const created = page.getByRole('dialog', { name: 'Google Workspace', exact: true })
      await created.getByRole('heading', { name: 'Google Workspace' }).waitFor()
      await created.getByRole('status').getByText('Google Workspace is created').waitFor()
      // The edit form that replaced the create form starts with a blank secret.
      expect(await secretInMarkup(page, CLIENT_SECRET)).toEqual([])
      await expectAxeClean(page, 'new Google connection')
      await closePanel(page)
      await expect
        .poll(() =>
          page
            .getByRole('list', { name: /^Your connections/ })
            .getByRole('button', { name: /^Google Workspace Google · Social Set up/ })
            .count(),
        )
        .toBe(1)

      const posts = (await authressRequests(page)).filter(({ method }) => method === 'POST')
      expect(posts).toEqual([
        {
          method: 'POST',
          path: '/v1/connections',
          search: '',
          body: {
            type: 'OAUTH2',
            authenticationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
            tokenUrl: 'https://oauth2.googleapis.com/token',
            issuerUrl: 'https://accounts.google.com',
            clientId: CLIENT_ID,
            clientSecret: CLIENT_SECRET,
            data: { name: 'Google Workspace' },
            defaultConnectionProperties: { scope: 'openid profile email' },
          },
        },
      ])
      // Creating in Authress is one POST: no follow-up read.
      expect(
        (await authressRequests(page)).filter(({ path }) => path !== '/v1/connections'),
      ).toEqual([])

      const [newId] = (await authressConnectionIds(page)).filter((id) => !before.includes(id))
      expect(await authressConnection(page, newId ?? '')).toMatchObject({
        type: 'OAUTH2',
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        data: { name: 'Google Workspace' },
      })
      // Google takes one connection per account: it is no longer offered.
      const toAdd = page.getByRole('list', { name: /^Add a connection/ })
      expect(await toAdd.getByRole('button', { name: /^Google\b/ }).count()).toBe(0)
      expect(await secretInMarkup(page, CLIENT_SECRET)).toEqual([])
    })
  })
})
