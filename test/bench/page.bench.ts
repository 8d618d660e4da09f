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
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../e2e/browser'
import { mockRequests, openStory } from '../e2e/harness'

const STORY = 'demo-integrations-page--thousand-connectors'
const CONNECTORS = 1000
const PAGE_LOADS = 5
const KEYSTROKES = 10

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

describe('the page at 1,000 connectors', () => {
  it('first render and search keystroke (timings printed, not asserted)', async () => {
    const pageLoads: number[] = []
    const renders: number[] = []
    for (let run = 0; run < PAGE_LOADS; run++) {
      const story = await openStory(browser, STORY)
      try {
        const timing = await timeToCards(story.page, CONNECTORS)
        pageLoads.push(timing.pageLoad)
        renders.push(timing.render)
        const lists = (await mockRequests(story.page)).filter(
          (request) => request.method === 'GET' && request.path === '/vault/connections',
        )
        expect(lists).toHaveLength(1)
      } finally {
        await story.close()
      }
    }

    const story = await openStory(browser, STORY)
    const keystrokes: number[] = []
    try {
      const { page } = story
      await timeToCards(page, CONNECTORS)
      await page.getByRole('searchbox').focus()
      for (let index = 0; index < KEYSTROKES; index++) {
        keystrokes.push(await keystroke(page, index % 2 === 0 ? 's' : 'Backspace'))
      }
      // The last keystroke deleted the letter: the full catalog is back.
      expect(await page.locator('[data-ik-slot="card"]').count()).toBe(CONNECTORS)
    } finally {
      await story.close()
    }

    console.log('')
    report('first render, 1,000 connectors', renders)
    report('  (page load incl. Storybook boot)', pageLoads)
    report('search keystroke, 1,000 connectors', keystrokes)
    expect(renders.every(Number.isFinite)).toBe(true)
    expect(keystrokes).toHaveLength(KEYSTROKES)
  })
})
