/**
 * Custom field mapping, in real Chromium against the built Storybook (Demo/Integrations page, the
 * full catalog): Salesforce is connected, its data-scope consent granted, and the seed leaves its
 * required "Lead source detail" mapping empty (src/testing/vault-consent-seed.ts), so its details
 * say "Missing required field mappings". The keyboard opens it from the catalog, follows "Map
 * fields" to the Field mapping section and opens "Map field: Lead source detail"; the advanced
 * JSONPath source previews what a typed path picks from the mock's example lead, live; Save (Enter)
 * maps it, the row shows the path, and the status no longer says anything is missing. The card's
 * badge says "Connected" throughout: by design the missing mappings are said in the panel only.
 */
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser'
import { card, expectAxeClean, journey, mockRequestsTo, panel, statusText } from './journey-helpers'

/**
 * The full catalog with no panel open and no play function of its own (Full page's play waits
 * for the catalog with Testing Library's 1 s default, which a loaded machine can miss).
 */
const CATALOG = 'demo-integrations-page--url-sync'
const FIELD = 'crm+leads+lead_source_detail'
const MISSING = 'Missing required field mappings.'
/** The id as it goes into the request path ('+' encoded), where the mock records it so. */
const FIELD_SEGMENT = encodeURIComponent(FIELD)

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/**
 * Salesforce's catalog card, by its key: behind the open (modal) panel the catalog is hidden from
 * the accessibility tree, as it should be, while the card itself stays rendered.
 */
const salesforceCard = (page: Page) =>
  page.locator('[data-ik-slot="card"][data-ik-key$="salesforce"]')

/** The row of one mapping in the Field mapping section, by the label it shows. */
const mappingRow = (section: Locator, label: string) =>
  section.getByRole('listitem').filter({ has: section.page().getByText(label, { exact: true }) })

/** Whether the page's focused element is `locator`'s element. */
const focused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement)

/** The mapping of Lead source detail as the story's mock Vault holds it now. */
async function storedMapping(page: Page) {
  return page.evaluate(
    (id) =>
      window.ikMockVault
        ?.connection('crm+salesforce')
        ?.custom_mappings?.find((mapping) => mapping.id === id),
    FIELD,
  )
}

describe('map a required field by JSONPath → the missing mappings status clears', () => {
  it('previews the path on the example, saves it, and the status no longer says missing', async () => {
    await journey(browser, CATALOG, async (page) => {
      // Open Salesforce from the catalog with the keyboard.
      const opener = card(page, 'Salesforce')
      await opener.focus()
      await page.keyboard.press('Enter')
      const dialog = panel(page, 'Salesforce')
      await dialog.waitFor()
      await expect.poll(() => statusText(dialog)).toContain(MISSING)
      expect(await statusText(dialog)).toContain('Connected')
      expect(await salesforceCard(page).textContent()).toContain('Connected')
      expect(await salesforceCard(page).textContent()).not.toContain('Missing')

      const section = dialog.getByRole('region', { name: 'Field mapping' })
      await section.waitFor()
      const row = mappingRow(section, 'Lead source detail')
      expect(await row.textContent()).toContain('Not mapped')
      expect(await row.getByText('Required', { exact: true }).count()).toBe(1)

      // "Map fields" in the status takes the keyboard to the section; Tab reaches the first row's
      // button, the empty required field.
      await dialog
        .getByRole('region', { name: 'Status' })
        .getByRole('button', { name: 'Map fields' })
        .focus()
      await page.keyboard.press('Enter')
      expect(await focused(section.getByRole('heading', { name: 'Field mapping' }))).toBe(true)
      const mapButton = row.getByRole('button', { name: 'Map field: Lead source detail' })
      await page.keyboard.press('Tab')
      expect(await focused(mapButton)).toBe(true)
      await page.keyboard.press('Enter')

      const mapDialog = page.getByRole('dialog', { name: 'Map Lead source detail' })
      await mapDialog.waitFor()
      const modes = mapDialog.getByRole('radiogroup', { name: 'Source' })
      const custom = modes.getByRole('radio', { name: 'Custom field' })
      const advanced = modes.getByRole('radio', { name: 'Advanced (JSONPath)' })
      // An empty custom field starts on the connector's custom fields.
      expect(await custom.isChecked()).toBe(true)
      await custom.focus()
      // Arrow keys move through a radio group and pick as they go: Resource property, then Advanced.
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('ArrowDown')
      expect(await advanced.isChecked()).toBe(true)

      const path = mapDialog.getByRole('textbox', { name: 'JSONPath' })
      // The preview is an <output> (role status) tied to the path field.
      const preview = mapDialog.getByRole('status')
      // The example has loaded once the preview stops saying so (the story's latency is 250 ms).
      await expect.poll(() => preview.textContent()).toBe('')
      await page.keyboard.press('Tab')
      expect(await focused(path)).toBe(true)

      // Live preview on the mock's example lead: a nested value, a path that matches nothing, a
      // broken one, then the field the application wants.
      await page.keyboard.type('$.Address.City')
      await expect.poll(() => preview.textContent()).toBe('London')
      await path.fill('$.Address.Postcode')
      await expect.poll(() => preview.textContent()).toBe('Matches nothing in the example.')
      await path.fill('Address')
      await expect.poll(() => preview.textContent()).toBe('A path starts with $.')
      await path.fill('')
      await page.keyboard.type('$.LeadSourceDetail__c')
      await expect.poll(() => preview.textContent()).toBe('Spring webinar')
      await expectAxeClean(page, 'mapping dialog, JSONPath previewed')
      expect(await mockRequestsTo(page, `/${FIELD_SEGMENT}`)).toEqual([])

      // Enter in the path submits the form: one POST (the field had no mapping), with the path.
      await page.keyboard.press('Enter')
      await expect.poll(() => mapDialog.count()).toBe(0)
      const writes = await mockRequestsTo(page, `/${FIELD_SEGMENT}`)
      expect(writes).toEqual([
        {
          method: 'POST',
          path: `/vault/custom-mappings/crm/salesforce/${FIELD_SEGMENT}`,
          body: { value: '$.LeadSourceDetail__c' },
        },
      ])
      expect(await storedMapping(page)).toMatchObject({
        value: '$.LeadSourceDetail__c',
        consumer_id: expect.any(String),
      })

      // The row shows the path, says so to a screen reader, and focus is back on its button.
      await expect.poll(() => row.locator('code').textContent()).toBe('$.LeadSourceDetail__c')
      expect(await row.textContent()).not.toContain('Not mapped')
      expect(await section.getByRole('status').textContent()).toBe('Lead source detail is mapped.')
      const edit = row.getByRole('button', { name: 'Edit the mapping of Lead source detail' })
      await expect.poll(() => focused(edit)).toBe(true)
      // A consumer's own mapping can be removed again (the application's cannot).
      expect(
        await row.getByRole('button', { name: 'Remove the mapping of Lead source detail' }).count(),
      ).toBe(1)

      // The status is no longer missing anything, and neither the panel nor the card says so.
      await expect.poll(() => statusText(dialog)).not.toContain(MISSING)
      expect(await statusText(dialog)).toContain('Connected')
      expect(await dialog.getByRole('button', { name: 'Map fields' }).count()).toBe(0)
      expect(await salesforceCard(page).textContent()).toContain('Connected')
      await expectAxeClean(page, 'Salesforce with every required field mapped')
    })
  })
})
