/**
 * The package as a host app uses it: test/e2e/host-app/ imports `integrations-kit` (the built
 * dist/, through package.json `exports`) and `integrations-kit/styles.css`, is bundled by Vite into
 * a temp dir and served on 127.0.0.1; in Chromium the user opens the catalog and connects an API-key
 * connector. Catches what the Storybook build cannot: a broken `exports` map, a missing or stale
 * dist/styles.css, a module that only works from source, and what a host's own chunks do when one
 * cannot be downloaded (Storybook's stories load the details' code up front).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
import { collectPageErrors, mockViolations } from './harness'
import { buildHostApp } from './host-app/build-host-app'
import { card, expectAxeClean, mockConnection, panel, statusText } from './journeys/journey-helpers'
import { serveDirectory, type StaticServer } from './static-server'

let browser: Browser
let server: StaticServer
let outDir: string

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'ik-host-app-'))
  const [launched] = await Promise.all([launchChromium(), buildHostApp(outDir)])
  browser = launched
  server = await serveDirectory(outDir)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await rm(outDir, { recursive: true, force: true })
})

/** The default look's computed values on the page root: only dist/styles.css sets these. */
function rootStyle(page: Page) {
  return page.locator('[data-ik-slot="root"]').evaluate((root) => {
    const style = getComputedStyle(root)
    return {
      borderToken: style.getPropertyValue('--ik-border').trim(),
      fontSize: style.fontSize,
      cardBorder: getComputedStyle(root.querySelector('[data-ik-slot="card"]')!).borderTopColor,
    }
  })
}

/** A fresh context and page for the host app, collecting the page's errors (not yet navigated). */
async function newHostPage() {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  })
  const page = await context.newPage()
  page.setDefaultTimeout(10_000)
  return { context, page, errors: collectPageErrors(page, server.url) }
}

describe('a host app on the built package', () => {
  it('shows the styled catalog from dist/ and connects Mailchimp with an API key', async () => {
    const { context, page, errors } = await newHostPage()
    try {
      await page.goto(`${server.url}/`)
      await page.waitForFunction(() => document.documentElement.dataset.ikMock === 'ready')
      await card(page, 'Mailchimp').waitFor()

      // dist/styles.css is applied: its token reaches the root, and the card's border reads it.
      expect(await rootStyle(page)).toEqual({
        borderToken: '#e3e3e8',
        fontSize: '14px',
        cardBorder: 'rgb(227, 227, 232)',
      })

      await card(page, 'Mailchimp').click()
      const dialog = panel(page, 'Mailchimp')
      await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
      const settings = dialog.getByRole('region', { name: 'Connection settings' })
      await settings.getByLabel(/^API key/).fill('mc-host-app-key-7e21')
      await settings.getByRole('textbox', { name: /^Server prefix/ }).fill('us21')
      await settings.getByRole('button', { name: 'Save', exact: true }).click()
      await settings.getByRole('status').getByText('Connected').waitFor()
      await expect.poll(() => statusText(dialog)).toMatch(/Connected/)
      await expectAxeClean(page, 'host app, Mailchimp connected')

      expect(await mockConnection(page, 'email-marketing+mailchimp')).toMatchObject({
        state: 'callable',
        enabled: true,
        settings: { api_key: 'mc-host-app-key-7e21', server_prefix: 'us21' },
      })
      expect(await mockViolations(page)).toEqual([])
      expect(errors).toEqual([])
    } finally {
      await context.close()
    }
  })

  it("says so when the details' chunk cannot be downloaded: a modal panel, Escape onto the card, Reload page", async () => {
    // The details panel's own chunk (ConnectionDetails-<hash>.js), aborted like a dropped network.
    const detailsChunk = /\/ConnectionDetails-[\w-]+\.js$/
    const { context, page, errors } = await newHostPage()
    let aborted = 0
    // The context, not the page: the requests go through the MSW service worker.
    await context.route(detailsChunk, (route) => {
      aborted += 1
      return route.abort()
    })
    try {
      await page.goto(`${server.url}/`)
      await card(page, 'Mailchimp').click()
      const dialog = panel(page, 'Mailchimp')
      await expect
        .poll(() => dialog.getByRole('alert').textContent())
        .toContain(
          "The details of Mailchimp could not be loaded. Part of the page couldn't be downloaded.",
        )
      // A modal: focus inside, and the page behind inert (the search box cannot take focus).
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest('dialog') != null))
        .toBe(true)
      expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true)
      const searchFocused = await page.evaluate(() => {
        document.querySelector<HTMLElement>('input[type="search"]')?.focus()
        return document.activeElement?.matches('input[type="search"]')
      })
      expect(searchFocused).toBe(false)
      await expectAxeClean(page, 'host app, details chunk not downloaded')

      await page.keyboard.press('Escape')
      await expect.poll(() => dialog.count()).toBe(0)
      await expect
        .poll(() =>
          card(page, 'Mailchimp').evaluate((element) => element === document.activeElement),
        )
        .toBe(true)

      await card(page, 'Mailchimp').click()
      const loads = aborted
      await Promise.all([
        page.waitForEvent('load'),
        dialog.getByRole('button', { name: 'Reload page' }).click(),
      ])
      await card(page, 'Mailchimp').waitFor()
      // The reloaded page asked for the chunk again (still aborted here).
      await expect.poll(() => aborted).toBeGreaterThan(loads)
      expect(await dialog.count()).toBe(0)
      // The only failures are the aborted chunk's.
      expect(errors.filter((error) => !/ConnectionDetails-[\w-]+\.js/.test(error))).toEqual([])
    } finally {
      await context.close()
    }
  })
})
