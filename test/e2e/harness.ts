/**
 * The e2e page harness: opens one story of the built Storybook in its own browser context, waits
 * for the mock Vault to be installed, and offers the axe check and screenshots each screen gets.
 */
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { expect, inject } from 'vitest'
import { WCAG_TAGS } from '../../.storybook/wcag'

export interface OpenStoryOptions {
  colorScheme?: 'light' | 'dark'
  /** Extra iframe URL parameters, e.g. `{ ikMockFail: 'list' }` (see stories/decorators.tsx). */
  params?: Record<string, string>
  viewport?: { width: number; height: number }
  /** Playwright's limit for each wait, opening included (default 10 s); raise it for heavy stories. */
  waitTimeout?: number
}

export interface StoryPage {
  page: Page
  context: BrowserContext
  /**
   * Uncaught exceptions, console errors, and failed or 4xx/5xx requests to the Storybook origin.
   * Requests to other origins are not errors: the API is answered by the MSW worker, and connector
   * logos point at hosts a closed network cannot reach (the page shows a fallback).
   */
  errors: string[]
  close(): Promise<void>
}

/** A request the mock Vault received, as the e2e tests read it back from the page. */
export interface MockRequestSummary {
  method: string
  path: string
  search: string
}

/**
 * Collects, from now on, the page's uncaught exceptions, console errors, and failed or 4xx/5xx
 * requests to `origin` (see StoryPage.errors for why other origins are not errors).
 */
export function collectPageErrors(page: Page, origin: string): string[] {
  const isOwn = (url: string) => url.startsWith(`${origin}/`)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    // Resource failures are reported (for our origin only) by the two listeners below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console: ${message.text()}`)
    }
  })
  page.on('requestfailed', (request) => {
    if (isOwn(request.url())) {
      errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`)
    }
  })
  page.on('response', (response) => {
    if (isOwn(response.url()) && response.status() >= 400) {
      errors.push(`HTTP ${response.status()}: ${response.url()}`)
    }
  })
  return errors
}

/** The bit of Storybook's preview API the harness reads: the current story's render phase. */
interface StorybookWindow extends Window {
  __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } }
}

/** Opens `iframe.html?id=<storyId>&viewMode=story` and waits until the mock backend is ready. */
export async function openStory(
  browser: Browser,
  storyId: string,
  options: OpenStoryOptions = {},
): Promise<StoryPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  })
  const page = await context.newPage()
  // Fail fast, well inside the test timeout, with Playwright's own "waiting for …" message.
  page.setDefaultTimeout(options.waitTimeout ?? 10_000)
  const origin = inject('storybookUrl')
  const errors = collectPageErrors(page, origin)
  const search = new URLSearchParams({ id: storyId, viewMode: 'story', ...options.params })
  await page.goto(`${origin}/iframe.html?${search}`)
  await page.waitForFunction(() => document.documentElement.dataset.ikMock === 'ready')
  // Let the story's own play function finish first, so a test never races it (a test that closes
  // the panel while the play function still looks at it would fail the play function).
  await page.waitForFunction(() => {
    const phase = (window as StorybookWindow).__STORYBOOK_PREVIEW__?.currentRender?.phase
    return phase === 'finished' || phase === 'errored' || phase === 'aborted'
  })
  return { page, context, errors, close: () => context.close() }
}

/** Opens a story, runs `body`, then checks the page stayed error-free and spec-conforming. */
export async function withStory(
  browser: Browser,
  storyId: string,
  body: (page: Page, story: StoryPage) => Promise<void>,
  options?: OpenStoryOptions,
): Promise<void> {
  const story = await openStory(browser, storyId, options)
  try {
    await body(story.page, story)
    expect(await mockViolations(story.page)).toEqual([])
    expect(story.errors).toEqual([])
  } finally {
    await story.close()
  }
}

/** The requests the story's mock Vault has received so far. */
export async function mockRequests(page: Page): Promise<MockRequestSummary[]> {
  return page.evaluate(() =>
    (window.ikMockVault?.requests ?? []).map(({ method, path, search }) => ({
      method,
      path,
      search,
    })),
  )
}

/** Requests that broke the Vault OpenAPI contract, as the mock recorded them. */
export async function mockViolations(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window.ikMockVault?.violations ?? []).map(
      (violation) => `${violation.method} ${violation.path}: ${violation.message}`,
    ),
  )
}

/** axe with the WCAG 2.2 AA tags on the whole story root; returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  )
}

/**
 * Writes screenshots/<name>.png (git-ignored) for a human to look at. CSS animations are finished
 * first so a panel is never caught half-faded. `fullPage: false` for dialogs: a fixed overlay only
 * covers the viewport.
 */
export async function screenshot(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<void> {
  const directory = resolve('screenshots')
  await mkdir(directory, { recursive: true })
  await page.screenshot({
    path: resolve(directory, `${name}.png`),
    fullPage,
    animations: 'disabled',
  })
}
