/**
 * Forged same-tab OAuth returns in real Chromium against the built Storybook: links that carry a
 * result in their URL (made up, for another connector, with provider text) opened on the
 * integrations page, with no attempt stored and with a genuine attempt in progress in the same tab.
 * None may open a panel, say anything, or send a request other than the catalog's; each leaves the
 * address bar clean.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mockRequests } from '../harness'
import { launchChromium } from '../browser'
import { card, journey, mockConnection, panel, statusText, STORY } from './journey-helpers'

const FULL_PAGE = 'demo-integrations-page--full-page'
const PHISHING = 'Your account is locked. Call +1 555 0100 to restore access.'

/** Results anyone could put in a link to the page, by what they would make it say. */
const FORGED = [
  ['Connected', 'nonce=made-up&confirm_token=mock-confirm.hubspot.made-up&service_id=hubspot'],
  ['Disconnected', 'revoked=1&nonce=made-up&service_id=salesforce'],
  [
    'a denial in the attacker’s words',
    `error_type=access_denied&error_message=${encodeURIComponent(PHISHING)}&service_id=hubspot`,
  ],
  [
    'an error in the attacker’s words',
    `error_type=server_error&error_message=${encodeURIComponent(PHISHING)}&nonce=x&service_id=hubspot`,
  ],
] as const

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/**
 * Loads `url` with `hash` in this tab as a fresh document (a changed hash alone would not reload)
 * and waits for the story's mock Vault and catalog.
 */
async function openLink(page: Page, url: string, hash: string): Promise<void> {
  const link = new URL(url)
  link.hash = hash
  await page.goto('about:blank')
  await page.goto(link.href)
  await page.waitForFunction(() => document.documentElement.dataset.ikMock === 'ready')
  // As the harness does: the story's play function (and the a11y addon it loads) finish before
  // the next navigation, which would otherwise abort them.
  await page.waitForFunction(() => {
    const preview = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } })
      .__STORYBOOK_PREVIEW__
    const phase = preview?.currentRender?.phase
    return phase === 'finished' || phase === 'errored' || phase === 'aborted'
  })
}

/** The story's URL as the harness opened it, without any hash. */
function storyUrl(page: Page): string {
  const url = new URL(page.url())
  url.hash = ''
  return url.href
}

/**
 * Nothing said, nothing sent but what the story reads on its own (`reads`: the catalog, and the
 * detail of a deep-linked connector), nothing left in the address bar.
 */
async function expectNothingFromTheLink(
  page: Page,
  reads: string[] = ['/vault/connections'],
): Promise<void> {
  const body = page.locator('body')
  expect(await page.getByRole('alert').count()).toBe(0)
  // "was denied" is the OAuth outcome ("Access to HubSpot was denied."); a seeded card's consent
  // badge ("Permission denied") is not something the link said.
  expect(await body.textContent()).not.toMatch(/Call \+1 555|Connected to|could not|was denied/i)
  expect(new URL(page.url()).hash).toBe('')
  const requests = await mockRequests(page)
  expect(
    requests.filter((request) => request.method !== 'GET' || !reads.includes(request.path)),
  ).toEqual([])
}

/** Blocks popups in this document and every one the tab loads later. */
async function blockPopups(page: Page): Promise<void> {
  const block = () => {
    window.open = () => null
  }
  await page.addInitScript(block)
  await page.evaluate(block)
}

describe('forged same-tab OAuth returns', () => {
  it.each(FORGED)(
    'without a stored attempt, a link claiming %s: no panel, no message, no request, a clean URL',
    async (_, hash) => {
      await journey(browser, FULL_PAGE, async (page) => {
        await openLink(page, storyUrl(page), hash)
        await card(page, 'HubSpot').waitFor()
        expect(await page.getByRole('dialog').count()).toBe(0)
        await expectNothingFromTheLink(page)
      })
    },
  )

  it.each([
    ['a made-up nonce', ['nonce=made-up&confirm_token=mock-confirm.hubspot.made-up']],
    [
      'provider text and a made-up nonce',
      [`error_type=server_error&error_message=${encodeURIComponent(PHISHING)}&nonce=made-up`],
    ],
    [
      'the genuine nonce, after a forged link used the attempt up',
      ['nonce=made-up&confirm_token=mock-confirm.hubspot.made-up', 'GENUINE'],
    ],
  ])('in the tab of a genuine attempt, a link with %s is ignored', async (_, links) => {
    await journey(
      browser,
      STORY.hubspot,
      async (page) => {
        const url = storyUrl(page)
        // A genuine attempt: the popup is blocked, the user continues in this tab.
        const dialog = panel(page, 'HubSpot')
        await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
        await dialog.getByRole('button', { name: 'Continue in this tab' }).click()
        await page.waitForURL(/\/mock-oauth\/consent\.html\?/)
        const nonce = new URL(page.url()).searchParams.get('nonce')!

        // Instead of the provider's return, the link arrives in this tab.
        for (const link of links) {
          const result =
            link === 'GENUINE' ? `nonce=${nonce}&confirm_token=mock-confirm.hubspot.${nonce}` : link
          await openLink(page, url, `${result}&service_id=hubspot`)
          const back = panel(page, 'HubSpot')
          await back.waitFor()
          expect(await statusText(back)).toMatch(/Needs authorization/)
          await expectNothingFromTheLink(page, [
            '/vault/connections',
            '/vault/connections/crm/hubspot',
          ])
          expect(await mockConnection(page, 'crm+hubspot')).toMatchObject({ state: 'added' })
        }
      },
      { beforeStart: blockPopups },
    )
  })
})
