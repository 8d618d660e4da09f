/**
 * Kinde: errors. A 400 naming `home_realm_domains` marks that field and keeps every typed value; a
 * 403 on the list names the scope the M2M application lacks.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser'
import { kindeConnections, kindeJourney, kindeRequests, KINDE_STORY } from './kinde-helpers'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('Kinde: errors', () => {
  it('a 400 naming home_realm_domains marks that field and keeps every typed value', async () => {
    await kindeJourney(
      browser,
      KINDE_STORY.createOktaSaml,
      async (page) => {
        const dialog = page.getByRole('dialog', { name: 'Okta SAML', exact: true })
        const create = dialog.getByRole('button', { name: 'Create connection' })
        await create.waitFor()
        const before = (await kindeConnections(page)).length
        const displayName = dialog.getByRole('textbox', { name: /^Display name/ })
        const metadata = dialog.getByRole('textbox', { name: /^IdP metadata URL/ })
        await displayName.fill('Northwind Okta')
        await metadata.fill('https://northwind.example/saml/metadata')
        await dialog.getByRole('textbox', { name: /^Connection name/ }).fill('northwind-okta')
        await dialog
          .getByRole('textbox', { name: /^Other value for Home realm domains/ })
          .fill('bad_domain.example')
        await dialog.getByRole('button', { name: /^Add/ }).click()
        const domain = dialog.getByRole('checkbox', { name: 'bad_domain.example' })
        await create.click()

        await expect.poll(() => domain.getAttribute('aria-invalid')).toBe('true')
        // Kinde's message for the field is shown at the field.
        await dialog.getByText('"bad_domain.example" is not a domain').waitFor()
        expect(await displayName.inputValue()).toBe('Northwind Okta')
        expect(await metadata.inputValue()).toBe('https://northwind.example/saml/metadata')
        expect(await domain.isChecked()).toBe(true)
        expect(await displayName.getAttribute('aria-invalid')).not.toBe('true')

        const posts = (await kindeRequests(page)).filter((request) => request.method === 'POST')
        expect(posts).toHaveLength(1)
        expect(await kindeConnections(page)).toHaveLength(before)
      },
      { expectedStatuses: [400] },
    )
  })

  it('a 403 on the list names the missing scope, without Kinde’s own text', async () => {
    await kindeJourney(
      browser,
      KINDE_STORY.missingScope,
      async (page) => {
        const alert = page.getByRole('alert')
        await alert.waitFor()
        const text = (await alert.textContent()) ?? ''
        expect(text).toContain(
          "This needs the read:connections permission, which hasn't been granted. Ask an administrator to grant it.",
        )
        expect(text).toContain('Status 403')
        expect(text).not.toContain('Missing scope')
        const lists = (await kindeRequests(page)).filter((request) => request.method === 'GET')
        // A 403 is not retried.
        expect(lists).toHaveLength(1)
      },
      { expectedStatuses: [403] },
    )
  })
})
