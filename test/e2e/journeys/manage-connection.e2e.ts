/**
 * Managing a connection on the integrations page, in real Chromium against the built Storybook:
 * resource defaults with a filtered select (Pipedrive deals: Stage follows Pipeline), turning a
 * connection off and on with the Enabled switch (keyboard), and deleting it behind a confirmation.
 * Each asserts what the user sees and what the story's mock Vault holds afterwards.
 */
import type { Browser, Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser'
import {
  card,
  closePanel,
  expectAxeClean,
  journey,
  mockConnection,
  mockRequestsTo,
  panel,
  statusText,
  STORY,
} from './journey-helpers'

/** Pipedrive's panel in the dark appearance; the story has no play function that clicks. */
const PIPEDRIVE_DARK = 'demo-integrations-page--details-dark'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

async function optionLabels(select: Locator): Promise<string[]> {
  return select.evaluate((element) =>
    [...(element as HTMLSelectElement).options].map((option) => option.label),
  )
}

describe('resource defaults with a filtered select', () => {
  it('Stage follows Pipeline; saving stores the defaults and clears the missing pill', async () => {
    await journey(
      browser,
      PIPEDRIVE_DARK,
      async (page) => {
        const dialog = panel(page, 'Pipedrive')
        await dialog.waitFor()
        const resources = dialog.getByRole('region', { name: 'Resource defaults' })
        const deals = resources.getByRole('button', { name: /^Deals/ })
        expect(await deals.getAttribute('aria-expanded')).toBe('false')

        await deals.focus()
        await deals.press('Enter')
        expect(await deals.getAttribute('aria-expanded')).toBe('true')
        await resources.getByRole('button', { name: /^Deals Missing required defaults/ }).waitFor()

        const pipeline = resources.getByRole('combobox', { name: /^Pipeline/ })
        const stage = resources.getByRole('combobox', { name: /^Stage/ })
        await pipeline.waitFor()
        await resources.getByText('Choose Pipeline first.').waitFor()
        await expectAxeClean(page, 'Pipedrive deals defaults (dark)')

        await pipeline.selectOption({ label: 'Sales' })
        await expect
          .poll(() => optionLabels(stage))
          .toEqual(['Select…', 'Qualified', 'Contact made', 'Proposal made'])
        await pipeline.selectOption({ label: 'Partnerships' })
        await expect
          .poll(() => optionLabels(stage))
          .toEqual(['Select…', 'Intro call', 'Negotiation'])
        await stage.selectOption({ label: 'Negotiation' })

        await resources.getByRole('button', { name: 'Save', exact: true }).click()
        await resources.getByRole('status').getByText('Defaults saved').waitFor()
        await expect
          .poll(() => resources.getByRole('button', { name: /^Deals/ }).textContent())
          .not.toContain('Missing required defaults')
        await expectAxeClean(page, 'Pipedrive deals defaults saved (dark)')

        const held = await mockConnection(page, 'crm+pipedrive')
        const dealDefaults = held?.configuration?.find((entry) => entry.resource === 'deals')
        const values = Object.fromEntries(
          (dealDefaults?.defaults ?? []).map((entry) => [entry.id, entry.value]),
        )
        expect(values).toMatchObject({ pipeline_id: '2', stage_id: '5' })
        const updates = await mockRequestsTo(page, '/crm/pipedrive/deals/config')
        expect(updates.filter(({ method }) => method === 'PATCH')).toHaveLength(1)
      },
      { colorScheme: 'dark' },
    )
  })
})

describe('turning a connection off and on', () => {
  it('the Enabled switch disables Slack (Vault holds it, the card says Disabled) and enables it', async () => {
    await journey(browser, STORY.hubspot, async (page) => {
      await panel(page, 'HubSpot').waitFor()
      await closePanel(page)
      await card(page, 'Slack').click()
      const dialog = panel(page, 'Slack')
      await dialog.waitFor()
      const enabled = dialog.getByRole('switch', { name: 'Enabled' })
      expect(await enabled.getAttribute('aria-checked')).toBe('true')

      await enabled.focus()
      await enabled.press('Space')
      await expect.poll(() => enabled.getAttribute('aria-checked')).toBe('false')
      await expect.poll(() => statusText(dialog)).toMatch(/Disabled/)
      // Said once Vault holds it, in the panel's polite status.
      await dialog.getByRole('status').getByText('Slack is disabled').waitFor()
      await expect
        .poll(async () => (await mockConnection(page, 'team-messaging+slack'))?.enabled)
        .toBe(false)
      await expectAxeClean(page, 'Slack panel, disabled')

      await closePanel(page)
      // The card's accessible name carries its status.
      await expect
        .poll(() => page.getByRole('button', { name: /^Slack\b.*\bDisabled\b/ }).count())
        .toBe(1)

      await card(page, 'Slack').click()
      await dialog.waitFor()
      await enabled.focus()
      await enabled.press('Space')
      await expect.poll(() => enabled.getAttribute('aria-checked')).toBe('true')
      // Enabled again, it is what it was: its user revoked data access (seeded), which stays so.
      await expect.poll(() => statusText(dialog)).toMatch(/Permission revoked/)
      await expect
        .poll(async () => (await mockConnection(page, 'team-messaging+slack'))?.enabled)
        .toBe(true)
      expect(await mockConnection(page, 'team-messaging+slack')).toMatchObject({
        state: 'callable',
      })
      const patches = (await mockRequestsTo(page, '/team-messaging/slack')).filter(
        ({ method }) => method === 'PATCH',
      )
      expect(patches.map(({ body }) => body)).toEqual([{ enabled: false }, { enabled: true }])
    })
  })
})

describe('deleting a connection', () => {
  it('asks first (Cancel keeps it), then deletes: Vault holds it available, the card says Not connected', async () => {
    await journey(browser, STORY.hubspot, async (page) => {
      await panel(page, 'HubSpot').waitFor()
      await closePanel(page)
      await card(page, 'Xero').click()
      const dialog = panel(page, 'Xero')
      await dialog.waitFor()
      const manage = dialog.getByRole('region', { name: 'Manage' })

      await manage.getByRole('button', { name: 'Delete connection' }).click()
      const confirm = page.getByRole('alertdialog', { name: 'Delete Xero?' })
      // The question itself: a frame says "Loading…" until its chunk is in.
      await confirm.getByRole('button', { name: 'Delete Xero' }).waitFor()
      expect(await confirm.textContent()).toContain('The connection to Xero is removed')
      await expectAxeClean(page, 'delete confirmation')
      await confirm.getByRole('button', { name: 'Cancel' }).click()
      await expect.poll(() => confirm.count()).toBe(0)
      expect(await mockConnection(page, 'accounting+xero')).toMatchObject({ state: 'callable' })
      expect(
        (await mockRequestsTo(page, '/accounting/xero')).map(({ method }) => method),
      ).not.toContain('DELETE')

      await manage.getByRole('button', { name: 'Delete connection' }).click()
      await confirm.waitFor()
      await confirm.getByRole('button', { name: 'Delete Xero' }).click()
      await expect
        .poll(async () => (await mockConnection(page, 'accounting+xero'))?.state)
        .toBe('available')
      const deletes = (await mockRequestsTo(page, '/accounting/xero')).filter(
        ({ method }) => method === 'DELETE',
      )
      expect(deletes).toHaveLength(1)

      // The connection is gone: the panel closes itself (ConnectionDetails hears the delete),
      // says so in a polite live region, and focus is back on Xero's card, which the catalog now
      // shows as not connected.
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
      const available = page.getByRole('list', { name: /^Available/ })
      const xero = available.getByRole('button', { name: /^Xero\b.*\bNot connected\b/ })
      await expect.poll(() => xero.count()).toBe(1)
      await expect
        .poll(() => xero.evaluate((element) => element === document.activeElement))
        .toBe(true)
      await expect
        .poll(() =>
          page
            .locator('[role="status"][aria-live="polite"]')
            .filter({ hasText: 'Xero is deleted' })
            .count(),
        )
        .toBe(1)
      await expectAxeClean(page, 'catalog after delete')
    })
  })
})
