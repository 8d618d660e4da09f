/**
 * Authress: "Check my sign-in credentials", in real Chromium against the built Storybook. The story
 * has checked Google (Authress holds a token for the user); the journey checks GitHub (it holds
 * none). Both answers are announced, and the token is in neither the page nor the query cache.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser'
import { card, closePanel, expectAxeClean, secretInMarkup } from './journey-helpers'
import { AUTHRESS_STORY, authressJourney, authressRequests } from './authress-helpers'

/** The story's user and Google token (stories/DemoAuthress.stories.tsx, CredentialsCheck). */
const USER_ID = 'user_demo'
const GOOGLE_TOKEN = 'ya29.demo-google-access-token-7f3a9c'

/** Every query's key and data in the story's cache, serialized. */
async function serializedQueryCache(page: Page): Promise<string> {
  return page.evaluate(() => {
    const client = window.ikAuthressQueryClient
    if (!client) {
      throw new Error('the credentials story did not expose its QueryClient')
    }
    return JSON.stringify(
      client
        .getQueryCache()
        .getAll()
        .map((query) => [query.queryKey, query.state.data]),
    )
  })
}

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('Authress: credentials', () => {
  it('both answers are announced; the token appears in neither the DOM nor the query cache', async () => {
    await authressJourney(
      browser,
      AUTHRESS_STORY.credentials,
      async ({ page }) => {
        const google = page.getByRole('dialog', { name: 'Google', exact: true })
        await google.getByRole('status').getByText('You have credentials from Google').waitFor()
        await expectAxeClean(page, 'Google, credentials found')
        expect(await secretInMarkup(page, GOOGLE_TOKEN)).toEqual([])
        expect(await serializedQueryCache(page)).not.toContain(GOOGLE_TOKEN)

        await closePanel(page)
        await card(page, 'GitHub').click()
        const github = page.getByRole('dialog', { name: 'GitHub', exact: true })
        await github.getByRole('button', { name: 'Check my sign-in credentials' }).click()
        await github
          .getByRole('status')
          .getByText('No credentials from GitHub yet — sign in with GitHub first.')
          .waitFor()
        await expectAxeClean(page, 'GitHub, no credentials')

        const checks = (await authressRequests(page)).filter(({ path }) =>
          path.endsWith('/credentials'),
        )
        expect(checks.map(({ method, path }) => `${method} ${path}`)).toEqual([
          `GET /v1/connections/google/users/${USER_ID}/credentials`,
          `GET /v1/connections/github/users/${USER_ID}/credentials`,
        ])
        expect(await secretInMarkup(page, GOOGLE_TOKEN)).toEqual([])
        expect(await serializedQueryCache(page)).not.toContain(GOOGLE_TOKEN)
      },
      { expectedHttpErrors: [`404 /v1/connections/github/users/${USER_ID}/credentials`] },
    )
  })
})
