/**
 * The failure table, rendered: each place of the UI, against the mock Vault over MSW, with
 * representative failures — 401, 403, 429 (through the library's retries), a 200 whose body is
 * not JSON (a 503 HTML page for DELETE, whose body is never read), a dropped connection. Each shows
 * the message from the fixed set in the page's language, no backend text, the technical detail
 * only in the collapsed Details, and reports the full error to `onError`. The locale rotates so
 * every place is seen in all five. Retries run on fake timers.
 */
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../support/serve-mock-vault'
import {
  AuthorizeButton,
  ConnectionActions,
  ConnectionDetails,
  ConnectionSettingsForm,
  createVaultAdapter,
  DeleteConnectionDialog,
  EnableSwitch,
  ImportConnectionDialog,
  IntegrationsApiError,
  IntegrationsPage,
  ResourceSettingsForm,
  RevokeButton,
  type Connection,
} from 'integrations-kit'
import { I18nProvider } from '../../components/i18n'
import { createMockVault, type Fault, type MockVault } from 'integrations-kit/testing/msw'
import { en } from '../../src/i18n/en'
import type { ErrorsMessageKey } from '../../src/i18n/errors/en'
import { formatMessage, type Message, type MessageValues } from '../../src/i18n/format'
import { de } from '../../src/i18n/locales/de'
import { es } from '../../src/i18n/locales/es'
import { fr } from '../../src/i18n/locales/fr'
import { nl } from '../../src/i18n/locales/nl'
import { stubWindowOpen, type FakePopup } from '../support/fake-popup'
import { renderWithProviders } from '../utils'

const MARKER = 'ZQX-MARKER verify your request headers and body'
const origin = window.location.origin
const redirectUri = `${origin}/oauth/callback`

function connector(overrides: Partial<Connection> & Pick<Connection, 'service_id' | 'name'>) {
  return {
    id: `crm+${overrides.service_id}`,
    unified_api: 'crm',
    state: 'callable',
    enabled: true,
    auth_type: 'oauth2',
    oauth_grant_type: 'authorization_code',
    integration_state: 'configured',
    form_fields: [],
    ...overrides,
  } as Connection
}

const pipedrive = connector({
  service_id: 'pipedrive',
  name: 'Pipedrive',
  validation_support: true,
  configurable_resources: ['leads'],
  configuration: [
    {
      resource: 'leads',
      defaults: [
        {
          id: 'owner_id',
          label: 'Owner',
          type: 'select',
          required: true,
          target: 'resource',
          options: [
            { label: 'Ada', value: 'u1', option_type: 'simple' },
            { label: 'Grace', value: 'u2', option_type: 'simple' },
          ],
        },
      ],
    },
  ] as unknown as Connection['configuration'],
  form_fields: [{ id: 'company_domain', label: 'Company domain', type: 'text' }],
})
const close = connector({ service_id: 'close', name: 'Close', enabled: false })
const mailchimp = connector({
  service_id: 'mailchimp',
  name: 'Mailchimp',
  state: 'available',
  enabled: false,
  auth_type: 'apiKey',
  oauth_grant_type: undefined,
})
const hubspot = connector({ service_id: 'hubspot', name: 'HubSpot', state: 'available' })
const netsuite = connector({
  service_id: 'netsuite',
  name: 'NetSuite',
  state: 'added',
  oauth_grant_type: 'client_credentials',
})

const refOf = (connection: Connection) => ({
  unifiedApi: connection.unified_api,
  serviceId: connection.service_id,
})
const pathOf = (connection: Connection, rest = '') =>
  `/vault/connections/crm/${connection.service_id}${rest}`

/* -------------------------------------------------------------------------------------------------
 * Failures
 * -----------------------------------------------------------------------------------------------*/

interface FailureCase {
  label: string
  fault: Fault
  status?: number
  kind: IntegrationsApiError['kind']
  /** The reason key, by whether the library retried (seen as more than one request). */
  reason: (retried: boolean) => ErrorsMessageKey
  count?: number
  /** What the collapsed Details line says first. */
  details: string
}

function vaultBody(status: number) {
  return {
    status_code: status,
    error: 'Error',
    type_name: 'InjectedError',
    message: MARKER,
    detail: MARKER,
  }
}

const httpFailure = (status: number, reason: ErrorsMessageKey): FailureCase => ({
  label: String(status),
  fault: { status, body: vaultBody(status), headers: { 'x-request-id': 'req_7f3a9c2e41b8' } },
  status,
  kind: 'http',
  reason: () => reason,
  details: `Status ${status} · Code InjectedError · Reference req_7f3a9c2e41b8`,
})

const expired = httpFailure(401, 'errors.reason.session')
const forbidden = httpFailure(403, 'errors.reason.permission')
const rateLimited: FailureCase = {
  label: '429 (Retry-After 1)',
  fault: { status: 429, body: vaultBody(429), headers: { 'Retry-After': '1' } },
  status: 429,
  kind: 'http',
  reason: (retried) =>
    retried ? 'errors.reason.rateLimitedRetried' : 'errors.reason.rateLimitedWait',
  count: 1,
  details: 'Status 429 · Code InjectedError',
}
const notJson: FailureCase = {
  label: 'a 200 that is not JSON',
  fault: 'malformed',
  status: 200,
  kind: 'parse',
  reason: () => 'errors.reason.unreadable',
  details: 'Status 200',
}
const htmlErrorPage: FailureCase = {
  label: 'a 503 HTML page',
  fault: { status: 503, body: `<html><body>${MARKER}</body></html>` },
  status: 503,
  kind: 'http',
  reason: (retried) => (retried ? 'errors.reason.serverRetried' : 'errors.reason.server'),
  details: 'Status 503',
}
const dropped: FailureCase = {
  label: 'a dropped connection',
  fault: 'network',
  kind: 'network',
  reason: (retried) => (retried ? 'errors.reason.offlineRetried' : 'errors.reason.offline'),
  details: 'Failure network',
}

/* -------------------------------------------------------------------------------------------------
 * Places
 * -----------------------------------------------------------------------------------------------*/

type User = ReturnType<typeof userEvent.setup>

interface PlaceCase {
  place: string
  summary: ErrorsMessageKey
  values: MessageValues
  request: { method: string; path: string | RegExp }
  /** The part, as a host renders it. */
  ui: (locale: LocaleTag) => ReactNode
  /** What the user does that fails (after the part has loaded). */
  act?: (user: User) => Promise<void>
  /** Only the reason is shown under the title (the catalog). */
  reasonOnly?: boolean
  /** The DELETE body is never read: its parse failure is a 503 HTML page instead. */
  failures?: FailureCase[]
  /** After the failure: what else must hold (typed values kept). */
  after?: () => void
}

let popups: FakePopup[] = []

const inLocale = (locale: LocaleTag, ui: ReactNode) => (
  <I18nProvider locale={locale} messages={locales[locale]}>
    {ui}
  </I18nProvider>
)

const places: PlaceCase[] = [
  {
    place: 'catalog',
    summary: 'errors.summary.catalog',
    values: {},
    request: { method: 'GET', path: '/vault/connections' },
    ui: (locale) => <IntegrationsPage locale={locale} messages={locales[locale]} />,
    reasonOnly: true,
  },
  {
    place: 'details',
    summary: 'errors.summary.details',
    values: { name: 'pipedrive' },
    request: { method: 'GET', path: pathOf(pipedrive) },
    ui: (locale) => inLocale(locale, <ConnectionDetails connectionRef={refOf(pipedrive)} />),
  },
  {
    place: 'enable',
    summary: 'errors.summary.enable',
    values: { name: 'Close' },
    request: { method: 'PATCH', path: pathOf(close) },
    ui: (locale) => inLocale(locale, <EnableSwitch connection={close} />),
    act: (user) => user.click(screen.getByRole('switch')),
  },
  {
    place: 'disable',
    summary: 'errors.summary.disable',
    values: { name: 'Pipedrive' },
    request: { method: 'PATCH', path: pathOf(pipedrive) },
    ui: (locale) => inLocale(locale, <EnableSwitch connection={pipedrive} />),
    act: (user) => user.click(screen.getByRole('switch')),
  },
  {
    place: 'settings load',
    summary: 'errors.summary.settingsLoad',
    values: {},
    request: { method: 'GET', path: pathOf(pipedrive) },
    ui: (locale) => inLocale(locale, <ConnectionSettingsForm connectionRef={refOf(pipedrive)} />),
  },
  {
    place: 'settings save',
    summary: 'errors.summary.settingsSave',
    values: { name: 'Pipedrive' },
    request: { method: 'PATCH', path: pathOf(pipedrive) },
    ui: (locale) => inLocale(locale, <ConnectionSettingsForm connection={pipedrive} />),
    act: async (user) => {
      await user.type(screen.getByRole('textbox'), 'typed-by-the-user')
      await user.click(screen.getByRole('button'))
    },
    after: () => expect(screen.getByRole('textbox')).toHaveValue('typed-by-the-user'),
  },
  {
    place: 'resource defaults load',
    summary: 'errors.summary.resourceLoad',
    values: { resource: 'leads' },
    request: { method: 'GET', path: pathOf(pipedrive, '/leads/config') },
    ui: (locale) =>
      inLocale(locale, <ResourceSettingsForm connectionRef={refOf(pipedrive)} resource="leads" />),
  },
  {
    place: 'resource defaults save',
    summary: 'errors.summary.resourceSave',
    values: { resource: 'leads' },
    request: { method: 'PATCH', path: pathOf(pipedrive, '/leads/config') },
    ui: (locale) =>
      inLocale(locale, <ResourceSettingsForm connectionRef={refOf(pipedrive)} resource="leads" />),
    act: async (user) => {
      await user.selectOptions(await screen.findByRole('combobox'), 'Grace')
      await user.click(screen.getByRole('button'))
    },
    after: () => expect(screen.getByRole('combobox')).toHaveDisplayValue('Grace'),
  },
  {
    place: 'add',
    summary: 'errors.summary.add',
    values: { name: 'Mailchimp' },
    request: { method: 'PATCH', path: pathOf(mailchimp) },
    ui: (locale) => inLocale(locale, <ConnectionDetails connectionRef={refOf(mailchimp)} />),
    act: async (user) => {
      const dialog = await screen.findByRole('dialog', { name: 'Mailchimp' })
      await user.click(await within(dialog).findByRole('button', { name: connectLabel() }))
    },
  },
  {
    place: 'connect (the add before OAuth)',
    summary: 'errors.summary.connect',
    values: { name: 'HubSpot' },
    request: { method: 'PATCH', path: pathOf(hubspot) },
    ui: (locale) =>
      inLocale(locale, <AuthorizeButton connection={hubspot} redirectUri={redirectUri} />),
    act: (user) => user.click(screen.getByRole('button')),
  },
  {
    place: 'token grant',
    summary: 'errors.summary.connect',
    values: { name: 'NetSuite' },
    request: { method: 'POST', path: pathOf(netsuite, '/token') },
    ui: (locale) =>
      inLocale(locale, <AuthorizeButton connection={netsuite} redirectUri={redirectUri} />),
    act: (user) => user.click(screen.getByRole('button')),
  },
  {
    place: 'import',
    summary: 'errors.summary.import',
    values: { name: 'Pipedrive' },
    request: { method: 'POST', path: pathOf(pipedrive, '/import') },
    ui: (locale) => inLocale(locale, <ImportConnectionDialog connection={pipedrive} defaultOpen />),
    act: async (user) => {
      // The dialog's content (its chunk may arrive after the dialog opened).
      const accessToken = await screen.findByLabelText(startsWith('forms.import.accessToken'), {
        selector: 'input',
      })
      const dialog = screen.getByRole('dialog')
      await user.type(accessToken, 'access-token-typed')
      await user.click(within(dialog).getByRole('button', { name: importLabel() }))
    },
    after: () =>
      expect(
        screen.getByLabelText(startsWith('forms.import.accessToken'), { selector: 'input' }),
      ).toHaveValue('access-token-typed'),
  },
  {
    place: 'delete',
    summary: 'errors.summary.delete',
    values: { name: 'Pipedrive' },
    request: { method: 'DELETE', path: pathOf(pipedrive) },
    ui: (locale) => inLocale(locale, <DeleteConnectionDialog connection={pipedrive} defaultOpen />),
    act: async (user) => {
      // The question itself, described (a frame without one stands in while its chunk loads).
      await waitFor(() => expect(screen.getByRole('alertdialog')).toHaveAccessibleDescription())
      const buttons = within(screen.getByRole('alertdialog')).getAllByRole('button')
      await user.click(buttons[buttons.length - 1]!)
    },
    failures: [expired, forbidden, rateLimited, htmlErrorPage, dropped],
  },
  {
    place: 'validate',
    summary: 'errors.summary.validate',
    values: { name: 'Pipedrive' },
    request: { method: 'POST', path: pathOf(pipedrive, '/validate') },
    ui: (locale) =>
      inLocale(locale, <ConnectionActions connection={pipedrive} allowActions={['validate']} />),
    act: async (user) => {
      await user.click(await screen.findByRole('button', { name: translate('manage.validate') }))
    },
  },
  {
    place: 'revoke (reading the connection back)',
    summary: 'errors.summary.revoke',
    values: { name: 'Pipedrive' },
    request: { method: 'GET', path: pathOf(pipedrive) },
    ui: (locale) =>
      inLocale(
        locale,
        <RevokeButton
          connection={{ ...pipedrive, revoke_url: 'https://unify.apideck.com/vault/revoke' }}
          redirectUri={redirectUri}
        />,
      ),
    act: async (user) => {
      await user.click(screen.getByRole('button'))
      // The user closes the revoke window: the button reads the connection to see the outcome.
      popups[0]!.closed = true
    },
  },
]

/* -------------------------------------------------------------------------------------------------
 * Locales
 * -----------------------------------------------------------------------------------------------*/

const locales = { en: {}, de, fr, es, nl } as const
type LocaleTag = keyof typeof locales
const localeTags = Object.keys(locales) as LocaleTag[]
let currentLocale: LocaleTag = 'en'

function translate(key: string, values?: MessageValues): string {
  const messages = { ...en, ...locales[currentLocale] } as Record<string, Message>
  return formatMessage(messages[key] as Message, values, currentLocale)
}
const connectLabel = () => translate('details.connect')
/** A label that starts with the message (required marks follow it). */
const startsWith = (key: string) => {
  const escaped = translate(key).replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')
  return new RegExp(`^${escaped}`)
}
const importLabel = () => translate('forms.import.submit')

/* -------------------------------------------------------------------------------------------------
 * The table
 * -----------------------------------------------------------------------------------------------*/

const { serve } = serveMockVault()
let vault: MockVault

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true })
  vault = createMockVault({ connectors: [pipedrive, close, mailchimp, hubspot, netsuite] })
  serve(vault)
  popups = stubWindowOpen().popups
})
afterEach(() => {
  vi.useRealTimers()
})

/** The failure as shown: the alert holding a main line (the catalog's own error state). */
function shownFailure(): HTMLElement | null {
  const catalog = document.querySelector<HTMLElement>(
    '[data-ik-slot="message"][data-state="error"]',
  )
  if (catalog) {
    return catalog
  }
  return (
    document
      .querySelector('[data-ik-slot="error-message"]')
      ?.closest<HTMLElement>('[role="alert"]') ?? null
  )
}

/** Waits for the failure, running the library's retry waits (Retry-After, backoff) on the fake clock. */
async function failureShown(): Promise<HTMLElement> {
  for (let step = 0; step < 240; step += 1) {
    const shown = shownFailure()
    if (shown) {
      return shown
    }
    await act(() => vi.advanceTimersByTimeAsync(250))
  }
  throw new Error('no failure was shown')
}

const standardFailures = [expired, forbidden, rateLimited, notJson, dropped]

describe.each(places.map((place, index) => ({ ...place, index })))('$place', (placeCase) => {
  const failures = placeCase.failures ?? standardFailures
  it.each(failures.map((failure, index) => ({ ...failure, index })))(
    'says $label in the user’s words',
    async (failure) => {
      currentLocale = localeTags[(placeCase.index + failure.index) % localeTags.length]!
      const onError = vi.fn()
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
      const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
      vault.fail({ ...placeCase.request, times: Infinity }, failure.fault)
      renderWithProviders(placeCase.ui(currentLocale), { adapter, callbacks: { onError } })
      await placeCase.act?.(user)

      const shown = await failureShown()
      const attempts = vault.requests.filter(
        (request) =>
          request.method === placeCase.request.method &&
          (typeof placeCase.request.path === 'string'
            ? request.path === placeCase.request.path
            : placeCase.request.path.test(request.path)),
      ).length
      expect(attempts).toBeGreaterThan(0)
      const values = { ...placeCase.values, ...(failure.count ? { count: failure.count } : {}) }
      const reason = translate(failure.reason(attempts > 1), values)
      const expected = placeCase.reasonOnly
        ? reason
        : translate('errors.sentence', { summary: translate(placeCase.summary, values), reason })
      const mainLine = shown.querySelector(
        placeCase.reasonOnly
          ? '[data-ik-slot="message-description"]'
          : '[data-ik-slot="error-message"]',
      )
      expect(mainLine?.textContent).toBe(expected)

      // Backend text nowhere; the technical detail only in the collapsed Details.
      expect(shown).not.toHaveTextContent('ZQX-MARKER')
      expect(document.body).not.toHaveTextContent('ZQX-MARKER')
      const details = shown.querySelector('details')
      expect(details).not.toBeNull()
      expect(details).not.toHaveAttribute('open')
      expect(details?.querySelector('p')?.textContent).toBe(translateDetails(failure.details))
      expect(within(shown).queryByRole('link')).toBeNull()

      // The full technical error is in the event stream.
      const reported = onError.mock.calls.map(([error]) => error as IntegrationsApiError)
      expect(reported.some((error) => error.kind === failure.kind)).toBe(true)
      if (failure.status !== undefined) {
        expect(reported.some((error) => error.status === failure.status)).toBe(true)
      }
      placeCase.after?.()
    },
  )
})

/** The Details line in the current locale, from its English form in the table. */
function translateDetails(english: string): string {
  return english
    .split(' · ')
    .map((part) => {
      const [label, value = ''] = part.split(' ')
      const key = {
        Status: ['errors.details.status', 'status'],
        Failure: ['errors.details.failure', 'failure'],
        Code: ['errors.details.code', 'code'],
        Reference: ['errors.details.reference', 'requestId'],
      }[label!]!
      return translate(key[0]!, { [key[1]!]: value })
    })
    .join(' · ')
}

describe('an unusable provider address', () => {
  it('says why connecting is impossible, and offers no pointless Try again', async () => {
    currentLocale = 'en'
    vault = createMockVault({ connectors: [connector({ ...hubspot, state: 'added' })] })
    serve(vault)
    const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
    const listed = (await adapter.listConnections())[0]!
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    renderWithProviders(
      <AuthorizeButton
        connection={{ ...listed, authorize_url: 'javascript:alert(1)' }}
        redirectUri={redirectUri}
      />,
      { adapter },
    )
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    const alert = await screen.findByRole('alert')
    expect(alert.querySelector('[data-ik-slot="error-message"]')).toHaveTextContent(
      'HubSpot could not be connected. Its sign-in address is missing or not safe to open. Contact support.',
    )
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull()
    expect(popups).toHaveLength(0)
    expect(vault.requests).toHaveLength(1)
  })

  it('says why disconnecting is impossible', async () => {
    currentLocale = 'en'
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
    renderWithProviders(
      <RevokeButton
        connection={{ ...pipedrive, revoke_url: 'data:text/html,hi' }}
        redirectUri={redirectUri}
      />,
      { adapter },
    )
    await user.click(screen.getByRole('button', { name: 'Disconnect' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Pipedrive could not be disconnected. Its sign-out address is missing or not safe to open. Contact support.',
    )
    expect(popups).toHaveLength(0)
  })
})
