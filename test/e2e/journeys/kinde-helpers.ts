/**
 * Shared pieces of the Kinde journeys: open a Demo/Kinde connections story, run the journey, then
 * require zero Kinde contract violations and no page errors; and read back what the story's mock
 * Kinde holds (`window.ikMockKinde`, installed by stories/decorators.tsx).
 */
import type { Browser, Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { openStory, type OpenStoryOptions } from '../harness'

/** Demo/Kinde connections stories (stories/DemoKinde.stories.tsx). */
export const KINDE_STORY = {
  fullPage: 'demo-kinde-connections--full-page',
  twentyFive: 'demo-kinde-connections--twenty-five-connections',
  createOktaSaml: 'demo-kinde-connections--create-okta-saml',
  edit: 'demo-kinde-connections--edit',
  missingScope: 'demo-kinde-connections--missing-scope',
  dark: 'demo-kinde-connections--dark',
} as const

/** A request the mock Kinde received, with its query and parsed JSON body. */
export interface KindeRequest {
  method: string
  path: string
  search: string
  body: unknown
}

/** A connection as the mock Kinde stores it (options included, which Kinde never returns). */
export interface KindeStored {
  id: string
  name: string
  display_name: string
  strategy: string
  options?: Record<string, unknown>
}

/**
 * Opens a Kinde story, runs `journey`, then requires: no Kinde contract violations, no page errors
 * except the HTTP statuses the journey provokes on purpose (`expectedStatuses`, e.g. a 400).
 */
export async function kindeJourney(
  browser: Browser,
  storyId: string,
  body: (page: Page) => Promise<void>,
  options: OpenStoryOptions & { expectedStatuses?: number[] } = {},
): Promise<void> {
  const story = await openStory(browser, storyId, options)
  try {
    try {
      await body(story.page)
    } catch (error) {
      if (process.env.JOURNEY_DEBUG) {
        console.log(await story.page.locator('body').ariaSnapshot())
      }
      throw error
    }
    expect(await kindeViolations(story.page)).toEqual([])
    const expected = (options.expectedStatuses ?? []).map((status) => `HTTP ${status}: `)
    // A read still in flight when its panel closes or its record is deleted is cancelled on
    // purpose (TanStack Query aborts it): not an error.
    const cancelledRead = (error: string) =>
      /^request failed: .*\/api\/kinde\/api\/v1\/connections\S* net::ERR_ABORTED$/.test(error)
    expect(
      story.errors.filter(
        (error) => !cancelledRead(error) && !expected.some((start) => error.startsWith(start)),
      ),
    ).toEqual([])
  } finally {
    await story.close()
  }
}

/** Requests that broke Kinde's contract, as the mock recorded them. */
export async function kindeViolations(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window.ikMockKinde?.violations ?? []).map(
      (violation) => `${violation.method} ${violation.path}: ${violation.message}`,
    ),
  )
}

/** Every request the mock Kinde received, oldest first, bodies included. */
export async function kindeRequests(page: Page): Promise<KindeRequest[]> {
  return page.evaluate(() =>
    (window.ikMockKinde?.requests ?? []).map(({ method, path, search, body }) => ({
      method,
      path,
      search,
      body,
    })),
  )
}

/** Every connection the mock Kinde holds now, in its list order. */
export async function kindeConnections(page: Page): Promise<KindeStored[]> {
  return page.evaluate(() => window.ikMockKinde?.connections() ?? [])
}

/** The list "Your connections N" (the instances) and "Add a connection N" (the catalog). */
export function yourConnections(page: Page): Locator {
  return page.getByRole('list', { name: /^Your connections/ })
}

export function addConnection(page: Page): Locator {
  return page.getByRole('list', { name: /^Add a connection/ })
}

/** The list of connections, named "Your connections <count>". */
export function yourConnectionsCounted(page: Page, count: number): Locator {
  return page.getByRole('list', { name: new RegExp(`^Your connections ${count}\\b`) })
}

/** Closes the open panel, if any, with Escape and waits until no dialog is left. */
export async function closeDialogs(page: Page): Promise<void> {
  if ((await page.getByRole('dialog').count()) > 0) {
    await page.keyboard.press('Escape')
  }
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
}

/**
 * Presses `key` (an arrow key in a grid with a roving tabindex) until `target` has the focus; fails
 * after `limit` presses.
 */
export async function pressUntilFocused(
  page: Page,
  target: Locator,
  key: string,
  limit = 40,
): Promise<void> {
  const handle = await target.elementHandle()
  if (!handle) {
    throw new Error('pressUntilFocused: the target is not on the page')
  }
  for (let press = 0; press < limit; press++) {
    if (await handle.evaluate((element) => element === document.activeElement)) {
      return
    }
    await page.keyboard.press(key)
  }
  throw new Error(`pressUntilFocused: not reached in ${limit} presses of ${key}`)
}

/** A card in `list` whose accessible name starts with `name`. */
export function cardIn(list: Locator, name: string): Locator {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  // The name is followed by the connector, category and status or count ("Okta SAML Enterprise 2 connections").
  return list.getByRole('button', { name: new RegExp(`^${escaped}(?=\\s|$)`) })
}

/** Presses Tab until a card of the catalog grid (its one tab stop) has the focus. */
export async function tabIntoGrid(page: Page, limit = 60): Promise<void> {
  for (let press = 0; press < limit; press++) {
    const inGrid = await page.evaluate(
      () => document.activeElement?.closest('[role="list"] li, ul li') != null,
    )
    if (inGrid) {
      return
    }
    await page.keyboard.press('Tab')
  }
  throw new Error(`tabIntoGrid: not reached in ${limit} presses of Tab`)
}

/**
 * Presses Tab until `target` has the focus, as a keyboard user moves through the page; fails after
 * `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  const handle = await target.elementHandle()
  if (!handle) {
    throw new Error('tabTo: the target is not on the page')
  }
  for (let press = 0; press < limit; press++) {
    if (await handle.evaluate((element) => element === document.activeElement)) {
      return
    }
    await page.keyboard.press('Tab')
  }
  throw new Error(`tabTo: not reached in ${limit} presses of Tab`)
}
