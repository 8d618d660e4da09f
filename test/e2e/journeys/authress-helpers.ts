/**
 * Shared pieces of the Authress journeys: open a Demo/Authress connections story, run the journey,
 * then check the page stayed error-free, nothing was asked of the `links` host, and every request
 * met the Authress contract; and read back what the story's mock Authress holds
 * (`window.ikMockAuthress`, installed by stories/decorators.tsx).
 */
import type { Browser, Page, Request } from 'playwright-core'
import { expect } from 'vitest'
import { openStory, type OpenStoryOptions } from '../harness'

/** Demo/Authress connections stories (stories/DemoAuthress.stories.tsx). */
export const AUTHRESS_STORY = {
  fullPage: 'demo-authress-connections--full-page',
  twoPages: 'demo-authress-connections--two-pages',
  createGoogle: 'demo-authress-connections--create-google',
  editPrefilled: 'demo-authress-connections--edit-prefilled',
  credentials: 'demo-authress-connections--credentials-check',
  dark: 'demo-authress-connections--dark',
} as const

/** Where the mock's `links` hrefs point (its default `linksOrigin`): never to be requested. */
export const LINKS_HOST = 'links.authress.invalid'

/** A request the mock Authress received, with its parsed JSON body. */
export interface AuthressRequest {
  method: string
  path: string
  search: string
  body: unknown
}

/** What a journey gets: the page, and every request the browser made to the `links` host. */
export interface AuthressJourney {
  page: Page
  linksRequests: string[]
}

export interface AuthressJourneyOptions extends OpenStoryOptions {
  /**
   * Error answers the journey expects from the mock, as `'<status> <path>'` (e.g. `'404
   * /v1/connections/github/users/u/credentials'`): the proxy is on the Storybook origin, so the
   * harness counts every 4xx as a page error; these are its answers, not failures.
   */
  expectedHttpErrors?: string[]
}

/** The harness's error text for an expected answer (see AuthressJourneyOptions). */
function isExpectedHttpError(error: string, expected: readonly string[]): boolean {
  const match = /^HTTP (\d{3}): (.+)$/.exec(error)
  if (!match) {
    return false
  }
  const path = new URL(match[2] ?? '').pathname.replace(/^\/api\/authress/, '')
  return expected.includes(`${match[1]} ${path}`)
}

/**
 * Opens a story, runs `body`, then requires: no request to the `links` host, no Authress contract
 * violation, no page errors but the expected answers. Each call gets a fresh browser context (and
 * so a fresh mock).
 */
export async function authressJourney(
  browser: Browser,
  storyId: string,
  body: (journey: AuthressJourney) => Promise<void>,
  options?: AuthressJourneyOptions,
): Promise<void> {
  const story = await openStory(browser, storyId, options)
  const linksRequests: string[] = []
  story.context.on('request', (request: Request) => {
    if (new URL(request.url()).hostname === LINKS_HOST) {
      linksRequests.push(request.url())
    }
  })
  try {
    try {
      await body({ page: story.page, linksRequests })
    } catch (error) {
      if (process.env.JOURNEY_DEBUG) {
        // What the page offered to assistive technology when the journey failed.
        console.log(await story.page.locator('body').ariaSnapshot())
      }
      throw error
    }
    expect(linksRequests).toEqual([])
    expect(await authressViolations(story.page)).toEqual([])
    const expected = options?.expectedHttpErrors ?? []
    expect(story.errors.filter((error) => !isExpectedHttpError(error, expected))).toEqual([])
  } finally {
    await story.close()
  }
}

/** Reloads the story (a fresh mock) and waits until its mock and play function are done. */
export async function reloadStory(page: Page): Promise<void> {
  await page.reload()
  await page.waitForFunction(() => document.documentElement.dataset.ikMock === 'ready')
  await page.waitForFunction(() => {
    const preview = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } })
      .__STORYBOOK_PREVIEW__
    const phase = preview?.currentRender?.phase
    return phase === 'finished' || phase === 'errored' || phase === 'aborted'
  })
}

/** The requests the mock Authress received (paths under its base, e.g. `/v1/connections`). */
export async function authressRequests(page: Page): Promise<AuthressRequest[]> {
  return page.evaluate(() =>
    (window.ikMockAuthress?.requests ?? []).map(({ method, path, search, body }) => ({
      method,
      path,
      search,
      body,
    })),
  )
}

/** Requests that broke the Authress contract, as the mock recorded them. */
export async function authressViolations(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window.ikMockAuthress?.violations ?? []).map(
      (violation) => `${violation.method} ${violation.path}: ${violation.message}`,
    ),
  )
}

/** The connection as the mock Authress stores it now (client secret included), or null. */
export async function authressConnection(
  page: Page,
  connectionId: string,
): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    (id) => (window.ikMockAuthress?.connection(id) ?? null) as Record<string, unknown> | null,
    connectionId,
  )
}

/** Every stored connection's id, in the mock's order. */
export async function authressConnectionIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window.ikMockAuthress?.connections() ?? []).map(({ connectionId }) => String(connectionId)),
  )
}
