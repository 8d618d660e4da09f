/**
 * The package as a host app uses it: test/e2e/host-app/ imports `integrations-kit` (the built
 * dist/, through package.json `exports`) and `integrations-kit/styles.css`, is bundled by Vite into
 * a temp dir and served on 127.0.0.1; in Chromium the user opens the catalog and connects an API-key
 * connector. Catches what the Storybook build cannot: a broken `exports` map, a missing or stale
 * dist/styles.css, a module that only works from source.
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

describe('a host app on the built package', () => {
  it('shows the styled catalog from dist/ and connects Mailchimp with an API key', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    })
    const page = await context.newPage()
    page.setDefaultTimeout(10_000)
    const errors = collectPageErrors(page, server.url)
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
})
