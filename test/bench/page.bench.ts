/**
 * Performance benchmark of the page in real Chromium (`npm run bench`, after
 * `npm run build:storybook`). It measures, it does not judge: timings depend on the machine, so they
 * are printed as a table, never asserted. What is asserted is that the thing measured happened
 * (1,000 cards rendered, the search narrowed the list, one request showed the catalog).
 *
 * - first render: from the story's start (mock Vault ready, mark `ik:story-start`) to 1,000
 *   connector cards in the DOM and painted — the list request through the MSW worker (whose mock
 *   Vault runs on the page's main thread: spec check and response building count here too),
 *   parsing and React's first render — for "Demo/Integrations page / 1,000 connectors";
 *   the page load including Storybook's own boot is printed too;
 * - search keystroke: from the key press to the next frame after the grid changed, at 1,000
 *   connectors, alternating typing a letter and deleting it.
 *
 * Both are measured for 1,000 Vault connectors and, next to them, for 1,000 Kinde connections
 * ("Demo/Kinde connections / 1,000 connections": the adapter pages through the mock Kinde behind
 * the host's proxy, 10 sequential list requests of 100, then the same page renders them).
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../e2e/browser'
import { mockRequests, openStory } from '../e2e/harness'

const CONNECTORS = 1000

/** One catalog to measure: its story, and how many list requests showing it must take. */
interface Scenario {
  name: string
  story: string
  listRequests: (page: Page) => Promise<number>
  expectedListRequests: number
}

const scenarios: Scenario[] = [
  {
    name: '1,000 Vault connectors',
    story: 'demo-integrations-page--thousand-connectors',
    listRequests: async (page) =>
      (await mockRequests(page)).filter(
        (request) => request.method === 'GET' && request.path === '/vault/connections',
      ).length,
    expectedListRequests: 1,
  },
  {
    name: '1,000 Kinde connections',
    story: 'demo-kinde-connections--thousand-connections',
    listRequests: (page) =>
      page.evaluate(
        () =>
          (window.ikMockKinde?.requests ?? []).filter(
            (request) => request.method === 'GET' && request.path.endsWith('/api/v1/connections'),
          ).length,
      ),
    expectedListRequests: 10,
  },
]
const PAGE_LOADS = 5
const KEYSTROKES = 10
// A benchmark measures, it does not fail on a slow machine: long waits for the story to boot.

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function report(name: string, samples: number[]) {
  const format = (ms: number) => `${ms.toFixed(1)} ms`.padStart(10)
  console.log(
    `${name.padEnd(44)} median ${format(median(samples))}  min ${format(Math.min(...samples))}` +
      `  max ${format(Math.max(...samples))}  (n=${samples.length})`,
  )
}

interface RenderTiming {
  /** Navigation start → cards painted: what a visitor waits (includes Storybook's own boot). */
  pageLoad: number
  /** Story start (mock ready) → cards painted: the list request, parsing and the first render. */
  render: number
}

/** Waits until `count` cards exist and a frame has been painted; returns both timings. */
function timeToCards(page: Page, count: number): Promise<RenderTiming> {
  return page.evaluate(
    (expected) =>
      new Promise<RenderTiming>((resolve) => {
        const done = () =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              const painted = performance.now()
              const [start] = performance.getEntriesByName('ik:story-start')
              resolve({ pageLoad: painted, render: painted - (start?.startTime ?? Number.NaN) })
            }, 0),
          )
        const check = () => document.querySelectorAll('[data-ik-slot="card"]').length >= expected
        if (check()) {
          done()
          return
        }
        const observer = new MutationObserver(() => {
          if (check()) {
            observer.disconnect()
            done()
          }
        })
        observer.observe(document.body, { childList: true, subtree: true })
      }),
    count,
  )
}

declare global {
  interface Window {
    ikKeystroke?: Promise<number>
  }
}

/** Presses `key` in the focused search box; resolves with ms from keydown to the next frame. */
async function keystroke(page: Page, key: string): Promise<number> {
  // Arm the listeners first and wait for that to finish, so the key press cannot overtake them.
  await page.evaluate(() => {
    window.ikKeystroke = new Promise<number>((resolve) => {
      let start: number | undefined
      document.addEventListener(
        'keydown',
        () => {
          start = performance.now()
        },
        { capture: true, once: true },
      )
      const root = document.querySelector('[data-ik-slot="root"]') ?? document.body
      const observer = new MutationObserver(() => {
        if (start === undefined) {
          return
        }
        const began = start
        observer.disconnect()
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - began), 0))
      })
      observer.observe(root, { childList: true, subtree: true, characterData: true })
    })
  })
  await page.keyboard.press(key)
  const elapsed = await page.evaluate(() => window.ikKeystroke!)
  // Let the previous keystroke's late updates (live region, settle timers) finish before the next.
  await page.waitForTimeout(600)
  return elapsed
}

describe.each(scenarios)('the page at $name', (scenario) => {
  it('first render and search keystroke (timings printed, not asserted)', async () => {
    const pageLoads: number[] = []
    const renders: number[] = []
    for (let run = 0; run < PAGE_LOADS; run++) {
      const story = await openStory(browser, scenario.story, { waitTimeout: 300_000 })
      try {
        const timing = await timeToCards(story.page, CONNECTORS)
        pageLoads.push(timing.pageLoad)
        renders.push(timing.render)
        expect(await scenario.listRequests(story.page)).toBe(scenario.expectedListRequests)
      } finally {
        await story.close()
      }
    }

    const story = await openStory(browser, scenario.story, { waitTimeout: 300_000 })
    const keystrokes: number[] = []
    let cards: number
    try {
      const { page } = story
      await timeToCards(page, CONNECTORS)
      cards = await page.locator('[data-ik-slot="card"]').count()
      await page.getByRole('searchbox').focus()
      for (let index = 0; index < KEYSTROKES; index++) {
        keystrokes.push(await keystroke(page, index % 2 === 0 ? 's' : 'Backspace'))
      }
      // The last keystroke deleted the letter: the full catalog is back.
      expect(await page.locator('[data-ik-slot="card"]').count()).toBe(cards)
    } finally {
      await story.close()
    }

    console.log('')
    report(`first render, ${scenario.name}`, renders)
    report('  (page load incl. Storybook boot)', pageLoads)
    report(`search keystroke, ${scenario.name}`, keystrokes)
    expect(cards).toBeGreaterThanOrEqual(CONNECTORS)
    expect(renders.every(Number.isFinite)).toBe(true)
    expect(keystrokes).toHaveLength(KEYSTROKES)
  })
})
