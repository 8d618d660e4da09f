/**
 * The page on hostile records (Demo/Hostile data, stories/hostile-fixtures.ts) in real Chromium,
 * light and dark, left-to-right and right-to-left, and on a phone. Boxes are measured, not looked
 * at: no card part leaves its card, the page, the details panel and its dialogs never scroll
 * sideways or leave the screen, inputs keep room to type, every cut text keeps its full text, and a
 * name with a right-to-left override is drawn inside its own isolate without reordering the
 * sentence around it. Screenshots of each screen go to screenshots/hostile-data-*.png.
 */
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LONG_UNBROKEN_NAME } from '../../stories/hostile-fixtures'
import { launchChromium } from './browser'
import { screenshot, withStory, type OpenStoryOptions } from './harness'
import {
  cardOverflow,
  cutTexts,
  drawnPieces,
  horizontalOverflow,
  squeezedInputs,
  type CutText,
} from './layout-measure'

const VARIANTS = [
  { name: 'light', story: 'demo-hostile-data--hostile-data', colorScheme: 'light', dir: 'ltr' },
  { name: 'dark', story: 'demo-hostile-data--dark', colorScheme: 'dark', dir: 'ltr' },
  { name: 'rtl', story: 'demo-hostile-data--right-to-left', colorScheme: 'light', dir: 'rtl' },
  {
    name: 'rtl-dark',
    story: 'demo-hostile-data--right-to-left-dark',
    colorScheme: 'dark',
    dir: 'rtl',
  },
] as const

/** 14 connectors: the 8 hostile records and 6 ordinary ones (hostileCatalog). */
const CATALOG_SIZE = 14
/** "Usable": room for about eight characters next to any adornment (the stylesheet keeps 8em). */
const MIN_INPUT_WIDTH = 96
const PHONE: OpenStoryOptions['viewport'] = { width: 390, height: 844 }

/**
 * Sentences around the override name, in logical order, with the direction each is written in: the
 * Arabic ones of stories/arabic-messages.ts in the right-to-left stories, the English ones in the
 * others. Without isolation the override would draw the rest of each sentence reversed and before
 * the name.
 */
const SENTENCES = {
  ltr: {
    reason: { pieces: ['Everything works:', 'Evil Corp', 'is connected.'], dir: 'ltr' },
    deleteTitle: { pieces: ['Delete', 'Evil Corp', '?'], dir: 'ltr' },
    deleteDescription: { pieces: ['The connection to', 'Evil Corp', 'is removed'], dir: 'ltr' },
  },
  rtl: {
    reason: { pieces: ['كل شيء يعمل:', 'Evil Corp', 'متصل.'], dir: 'rtl' },
    deleteTitle: { pieces: ['حذف', 'Evil Corp', '؟'], dir: 'rtl' },
    deleteDescription: { pieces: ['سيُحذف اتصال', 'Evil Corp', 'مع بيانات'], dir: 'rtl' },
  },
} as const

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const root = (page: Page) => page.locator('[data-ik-slot="root"]')

/** Opens a Hostile data story, waits for its whole catalog, then runs `body` (see withStory). */
function onCatalog(
  story: string,
  body: (page: Page) => Promise<void>,
  options?: OpenStoryOptions,
): Promise<void> {
  return withStory(
    browser,
    story,
    async (page) => {
      await expect.poll(() => page.locator('[data-ik-slot="card"]').count()).toBe(CATALOG_SIZE)
      await body(page)
    },
    options,
  )
}

/** Opens the connector with the hostile settings form and waits for its form and one resource. */
async function openHostileForm(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: new RegExp(`^${LONG_UNBROKEN_NAME}`) }).click()
  const dialog = page.getByRole('dialog', { name: new RegExp(`^${LONG_UNBROKEN_NAME}`) })
  await dialog.getByRole('textbox', { name: /^SubdomainLabel/ }).waitFor()
  await dialog.getByRole('button', { name: /^TimeOffRequests/ }).click()
  await dialog.getByRole('combobox', { name: /^DefaultOwner/ }).waitFor()
  return dialog
}

/** Scrolls the panel so `section` starts at its top (under the sticky header, for a screenshot). */
const scrollTo = (section: Locator) =>
  section.evaluate((element) => element.scrollIntoView({ block: 'start' }))

/** Cut texts that do not carry their full text in `title`. */
const withoutFullText = (cut: CutText[]) =>
  cut.filter((item) => item.title !== item.text).map((item) => `${item.slot}: ${item.text}`)

/**
 * `pieces` (in logical order: what precedes the name, the name, what follows) are drawn in reading
 * order for `dir`, and a Latin piece after the name still runs left to right: a leaked override
 * would draw the rest of the sentence before the name, and reversed.
 */
async function expectReadingOrder(
  element: Locator,
  { pieces, dir }: { pieces: readonly string[]; dir: 'ltr' | 'rtl' },
) {
  const drawn = await drawnPieces(element, [...pieces])
  for (let index = 1; index < drawn.length; index += 1) {
    const [previous, next] = [drawn[index - 1]!, drawn[index]!]
    if (dir === 'ltr') {
      expect(previous.right, pieces[index]).toBeLessThanOrEqual(next.left + 1)
    } else {
      expect(previous.left, pieces[index]).toBeGreaterThanOrEqual(next.right - 1)
    }
  }
  const last = drawn.at(-1)!
  if (/^[a-z]{2}/i.test(pieces.at(-1)!)) {
    expect(last.firstLetterLeft).toBeLessThan(last.lastLetterLeft)
  }
}

describe.each(VARIANTS)('hostile data, $name', ({ name, story, colorScheme, dir }) => {
  const options: OpenStoryOptions = { colorScheme }

  it('keeps every card part inside its card, the page from scrolling sideways, cut names whole', async () => {
    await onCatalog(
      story,
      async (page) => {
        // The root inherits the page's direction unless the locale or the host sets one.
        expect(await root(page).evaluate((element) => getComputedStyle(element).direction)).toBe(
          dir,
        )
        expect(await cardOverflow(page)).toEqual([])
        expect(await horizontalOverflow(root(page), 'page')).toEqual([])
        // Names and category chips are cut to one line with the whole text in `title`; tag lines
        // are cut to two, whole in the details panel (checked below).
        const cut = await cutTexts(root(page))
        expect(cut.some((item) => item.slot === 'card-title')).toBe(true)
        expect(withoutFullText(cut.filter((item) => item.slot !== 'card-description'))).toEqual([])
        await screenshot(page, `hostile-data-catalog-${name}`)
      },
      options,
    )
  })

  it('keeps the settings form and resource defaults inside the panel, with room to type', async () => {
    await onCatalog(
      story,
      async (page) => {
        const dialog = await openHostileForm(page)
        expect(await horizontalOverflow(dialog, 'panel')).toEqual([])
        expect(await squeezedInputs(dialog, MIN_INPUT_WIDTH)).toEqual([])
        expect(withoutFullText(await cutTexts(dialog))).toEqual([])
        // The required mark stays after a label that starts with an override character.
        await expectReadingOrder(
          dialog.locator('label').filter({ hasText: 'Label with an override' }),
          { pieces: ['Label with an override', '*'], dir },
        )
        // Top, then the form (axe checks this panel as the Details open stories).
        await dialog.evaluate((element) => element.scrollTo({ top: 0 }))
        await screenshot(page, `hostile-data-panel-${name}`, { fullPage: false })
        await scrollTo(dialog.locator('[data-section="settings"]'))
        await screenshot(page, `hostile-data-panel-form-${name}`, { fullPage: false })
      },
      options,
    )
  })

  it('keeps the import dialog on screen without sideways scroll, with room to type', async () => {
    await onCatalog(
      story,
      async (page) => {
        const panel = await openHostileForm(page)
        await panel.getByRole('button', { name: 'Import credentials' }).click()
        const importDialog = page.getByRole('dialog', { name: /^Import a/ })
        await importDialog.getByRole('textbox', { name: /^SubdomainLabel/ }).waitFor()
        expect(await horizontalOverflow(importDialog, 'import dialog')).toEqual([])
        expect(await squeezedInputs(importDialog, MIN_INPUT_WIDTH)).toEqual([])
        expect(withoutFullText(await cutTexts(importDialog))).toEqual([])
        await screenshot(page, `hostile-data-import-${name}`, { fullPage: false })
      },
      options,
    )
  })

  it('keeps the delete dialog and its buttons on screen without sideways scroll', async () => {
    await onCatalog(
      story,
      async (page) => {
        const panel = await openHostileForm(page)
        await panel.getByRole('button', { name: 'Delete connection' }).click()
        const confirm = page.getByRole('alertdialog')
        // The question itself: a frame says "Loading…" until its chunk is in.
        await confirm.getByRole('button', { name: /^Delete\b/ }).waitFor()
        expect(await horizontalOverflow(confirm, 'delete dialog')).toEqual([])
        // Its buttons are on screen, whatever the length of the name in them.
        for (const button of await confirm.getByRole('button').all()) {
          const box = (await button.boundingBox())!
          expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height)
        }
        await screenshot(page, `hostile-data-delete-${name}`, { fullPage: false })
      },
      options,
    )
  })

  it('draws a name with a right-to-left override inside its own isolate, the sentence in order', async () => {
    await onCatalog(
      story,
      async (page) => {
        const sentences = SENTENCES[dir]
        // The card's name is isolated from the category and status drawn next to it.
        const card = page.locator('[data-ik-slot="card"]', { hasText: 'Evil Corp' })
        expect(
          await card
            .locator('[data-ik-slot="card-title"]')
            .evaluate((element) => getComputedStyle(element).unicodeBidi),
        ).toBe('isolate')
        await card.getByRole('button').click()
        const dialog = page.getByRole('dialog', { name: /Evil Corp/ })
        await expectReadingOrder(
          dialog.locator('[data-ik-slot="details-reason"]'),
          sentences.reason,
        )
        await dialog.getByRole('button', { name: 'Delete connection' }).click()
        const confirm = page.getByRole('alertdialog')
        await expectReadingOrder(confirm.getByRole('heading'), sentences.deleteTitle)
        await expectReadingOrder(
          confirm.locator('[data-ik-slot="delete-description"]'),
          sentences.deleteDescription,
        )
        await screenshot(page, `hostile-data-override-${name}`, { fullPage: false })
      },
      options,
    )
  })
})

describe('hostile data on a phone', () => {
  it('keeps the catalog and the panel inside a 390px screen', async () => {
    await onCatalog(
      VARIANTS[0].story,
      async (page) => {
        expect(await cardOverflow(page)).toEqual([])
        expect(await horizontalOverflow(root(page), 'page')).toEqual([])
        const dialog = await openHostileForm(page)
        expect(await horizontalOverflow(dialog, 'panel')).toEqual([])
        expect(await squeezedInputs(dialog, MIN_INPUT_WIDTH)).toEqual([])
        await scrollTo(dialog.locator('[data-section="settings"]'))
        await screenshot(page, 'hostile-data-phone-panel', { fullPage: false })
      },
      { viewport: PHONE },
    )
  })
})

describe('cut tag lines', () => {
  it('are whole in the details panel', async () => {
    await onCatalog(VARIANTS[0].story, async (page) => {
      const descriptions = page.locator('[data-ik-slot="card-description"]')
      let checked = 0
      for (const description of await descriptions.all()) {
        const cut = await description.evaluate(
          (element) => element.scrollHeight > element.clientHeight + 1,
        )
        if (!cut) {
          continue
        }
        const text = await description.textContent()
        // The tag line follows its card's button inside the card.
        await description.locator('xpath=..').getByRole('button').click()
        const dialog = page.getByRole('dialog')
        expect(await dialog.locator('[data-ik-slot="details-description"]').textContent()).toBe(
          text,
        )
        expect(withoutFullText(await cutTexts(dialog))).toEqual([])
        await page.keyboard.press('Escape')
        await dialog.waitFor({ state: 'detached' })
        checked += 1
      }
      expect(checked).toBeGreaterThan(0)
    })
  })
})
