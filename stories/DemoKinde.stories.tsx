/**
 * The drop-in page on Kinde's connections (`integrations-kit/kinde`), against the mock Kinde behind
 * the host's proxy (stories/decorators.tsx, `parameters.backend: 'kinde'`): one story per state of
 * issue 9's Kinde row. The e2e journeys (test/e2e/journeys/kinde-*.e2e.ts) start from these.
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import { IntegrationsPage } from 'integrations-kit'
import {
  generateKindeConnections,
  kindeBuiltInConnections,
  type Fault,
  type KindeConnectionFixture,
} from 'integrations-kit/testing'
import { expect, screen, within } from 'storybook/test'
import { kindeDe } from 'integrations-kit/kinde/locales/de'
import { de } from '../src/i18n/locales/de'

/** The mock's own default: Kinde's three built-in methods and nine connections. */
const fixture: KindeConnectionFixture[] = [
  ...kindeBuiltInConnections(),
  ...generateKindeConnections(9, 1),
]

/** The connection the edit story opens: the fixture's first SAML connection. */
const kindeEditTarget = fixture.find((record) => record.strategy.startsWith('saml:'))!

/** 25 records (3 built-in, 22 connections): three list requests at 10 per page. */
const twentyFive: KindeConnectionFixture[] = [
  ...kindeBuiltInConnections(),
  ...generateKindeConnections(22, 2),
]

/** Where the host's Kinde environment sends IdPs back (the copyable ACS and callback fields). */
const KINDE_DOMAIN = 'https://acme.kinde.com'

const meta = {
  title: 'Demo/Kinde connections',
  component: IntegrationsPage,
  parameters: {
    backend: 'kinde',
    mockKinde: {
      connections: fixture,
      latency: 150,
      adapter: {
        acsUrl: `${KINDE_DOMAIN}/saml/callback`,
        callbackUrl: `${KINDE_DOMAIN}/oauth2/callback`,
      },
    },
  },
} satisfies Meta<typeof IntegrationsPage>

export default meta
type Story = StoryObj<typeof meta>

/** The list request (`GET /api/v1/connections`) fails with `fault`, `times` times. */
function listFault(fault: Fault, times = 1) {
  return {
    match: { method: 'GET', path: /\/api\/v1\/connections$/, times },
    fault,
  }
}

/** The catalog and the nine connections; Kinde's built-in methods are not listed. */
export const FullPage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const yours = await canvas.findByRole('list', { name: /^Your connections 9/ })
    await expect(
      within(yours).getByRole('button', { name: /^Globex Cloudflare SAML\b/ }),
    ).toBeVisible()
    await expect(canvas.getByRole('list', { name: /^Add a connection/ })).toBeVisible()
    await expect(canvas.queryByRole('button', { name: /^Email\b/ })).toBeNull()
  },
}

/** 25 records listed 10 per page: the adapter follows `starting_after` to the last page. */
export const TwentyFiveConnections: Story = {
  name: '25 connections, paged by 10',
  parameters: {
    mockKinde: { connections: twentyFive, adapter: { pageSize: 10 } },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    // The last page's connection is there, so all three pages were read.
    const last = twentyFive.at(-1)!
    await expect(
      await canvas.findByRole('button', { name: new RegExp(`^${last.display_name}\\b`) }),
    ).toBeVisible()
    await expect(canvas.queryByRole('button', { name: /^Phone\b/ })).toBeNull()
  },
}

/** The Okta SAML create form, opened from the deep link, with the copyable ACS URL. */
export const CreateOktaSaml: Story = {
  name: 'Create Okta SAML',
  args: { unifiedApi: 'enterprise', serviceId: 'saml:okta' },
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Okta SAML' })
    await expect(
      within(dialog).getByRole('heading', { name: 'New connection' }),
    ).toBeInTheDocument()
    // The panel slides in: its fields are asserted present, not yet visible.
    const form = within(dialog)
    await expect(form.getByRole('textbox', { name: /^Display name/ })).toHaveAttribute(
      'aria-required',
      'true',
    )
    await expect(form.getByRole('textbox', { name: /^IdP metadata URL/ })).toHaveValue('')
    await expect(form.getByRole('group', { name: /^Home realm domains/ })).toBeInTheDocument()
    await expect(form.getByRole('button', { name: 'Create connection' })).toBeInTheDocument()
  },
}

/**
 * A connection's edit form: Kinde never returns what is saved, so the lead says blank means
 * unchanged, and each On/Off option offers "Keep current setting" first.
 */
export const Edit: Story = {
  name: 'Edit (blank means unchanged)',
  args: {
    unifiedApi: 'enterprise',
    serviceId: kindeEditTarget.strategy,
    connectionId: kindeEditTarget.id,
  },
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: kindeEditTarget.display_name })
    await expect(dialog).toHaveTextContent(/A field left blank keeps its current value\./)
    const trust = within(dialog).getByRole('combobox', { name: /^Trust emails from this provider/ })
    await expect(trust).toHaveDisplayValue('Keep current setting')
    await expect(within(trust).getByRole('option', { name: 'On' })).toBeInTheDocument()
    await expect(within(dialog).getByRole('textbox', { name: /^Display name/ })).toHaveValue('')
  },
}

/** No connections yet (only the built-in methods): every connector is offered. */
export const Empty: Story = {
  parameters: { mockKinde: { connections: kindeBuiltInConnections() } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('list', { name: /^Add a connection/ })).toBeVisible()
    await expect(canvas.getByRole('button', { name: /^Okta SAML\b/ })).toBeVisible()
  },
}

/** The M2M application lacks `read:connections`: Kinde's 403 is not retried. */
export const MissingScope: Story = {
  name: 'Error (403, missing scope)',
  parameters: {
    mockKinde: {
      faults: [
        listFault({
          status: 403,
          body: { errors: [{ code: 'FORBIDDEN', message: 'Missing scope read:connections' }] },
        }),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert')
    // The adapter knows which scope the list needs; Kinde's own message is never shown.
    await expect(alert).toHaveTextContent(/This needs the read:connections permission/)
    await expect(alert).toHaveTextContent(/Status 403/)
    await expect(alert).not.toHaveTextContent(/Missing scope/)
  },
}

/**
 * Kinde's 429 has no body and says when to come back in `RateLimit-Reset` (seconds): the page waits
 * that long before each of its three retries, then says so.
 */
export const RateLimited: Story = {
  name: 'Error (429, RateLimit-Reset)',
  parameters: {
    mockKinde: { faults: [listFault({ status: 429, headers: { 'RateLimit-Reset': '1' } }, 4)] },
  },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 10_000 })
    await expect(alert).toHaveTextContent(/too many requests right now, even after trying again/)
    await expect(alert).toHaveTextContent(/Status 429/)
  },
}

export const Dark: Story = {
  args: { theme: { appearance: 'dark' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('list', { name: /^Add a connection/ })).toBeVisible()
  },
}

/**
 * The page in German, with the create form of Okta SAML open: the page's messages and the Kinde
 * adapter's form labels (`integrations-kit/kinde/locales/de`) both in German.
 */
export const German: Story = {
  args: { locale: 'de', messages: de, unifiedApi: 'enterprise', serviceId: 'saml:okta' },
  parameters: { mockKinde: { adapter: { messages: kindeDe } } },
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Okta SAML' })
    const form = within(dialog)
    await expect(form.getByRole('textbox', { name: /^Anzeigename/ })).toBeInTheDocument()
    await expect(form.getByRole('textbox', { name: /^IdP-Metadaten-URL/ })).toBeInTheDocument()
    await expect(form.getByRole('group', { name: /^Home-Realm-Domänen/ })).toBeInTheDocument()
    await expect(form.queryByRole('textbox', { name: /^Display name/ })).toBeNull()
    await expect(
      within(dialog).getByRole('heading', { name: 'Neue Verbindung' }),
    ).toBeInTheDocument()
  },
}

/** The benchmark's Kinde catalog (`npm run bench`): 1,000 connections, listed in 10 pages of 100. */
export const ThousandConnections: Story = {
  name: '1,000 connections',
  parameters: { mockKinde: { connections: generateKindeConnections(1000, 7), latency: 0 } },
}
