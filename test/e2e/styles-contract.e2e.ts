/**
 * What the README promises about styling, checked where only a real browser can: the computed
 * direction a parent's `dir` gives the page, a host's single class beating every rule of ours, and
 * readable text on accents jsdom cannot resolve (oklch, hsl, named colours, color-mix()).
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contrastRatio, parseColor, readableTextColor, type Rgb } from '../../src/theme/color'
import { launchChromium } from './browser'
import { withStory } from './harness'

const FULL_PAGE = 'demo-integrations-page--full-page'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const cards = (page: Page) => page.getByRole('listitem').getByRole('button')

async function catalogLoaded(page: Page) {
  await page.getByRole('button', { name: /^Salesforce/ }).waitFor()
}

describe('given dir="rtl" on the host page and an English locale', () => {
  it('lays the page out right to left, and ArrowLeft moves to the next card', async () => {
    await withStory(browser, FULL_PAGE, async (page) => {
      // The host's own direction, set before the page mounts (a reload runs the init script).
      await page.addInitScript(() => {
        // Runs before the page's HTML is parsed: put dir on <html> as soon as it exists.
        const setDir = () => document.documentElement?.setAttribute('dir', 'rtl')
        setDir()
        new MutationObserver(setDir).observe(document, { childList: true })
      })
      await page.reload()
      await page.waitForFunction(() => document.documentElement.dataset.ikMock === 'ready')
      await catalogLoaded(page)
      const root = page.locator("[data-ik-slot='root']").first()
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
      expect(await root.getAttribute('dir')).toBeNull()
      expect(await root.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')
      const [first, second] = [cards(page).nth(0), cards(page).nth(1)]
      // The second card sits to the left of the first.
      const [a, b] = [await first.boundingBox(), await second.boundingBox()]
      expect(b!.x).toBeLessThan(a!.x)
      await first.focus()
      await page.keyboard.press('ArrowLeft')
      expect(await second.evaluate((element) => element === document.activeElement)).toBe(true)
    })
  })
})

describe("given a host's single-class rule loaded after our stylesheet", () => {
  it('wins over every rule of ours, themed states (focus, connected cards, badges) included', async () => {
    await withStory(browser, FULL_PAGE, async (page) => {
      await catalogLoaded(page)
      await page.addStyleTag({
        content:
          '.host-wins { color: rgb(1, 2, 3); background-color: rgb(4, 5, 6); border-color: rgb(7, 8, 9); }',
      })
      // A themed state: the focused search box paints its border in the accent.
      await page.getByRole('searchbox').focus()
      const losers = await page.evaluate(() => {
        const root = document.querySelector("[data-ik-slot='root']")!
        const elements = [root, ...root.querySelectorAll('*')].filter(
          (element) => !(element instanceof SVGElement),
        )
        for (const element of elements) {
          element.classList.add('host-wins')
        }
        return elements.flatMap((element) => {
          const style = getComputedStyle(element)
          // Inline styles (the visually-hidden radios' `border: 0`) are not the stylesheet's.
          const inline = (property: string) =>
            element instanceof HTMLElement && element.style.getPropertyValue(property) !== ''
          const wrong = [
            style.color === 'rgb(1, 2, 3)' ? null : `color ${style.color}`,
            style.backgroundColor === 'rgb(4, 5, 6)' ? null : `background ${style.backgroundColor}`,
            style.borderTopColor === 'rgb(7, 8, 9)' || inline('border-top-color')
              ? null
              : `border ${style.borderTopColor}`,
          ].filter(Boolean)
          const slot = element.getAttribute('data-ik-slot') ?? element.tagName.toLowerCase()
          return wrong.length > 0 ? [`${slot}: ${wrong.join(', ')}`] : []
        })
      })
      expect(losers).toEqual([])
    })
  })
})

/** The sRGB pixel the browser paints for a colour (its own parsing and gamut mapping). */
async function paintedRgb(page: Page, color: string): Promise<Rgb> {
  const [r, g, b] = await page.evaluate((value) => {
    const canvas = document.createElement('canvas')
    canvas.width = 1
    canvas.height = 1
    const context = canvas.getContext('2d', { colorSpace: 'srgb' })!
    context.fillStyle = value
    context.fillRect(0, 0, 1, 1)
    return Array.from(context.getImageData(0, 0, 1, 1).data)
  }, color)
  return { r: r!, g: g!, b: b! }
}

const ACCENTS = [
  'oklch(82.8% 0.189 84.429)', // Tailwind v4 amber-400: needs dark text
  'oklch(62.3% 0.214 259.815)', // Tailwind v4 blue-500
  'oklch(58.5% 0.233 277.117)', // Tailwind v4 indigo-500
  'oklch(72.3% 0.219 149.579)', // Tailwind v4 green-500: a mid-tone
  'hsl(48 100% 50%)',
  'hsl(210 60% 45%)',
  'gold',
  'navy',
  'rebeccapurple',
  'color-mix(in oklch, crimson 60%, white)',
]

describe('given an accent colour in any syntax the browser accepts', () => {
  it.each(ACCENTS)('the stylesheet gives %s a text colour with at least 4.5:1', async (accent) => {
    await withStory(browser, FULL_PAGE, async (page) => {
      await catalogLoaded(page)
      // A root whose accent is set in CSS only, as a host's stylesheet or Tailwind class would.
      const [background, text] = await page.evaluate((value) => {
        const root = document.createElement('div')
        root.setAttribute('data-ik-theme', '')
        root.style.setProperty('--ik-accent', value)
        const probe = document.createElement('span')
        probe.style.background = 'var(--ik-accent)'
        probe.style.color = 'var(--ik-accent-contrast)'
        root.append(probe)
        document.body.append(root)
        const style = getComputedStyle(probe)
        return [style.backgroundColor, style.color]
      }, accent)
      const ratio = contrastRatio(await paintedRgb(page, background), await paintedRgb(page, text))
      expect(ratio).toBeGreaterThanOrEqual(4.5)
    })
  })

  it('the theme prop computes the same colours the browser paints, and AA text on them', async () => {
    await withStory(browser, FULL_PAGE, async (page) => {
      await catalogLoaded(page)
      for (const accent of ACCENTS) {
        const parsed = parseColor(accent)
        if (parsed === null) {
          // Named colours and color-mix(): the stylesheet's rule above covers them.
          continue
        }
        const painted = await paintedRgb(page, accent)
        for (const channel of ['r', 'g', 'b'] as const) {
          expect(Math.abs(parsed[channel] - painted[channel]), `${accent} ${channel}`).toBeLessThan(
            4,
          )
        }
        const text = await paintedRgb(page, readableTextColor(parsed))
        expect(contrastRatio(painted, text), accent).toBeGreaterThanOrEqual(4.5)
      }
    })
  })
})
