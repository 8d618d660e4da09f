/**
 * Shared pieces of the e2e journeys: open a Demo/Integrations page story, run the journey, then
 * check the page stayed error-free and every request it sent met the Vault spec; and read back what
 * the story's mock Vault holds (`window.ikMockVault`, installed by stories/decorators.tsx).
 * `JOURNEY_DEBUG=1` prints the page's accessibility tree when a journey fails.
 */
import type { Browser, Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import type { Connection } from 'integrations-kit'
import { axeViolations, mockViolations, openStory, type OpenStoryOptions } from '../harness'

/** Demo/Integrations page stories (stories/IntegrationsPage.stories.tsx). */
export const STORY = {
  /** HubSpot panel open (added OAuth). Every story passes the demo's OAuth callback page. */
  hubspot: 'demo-integrations-page--details-open',
  quickbooks: 'demo-integrations-page--details-available-oauth',
  mailchimp: 'demo-integrations-page--details-available-api-key',
  personio: 'demo-integrations-page--details-available-token-grant',
  pipedrive: 'demo-integrations-page--details-missing-defaults',
  salesforce: 'demo-integrations-page--details-with-resources',
  greenhouse: 'demo-integrations-page--details-disabled',
} as const

/** What a journey asserts about one connection in the mock backend. */
export type MockConnection = Pick<
  Connection,
  'state' | 'enabled' | 'settings' | 'configuration' | 'health'
>

/** A request the mock received, with its parsed JSON body (harness.mockRequests drops bodies). */
export interface MockRequestWithBody {
  method: string
  path: string
  body: unknown
}

/**
 * Opens a story, runs `journey`, then requires: no spec violations in the mock, no page errors.
 * Each call gets a fresh browser context (and so a fresh mock Vault).
 */
export async function journey(
  browser: Browser,
  storyId: string,
  body: (page: Page) => Promise<void>,
  options?: OpenStoryOptions & { beforeStart?: (page: Page) => Promise<void> },
): Promise<void> {
  const story = await openStory(browser, storyId, options)
  try {
    if (options?.beforeStart) {
      await options.beforeStart(story.page)
    }
    try {
      await body(story.page)
    } catch (error) {
      if (process.env.JOURNEY_DEBUG) {
        // What the page offered to assistive technology when the journey failed.
        console.log(await story.page.locator('body').ariaSnapshot())
      }
      throw error
    }
    expect(await mockViolations(story.page)).toEqual([])
    expect(story.errors).toEqual([])
  } finally {
    await story.close()
  }
}

/** The connection as the story's mock Vault holds it now (`id` is `unified_api+service_id`). */
export async function mockConnection(page: Page, id: string): Promise<MockConnection | null> {
  return page.evaluate((connectionId) => {
    const connection = window.ikMockVault?.connection(connectionId)
    if (!connection) {
      return null
    }
    const { state, enabled, settings, configuration, health } = connection
    return { state, enabled, settings, configuration, health }
  }, id)
}

/** The requests the mock received whose path ends with `suffix`, bodies included. */
export async function mockRequestsTo(page: Page, suffix: string): Promise<MockRequestWithBody[]> {
  return page.evaluate(
    (ending) =>
      (window.ikMockVault?.requests ?? [])
        .filter((request) => request.path.endsWith(ending))
        .map(({ method, path, body }) => ({ method, path, body })),
    suffix,
  )
}

/** The connector's details panel (a modal dialog named after the connector). */
export function panel(page: Page, name: string): Locator {
  return page.getByRole('dialog', { name, exact: true })
}

/** The panel's Status region text (the same words the card's badge uses). */
export async function statusText(dialog: Locator): Promise<string> {
  return (await dialog.getByRole('region', { name: 'Status' }).textContent()) ?? ''
}

/** axe (WCAG 2.2 AA) on the current screen; a soft assertion so the journey goes on. */
export async function expectAxeClean(page: Page, screen: string): Promise<void> {
  expect.soft(await axeViolations(page), `axe on ${screen}`).toEqual([])
}

/** The connector's card in the catalog (its accessible name starts with the connector's name). */
export function card(page: Page, name: string): Locator {
  return page.getByRole('listitem').getByRole('button', { name: new RegExp(`^${name}\\b`) })
}

/** Closes the open details panel with Escape (as a keyboard user does) and waits for it to go. */
export async function closePanel(page: Page): Promise<void> {
  await page.keyboard.press('Escape')
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
}

/**
 * Where `secret` occurs in the serialized page (attributes included), with some markup around it,
 * so a failure says which element leaks it; [] when it occurs nowhere.
 */
export async function secretInMarkup(page: Page, secret: string): Promise<string[]> {
  const html = await page.content()
  const found: string[] = []
  for (let at = html.indexOf(secret); at !== -1; at = html.indexOf(secret, at + secret.length)) {
    found.push(html.slice(Math.max(0, at - 160), at + secret.length + 40))
  }
  return found
}
