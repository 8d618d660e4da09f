/**
 * The drop-in page against the story's mock Vault (stories/decorators.tsx): the first thing anyone
 * sees in Storybook. One story per visible state, plus theming, locales and scale.
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import { IntegrationsPage, type Connection } from 'integrations-kit'
import { generateConnectors, type Fault } from 'integrations-kit/testing'
import { expect, screen, userEvent, within } from 'storybook/test'
import { de } from '../src/i18n/locales/de'
import { arabic } from './arabic-messages'
import { mockOAuthUrls } from './decorators'

const catalog = generateConnectors(24, 1)

const meta = {
  title: 'Demo/Integrations page',
  component: IntegrationsPage,
  parameters: { mockVault: { connectors: catalog, latency: 250 } },
} satisfies Meta<typeof IntegrationsPage>

export default meta
type Story = StoryObj<typeof meta>

/**
 * How long a play waits for the catalog, a panel or a response: far beyond Testing Library's 1 s,
 * which the mock's 250 ms latency plus a loaded machine (parallel story and e2e runs) can exceed.
 */
const LOAD_WAIT = { timeout: 10_000 }

export const FullPage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByRole('button', { name: /^Salesforce/ }, LOAD_WAIT),
    ).toBeVisible()
    await expect(canvas.getByRole('list', { name: /^Connected/ })).toBeVisible()
  },
}

export const Loading: Story = {
  parameters: { mockVault: { connectors: catalog, latency: 10 * 60 * 1000 } },
}

export const Empty: Story = {
  parameters: { mockVault: { connectors: [] } },
}

export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('button', { name: /^Salesforce/ }, LOAD_WAIT)
    const search = canvas.getByRole('searchbox')
    await userEvent.type(search, 'nothing like this')
    // Two ways out: the search box's own clear button and the no-match state's.
    const [inBox, inMessage] = canvas.getAllByRole('button', { name: 'Clear search' })
    await expect(inMessage).toBeVisible()
    await expect(inBox).toBeVisible()
  },
}

/**
 * The catalog request fails with `fault` `times` times, then succeeds: a 4xx is not retried, so
 * once shows the error; 5xx and network failures need 4 (the query's 3 retries, with backoff, give
 * up). Retry then loads the catalog.
 */
const listFault = (fault: Fault, times = 4) => ({
  mockVault: {
    connectors: catalog,
    faults: [{ match: { method: 'GET', path: /\/vault\/connections$/, times }, fault }],
  },
})
/** Long enough for the retries' backoff (0.5 + 1 + 2 s, plus jitter). */
const AFTER_RETRIES = { timeout: 12_000 }

/** 401: "sign in again", once. Vault's `ref` is a documentation URL: never shown. */
export const LoadError: Story = {
  name: 'Error (session expired)',
  parameters: listFault({ status: 401 }, 1),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, LOAD_WAIT)
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible()
    await expect(alert).toHaveTextContent(
      /session has expired or is no longer valid\. Sign in again\./,
    )
    await expect(alert).not.toHaveTextContent(/Reference|https?:/)
    await expect(within(alert).queryByRole('link')).toBeNull()
  },
}

/** The network is down: after the automatic retries, one message that says they happened. */
export const NetworkError: Story = {
  name: 'Error (network)',
  parameters: listFault('network'),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, AFTER_RETRIES)
    await expect(alert).toHaveTextContent(/can't be reached, even after trying again automatically/)
    await expect(alert).not.toHaveTextContent(/No response/)
  },
}

/** A server error with a request id: quoted in the collapsed Details for support, never its message. */
export const ServerError: Story = {
  name: 'Error (server, with reference)',
  parameters: listFault({
    status: 503,
    // No `ref` (a docs URL in Vault's bodies): the header's request id is the reference.
    body: { status_code: 503, error: 'Service Unavailable', message: 'Vault is briefly down.' },
    headers: { 'x-request-id': 'req_7f3a9c2e41b8' },
  }),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, AFTER_RETRIES)
    await expect(alert).toHaveTextContent(/Status 503 · Reference req_7f3a9c2e41b8/)
    await expect(alert).not.toHaveTextContent(/Vault is briefly down/)
  },
}

/** The page with one connector's panel open (deep link), wired to the demo's fake OAuth pages. */
function detailsOf(unifiedApi: string, serviceId: string) {
  return { unifiedApi, serviceId, redirectUri: mockOAuthUrls().redirectUri }
}

/** Needs authorization (HubSpot, added OAuth): Authorize is the call to action. */
export const DetailsOpen: Story = {
  args: detailsOf('crm', 'hubspot'),
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'HubSpot' }, LOAD_WAIT)
    await expect(within(dialog).getByRole('button', { name: 'Connect' })).toBeVisible()
    await expect(within(dialog).getByRole('heading', { name: 'Manage' })).toBeVisible()
  },
}

/** Data-scope consent pending (Xero): the consent screen comes first; Accept makes it usable. */
export const DetailsConsent: Story = {
  args: detailsOf('accounting', 'xero'),
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Xero' }, LOAD_WAIT)
    await expect(
      await within(dialog).findByRole('region', { name: 'Requested data access' }, LOAD_WAIT),
    ).toBeVisible()
  },
}

/** Available OAuth (QuickBooks): one Connect adds the connector and opens the provider's sign-in. */
export const DetailsAvailableOauth: Story = {
  args: detailsOf('accounting', 'quickbooks'),
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'QuickBooks Online' }, LOAD_WAIT)
    await expect(within(dialog).getByRole('button', { name: 'Connect' })).toBeEnabled()
    await expect(within(dialog).queryByRole('heading', { name: 'Manage' })).toBeNull()
  },
}

/** Available API key (Mailchimp): Connect adds it, then the credential form asks for the key. */
export const DetailsAvailableApiKey: Story = {
  args: detailsOf('email-marketing', 'mailchimp'),
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Mailchimp' }, LOAD_WAIT)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Connect' }))
    await expect(await within(dialog).findByLabelText(/^API key/, {}, LOAD_WAIT)).toHaveFocus()
  },
}

/** Available token grant (Personio, client credentials): Connect asks for the client id and secret first. */
export const DetailsAvailableTokenGrant: Story = {
  args: detailsOf('hris', 'personio'),
}

/** Authorized with required settings missing (Odoo): the settings form is what is left. */
export const DetailsNeedsSettings: Story = {
  args: detailsOf('crm', 'odoo'),
}

/** Connected with resource defaults (Salesforce): each resource opens to its defaults form. */
export const DetailsWithResources: Story = {
  args: detailsOf('crm', 'salesforce'),
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' }, LOAD_WAIT)
    const leads = within(dialog).getByRole('button', { name: /^Leads/ })
    await expect(leads).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(leads)
    await expect(leads).toHaveAttribute('aria-expanded', 'true')
    await expect(
      await within(dialog).findByRole('combobox', { name: /^Lead source/ }, LOAD_WAIT),
    ).toBeVisible()
  },
}

/** Required resource defaults missing (Pipedrive): the pill says so; Stage follows Pipeline. */
export const DetailsMissingDefaults: Story = {
  args: detailsOf('crm', 'pipedrive'),
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Pipedrive' }, LOAD_WAIT)
    await userEvent.click(within(dialog).getByRole('button', { name: /^Deals/ }))
    await expect(
      await within(dialog).findByRole('button', { name: /Missing required defaults/ }, LOAD_WAIT),
    ).toBeVisible()
  },
}

/** Invalid credentials (BambooHR, API key): the credential form is the call to action. */
export const DetailsInvalid: Story = {
  args: detailsOf('hris', 'bamboohr'),
}

/** Needs admin setup (Lever): a notice, and Connect disabled. */
export const DetailsNeedsConfiguration: Story = {
  args: detailsOf('ats', 'lever'),
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Lever' }, LOAD_WAIT)
    await expect(within(dialog).getByRole('button', { name: 'Connect' })).toBeDisabled()
    await expect(within(dialog).getByText('Waiting for your administrator')).toBeVisible()
  },
}

/** Disabled by the user (Greenhouse): the Enabled switch turns it back on. */
export const DetailsDisabled: Story = {
  args: detailsOf('ats', 'greenhouse'),
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Greenhouse' }, LOAD_WAIT)
    await expect(within(dialog).getByRole('switch', { name: 'Enabled' })).not.toBeChecked()
  },
}

/** The panel in the dark appearance. */
export const DetailsDark: Story = {
  args: { ...detailsOf('crm', 'pipedrive'), theme: { appearance: 'dark' } },
}

export const Dark: Story = {
  args: { theme: { appearance: 'dark' } },
}

export const CustomTheme: Story = {
  args: {
    theme: { accentColor: '#e54666', radius: 'full', density: 'spacious' },
    title: 'Apps & integrations',
    description: 'Bring your tools together. Your data stays in sync automatically.',
  },
}

export const RightToLeft: Story = {
  args: { locale: 'ar', messages: arabic },
}

/** The panel right-to-left. */
export const DetailsRightToLeft: Story = {
  args: { ...detailsOf('crm', 'salesforce'), locale: 'ar', messages: arabic },
}

export const German: Story = {
  args: { locale: 'de', messages: de },
}

export const ThousandConnectors: Story = {
  name: '1,000 connectors',
  parameters: { mockVault: { connectors: generateConnectors(1000, 42) } },
}

let tenThousand: Connection[] | undefined

/**
 * Windowing at scale: only the cards near the screen render in full (the rest are lite). The
 * catalog is generated when this story reads it, not when any story of this file loads.
 */
export const TenThousandConnectors: Story = {
  name: '10,000 connectors',
  parameters: {
    mockVault: {
      get connectors() {
        return (tenThousand ??= generateConnectors(10_000, 42))
      },
    },
  },
}

/**
 * The open connector mirrored in the URL (`?connector=unified_api/service_id`): opening a card
 * writes it, closing removes it, and loading the iframe with the parameter opens that connector.
 */
export const UrlSync: Story = {
  args: { urlSync: true, redirectUri: mockOAuthUrls().redirectUri },
}

/**
 * A Vault session token that carries the host's choices (issue 10 §5): its theme titles the page,
 * colours it and puts the logo in the header; its consumer_metadata is the consumer card; its
 * settings hide resource defaults and keep only Disable and Disconnect. The pictures are files of
 * this Storybook (public/session-demo/), so they load from its own origin over http(s), the only
 * URLs the session's claims may carry.
 */
function sessionClaims(consumer: Record<string, string> = {}) {
  const origin = window.location.origin
  return {
    settings: { allow_actions: ['disable', 'disconnect'], hide_resource_settings: true },
    theme: {
      primary_color: '#286efa',
      vault_name: 'Acme integrations',
      logo: `${origin}/session-demo/logo.svg`,
    },
    consumer_metadata: {
      image: `${origin}/session-demo/avatar.svg`,
      user_name: 'Ada Lovelace',
      account_name: 'Analytical Engines Ltd',
      email: 'ada@analytical.example',
      ...consumer,
    },
  }
}

const withSession = (consumer?: Record<string, string>) => ({
  mockVault: { connectors: catalog, latency: 250, sessionClaims: sessionClaims(consumer) },
})

export const Session: Story = {
  name: 'Session defaults',
  parameters: withSession(),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByRole('heading', { level: 2, name: 'Acme integrations' }, LOAD_WAIT),
    ).toBeVisible()
    const card = await canvas.findByRole('group', { name: 'Signed in' }, LOAD_WAIT)
    await expect(within(card).getByText('Ada Lovelace')).toBeVisible()
    await expect(within(card).getByText('ada@analytical.example')).toBeVisible()
  },
}

export const SessionDark: Story = {
  name: 'Session defaults (dark)',
  parameters: withSession(),
  args: { theme: { appearance: 'dark' } },
}

/** Right-to-left, with names long enough to be cut short rather than push the logo away. */
export const SessionRightToLeft: Story = {
  name: 'Session defaults (right-to-left, long names)',
  parameters: withSession({
    user_name: 'آدا لوفليس بايرون، كونتيسة لوفليس',
    account_name: 'شركة المحركات التحليلية المحدودة للحوسبة',
    email: 'ada.lovelace.byron@analytical-engines.example',
  }),
  args: { locale: 'ar', messages: { ...arabic, 'session.consumer': 'تم تسجيل الدخول' } },
}

/** Every prop overrides its claim: the host's title and accent, no consumer card, no logo. */
export const SessionOverriddenByProps: Story = {
  name: 'Session defaults (overridden by props)',
  parameters: withSession(),
  args: {
    title: 'Apps for Wayne Enterprises',
    theme: { accentColor: '#b3261e' },
    hideConsumerCard: true,
    logo: null,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByRole(
        'heading',
        { level: 2, name: 'Apps for Wayne Enterprises' },
        LOAD_WAIT,
      ),
    ).toBeVisible()
    await canvas.findByRole('button', { name: /^Salesforce/ }, LOAD_WAIT)
    await expect(canvas.queryByRole('group', { name: 'Signed in' })).toBeNull()
    await expect(canvasElement.querySelector('[data-ik-slot="session-logo"]')).toBeNull()
  },
}

/**
 * Salesforce's panel under the session (it `has_guide`): the connection guide link in the settings
 * section, Disable and Disconnect only, no resource defaults.
 */
export const SessionDetailsGuide: Story = {
  name: 'Session defaults (details with connection guide)',
  parameters: withSession(),
  args: detailsOf('crm', 'salesforce'),
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' }, LOAD_WAIT)
    const guide = await within(dialog).findByRole(
      'link',
      { name: /^Read the Salesforce connection guide.*opens in a new tab/ },
      LOAD_WAIT,
    )
    await expect(guide).toHaveAttribute(
      'href',
      'https://developers.apideck.com/connectors/salesforce/docs/consumer+connection',
    )
    await expect(within(dialog).queryByRole('button', { name: 'Delete connection' })).toBeNull()
    await expect(within(dialog).queryByRole('heading', { name: 'Resource defaults' })).toBeNull()
  },
}
