/**
 * The drop-in page on Authress's connections (`integrations-kit/authress`), against the mock
 * Authress behind the host's proxy (stories/decorators.tsx, `parameters.backend: 'authress'`). One
 * story per state of issue 9's table; the browser journeys (test/e2e/journeys/authress-*.e2e.ts)
 * start from these stories, so their play functions look and never act, except the credentials
 * check, which is the state itself.
 */
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite'
import { IntegrationsPage } from 'integrations-kit'
import { generateAuthressConnections } from 'integrations-kit/testing'
import { expect, screen, userEvent, within } from 'storybook/test'
import { mockBackendFixture } from './decorators'

/** The signed-in user of the credentials story, and the provider token Authress holds for them. */
const DEMO_USER_ID = 'user_demo'
const DEMO_GOOGLE_TOKEN = 'ya29.demo-google-access-token-7f3a9c'

declare global {
  interface Window {
    /** The credentials story's QueryClient, so e2e can look for the token in its cache. */
    ikAuthressQueryClient?: ReturnType<typeof mockBackendFixture>['queryClient']
  }
}

/** Every query's data in the story's cache, serialized (what the token must never be part of). */
function serializedQueryCache(
  queryClient: ReturnType<typeof mockBackendFixture>['queryClient'],
): string {
  return JSON.stringify(
    queryClient
      .getQueryCache()
      .getAll()
      .map((query) => [query.queryKey, query.state.data]),
  )
}

const exposeQueryClient: Decorator = (Story, context) => {
  window.ikAuthressQueryClient = mockBackendFixture(context.loaded).queryClient
  return <Story />
}

/** The mock's own default connections (its WebAuthN built-in aside). */
const defaultConnections = generateAuthressConnections(12, 1)

const meta = {
  title: 'Demo/Authress connections',
  component: IntegrationsPage,
  parameters: { backend: 'authress', mockAuthress: { latency: 150 } },
} satisfies Meta<typeof IntegrationsPage>

export default meta
type Story = StoryObj<typeof meta>

/**
 * The default account: twelve connections on two pages of ten (the WebAuthN built-in makes
 * thirteen, hidden), and the connectors that take another connection.
 */
export const FullPage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const yours = await canvas.findByRole('list', { name: /^Your connections/ })
    await expect(within(yours).getAllByRole('button')).toHaveLength(12)
    await expect(
      within(yours).getByRole('button', { name: /^Google Google · Social Set up/ }),
    ).toBeVisible()
    const toAdd = canvas.getByRole('list', { name: /^Add a connection/ })
    await expect(
      within(toAdd).getByRole('button', { name: /^Okta Enterprise 3 connections/ }),
    ).toBeVisible()
    // Google and GitHub take one connection per account: they have theirs, so they are not offered.
    await expect(within(toAdd).queryByRole('button', { name: /^Google\b/ })).toBeNull()
    await expect(canvas.queryByRole('button', { name: /^Passkeys\b/ })).toBeNull()
  },
}

/** 20 connections, 10 per page: the adapter follows `pagination.next.cursor` once. */
export const TwoPages: Story = {
  parameters: {
    mockAuthress: { connections: generateAuthressConnections(20, 7), pageSize: 10, latency: 150 },
  },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement)
    const yours = await canvas.findByRole('list', { name: /^Your connections/ })
    await expect(within(yours).getAllByRole('button')).toHaveLength(20)
    const { mockAuthress } = mockBackendFixture(loaded)
    await expect(
      mockAuthress?.requests.map(({ method, path, search }) => `${method} ${path}${search}`),
    ).toEqual(['GET /v1/connections', 'GET /v1/connections?cursor=page.10'])
  },
}

/** The account without its Google connection, so Google is offered. */
const withoutGoogle = defaultConnections.filter(({ connectionId }) => connectionId !== 'google')

/**
 * Google's create form (deep link to the catalog entry): its provider URLs are presets, so the form
 * asks only for the client's values; Scopes starts with Google's.
 */
export const CreateGoogle: Story = {
  args: { defaultSelected: { unifiedApi: 'social', serviceId: 'google' } },
  parameters: { mockAuthress: { connections: withoutGoogle, latency: 150 } },
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Google' })
    const form = within(dialog).getByRole('region', { name: 'New connection' })
    await expect(within(form).getByRole('textbox', { name: /^Display name/ })).toHaveValue('')
    await expect(within(form).getByRole('textbox', { name: /^Client ID/ })).toHaveValue('')
    await expect(within(form).getByLabelText(/^Client secret/)).toHaveValue('')
    await expect(within(form).getByRole('textbox', { name: /^Scopes/ })).toHaveValue(
      'openid profile email',
    )
    await expect(within(form).queryByRole('textbox', { name: /URL/ })).toBeNull()
    await expect(within(form).getByRole('button', { name: 'Create connection' })).toBeEnabled()
  },
}

/**
 * An Okta connection open for editing: Authress returns its configuration, so the form is
 * prefilled (the domain read back from its URLs), all but the secret, which blank keeps.
 */
export const EditPrefilled: Story = {
  args: {
    defaultSelected: { unifiedApi: 'enterprise', serviceId: 'okta', connectionId: 'okta-acme' },
  },
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Acme Okta' })
    const form = within(dialog).getByRole('region', { name: 'Connection settings' })
    await expect(within(form).getByRole('textbox', { name: /^Display name/ })).toHaveValue(
      'Acme Okta',
    )
    await expect(within(form).getByRole('textbox', { name: /^Okta domain/ })).toHaveValue(
      'acme.okta.com',
    )
    await expect(within(form).getByRole('textbox', { name: /^Client ID/ })).toHaveValue(
      String(defaultConnections.find(({ connectionId }) => connectionId === 'okta-acme')?.clientId),
    )
    const secret = within(form).getByLabelText(/^Client secret/)
    await expect(secret).toHaveValue('')
    await expect(secret).toHaveAccessibleDescription('Leave blank to keep the current secret.')
    await expect(within(form).getByRole('textbox', { name: 'Connection ID' })).toHaveValue(
      'okta-acme',
    )
    await expect(within(dialog).getByRole('button', { name: 'Delete connection' })).toBeVisible()
  },
}

/**
 * "Check my sign-in credentials" on Google, for a user Authress holds a token for: the answer is
 * announced, and only that boolean is kept (the token is in neither the page nor the query cache).
 */
export const CredentialsCheck: Story = {
  args: { defaultSelected: { unifiedApi: 'social', serviceId: 'google', connectionId: 'google' } },
  parameters: {
    mockAuthress: {
      latency: 150,
      credentials: { google: { [DEMO_USER_ID]: DEMO_GOOGLE_TOKEN } },
      adapter: { userId: DEMO_USER_ID },
    },
  },
  decorators: [exposeQueryClient],
  play: async ({ canvasElement, loaded }) => {
    const dialog = await screen.findByRole('dialog', { name: 'Google' })
    await userEvent.click(
      await within(dialog).findByRole('button', { name: 'Check my sign-in credentials' }),
    )
    await expect(
      await within(dialog).findByText('You have credentials from Google'),
    ).toHaveAttribute('role', 'status')
    await expect(canvasElement.ownerDocument.body.innerHTML).not.toContain(DEMO_GOOGLE_TOKEN)
    await expect(serializedQueryCache(mockBackendFixture(loaded).queryClient)).not.toContain(
      DEMO_GOOGLE_TOKEN,
    )
  },
}

/** The proxy answers 401 (the host's session ended): "sign in again", and Authress's words never. */
export const Unauthorized: Story = {
  name: 'Error (401)',
  parameters: {
    mockAuthress: {
      faults: [
        {
          match: { method: 'GET', path: /\/v1\/connections$/ },
          fault: {
            status: 401,
            body: {
              errorCode: 'Unauthorized',
              title: 'The token is not valid.',
              errorId: 'err_401',
            },
          },
        },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert')
    await expect(alert).toHaveTextContent(
      /session has expired or is no longer valid\. Sign in again\./,
    )
    await expect(alert).not.toHaveTextContent(/token is not valid/)
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible()
  },
}

/** The full page in the dark appearance. */
export const Dark: Story = {
  args: { theme: { appearance: 'dark' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('list', { name: /^Your connections/ })).toBeVisible()
    await expect(canvasElement.querySelector('[data-ik-appearance="dark"]')).not.toBeNull()
  },
}
