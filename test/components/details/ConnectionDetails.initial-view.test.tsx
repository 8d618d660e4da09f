// @module-tag panel
/**
 * `initialView` and `autoStartAuthorization` on ConnectionDetails (issue 10 §6), over the
 * spec-checking mock Vault and its seeds: Salesforce connected (consent granted, three mappings,
 * resource defaults, logs), Xero with consent pending, HubSpot added (OAuth, not authorized),
 * Pipedrive authorized (API key, no mappings).
 */
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import {
  ConnectionDetails,
  ConnectionDetailsInline,
  createVaultAdapter,
  type InitialView,
} from 'integrations-kit'
import { createMockVault, type MockVault } from 'integrations-kit/testing/msw'
import { advanceTime } from '../../fake-time'
import { stubWindowOpen } from '../../support/fake-popup'
import { renderWithProviders } from '../../utils'

const { server, serve } = serveMockVault()
let vault: MockVault
beforeEach(() => {
  vault = createMockVault({ consentUrl: `${window.location.origin}/mock-oauth/consent.html` })
  serve(vault)
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
  Reflect.deleteProperty(navigator, 'userActivation')
})

const refs = {
  salesforce: { unifiedApi: 'crm', serviceId: 'salesforce' },
  xero: { unifiedApi: 'accounting', serviceId: 'xero' },
  hubspot: { unifiedApi: 'crm', serviceId: 'hubspot' },
  pipedrive: { unifiedApi: 'crm', serviceId: 'pipedrive' },
} as const

function adapter() {
  return createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
}

function open(
  serviceId: keyof typeof refs,
  props: { initialView?: InitialView; autoStartAuthorization?: boolean } = {},
) {
  return renderWithProviders(
    <ConnectionDetails connectionRef={refs[serviceId]} redirectUri="/cb" {...props} />,
    { adapter: adapter() },
  )
}

/** The page is inside the user's gesture (a click just opened it), as Chromium reports it. */
function withGesture(isActive: boolean) {
  Object.defineProperty(navigator, 'userActivation', {
    configurable: true,
    value: { isActive, hasBeenActive: isActive },
  })
}

async function heading(name: string) {
  const dialog = await screen.findByRole('dialog')
  return within(dialog).findByRole('heading', { name })
}

describe('ConnectionDetails initialView', () => {
  it.each<[InitialView, string]>([
    ['settings', 'Connection settings'],
    ['resources', 'Resource defaults'],
    ['mapping', 'Field mapping'],
    ['consent', 'Data access'],
  ])("'%s' focuses the %s heading of a connected Salesforce", async (view, name) => {
    open('salesforce', { initialView: view })
    const target = await heading(name)
    await waitFor(() => expect(target).toHaveFocus())
  })

  it("'settings' scrolls its heading to the top of the panel", async () => {
    const scrollIntoView = vi.fn()
    Element.prototype.scrollIntoView = scrollIntoView
    try {
      open('salesforce', { initialView: 'settings' })
      const target = await heading('Connection settings')
      await waitFor(() => expect(target).toHaveFocus())
      expect(scrollIntoView).toHaveBeenCalledTimes(1)
      expect(scrollIntoView.mock.contexts[0]).toBe(target)
      expect(scrollIntoView).toHaveBeenCalledWith({ block: 'start' })
    } finally {
      Reflect.deleteProperty(Element.prototype, 'scrollIntoView')
    }
  })

  it("'mapping' lands on the lazily loaded section listing Salesforce's three mappings", async () => {
    open('salesforce', { initialView: 'mapping' })
    const target = await heading('Field mapping')
    await waitFor(() => expect(target).toHaveFocus())
    const section = screen.getByRole('region', { name: 'Field mapping' })
    expect(within(section).getAllByRole('listitem')).toHaveLength(3)
  })

  it("'logs' shows the logs expanded and loaded", async () => {
    open('salesforce', { initialView: 'logs' })
    const target = await heading('Request logs')
    await waitFor(() => expect(target).toHaveFocus())
    const section = screen.getByRole('region', { name: 'Request logs' })
    expect(within(section).getByRole('button', { name: 'Hide logs' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    expect(await within(section).findByRole('table')).toBeVisible()
  })

  it("'connect' focuses HubSpot's Connect button", async () => {
    open('hubspot', { initialView: 'connect' })
    const dialog = await screen.findByRole('dialog', { name: 'HubSpot' })
    const connect = within(dialog).getByRole('button', { name: 'Connect' })
    await waitFor(() => expect(connect).toHaveFocus())
  })

  it('puts the consent screen first when consent is due (Xero, asked for its settings)', async () => {
    open('xero', { initialView: 'settings' })
    const target = await heading('Requested data access')
    await waitFor(() => expect(target).toHaveFocus())
    expect(screen.queryByRole('heading', { name: 'Connection settings' })).toBeNull()
  })

  it("falls back to the call to action: 'mapping' on HubSpot (not connected) focuses Connect", async () => {
    open('hubspot', { initialView: 'mapping' })
    const dialog = await screen.findByRole('dialog', { name: 'HubSpot' })
    const connect = within(dialog).getByRole('button', { name: 'Connect' })
    await waitFor(() => expect(connect).toHaveFocus())
    expect(within(dialog).queryByRole('heading', { name: 'Field mapping' })).toBeNull()
  })

  it("falls back to the top without an error: 'mapping' on Pipedrive (no mappings)", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    open('pipedrive', { initialView: 'mapping' })
    const dialog = await screen.findByRole('dialog', { name: 'Pipedrive' })
    await within(dialog).findByRole('heading', { name: 'Connection settings' })
    await advanceTime(50)
    // Where the dialog puts focus when no view is asked for; no section took it.
    expect(dialog).toContainElement(document.activeElement as HTMLElement)
    expect(document.activeElement?.closest('[data-section]')).toBeNull()
    expect(within(dialog).queryByRole('alert')).toBeNull()
  })

  it('does not take focus from a dialog the user opened while the details loaded', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const listed = (await adapter().listConnections()).find((c) => c.service_id === 'salesforce')
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    // The detail request waits (then falls through to the mock): the panel shows the list's entry.
    server.use(http.get(`${vault.baseUrl}/vault/connections/crm/salesforce`, () => held))
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    renderWithProviders(
      <ConnectionDetails
        connectionRef={refs.salesforce}
        connection={listed}
        initialView="settings"
      />,
      { adapter: adapter() },
    )
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' })
    await user.click(within(dialog).getByRole('button', { name: 'Delete connection' }))
    // The question itself (its chunk may still be loading: a frame stands in until then).
    await screen.findByRole('button', { name: 'Delete Salesforce' })
    const confirm = screen.getByRole('alertdialog', { name: 'Delete Salesforce?' })
    await waitFor(() => expect(confirm).toContainElement(document.activeElement as HTMLElement))
    await act(async () => release())
    await waitFor(() =>
      expect(vault.requests.filter((r) => r.path.endsWith('/crm/salesforce'))).toHaveLength(1),
    )
    await advanceTime(100)
    expect(confirm).toContainElement(document.activeElement as HTMLElement)
    // The panel behind the confirmation is hidden from the accessibility tree while it is open.
    expect(
      within(dialog).getByRole('heading', { name: 'Connection settings', hidden: true }),
    ).not.toHaveFocus()
  })

  it("inline, does not take focus from the host's field the user typed in while the details loaded", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    server.use(http.get(`${vault.baseUrl}/vault/connections/crm/salesforce`, () => held))
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    renderWithProviders(
      <>
        <input aria-label="Notes" />
        <ConnectionDetailsInline connectionRef={refs.salesforce} initialView="settings" />
      </>,
      { adapter: adapter() },
    )
    const notes = screen.getByRole('textbox', { name: 'Notes' })
    await user.type(notes, 'hello')
    await act(async () => release())
    const target = await screen.findByRole('heading', { name: 'Connection settings' })
    await advanceTime(100)
    expect(notes).toHaveFocus()
    expect(target).not.toHaveFocus()
  })

  it('inline, lands on the section once the connection has loaded', async () => {
    renderWithProviders(
      <ConnectionDetailsInline connectionRef={refs.salesforce} initialView="resources" />,
      { adapter: adapter() },
    )
    const target = await screen.findByRole('heading', { name: 'Resource defaults' })
    await waitFor(() => expect(target).toHaveFocus())
  })
})

describe('ConnectionDetails autoStartAuthorization', () => {
  it('opens the provider window once when the panel opens inside a gesture', async () => {
    withGesture(true)
    const { open: windowOpen } = stubWindowOpen()
    const { rerender } = open('hubspot', { autoStartAuthorization: true })
    const dialog = await screen.findByRole('dialog', { name: 'HubSpot' })
    expect(await within(dialog).findByText('Waiting for HubSpot…')).toBeVisible()
    expect(windowOpen).toHaveBeenCalledTimes(1)
    expect(String(windowOpen.mock.calls[0]![0])).toContain('/mock-oauth/consent.html')
    rerender(
      <ConnectionDetails connectionRef={refs.hubspot} redirectUri="/cb" autoStartAuthorization />,
    )
    await waitFor(() => expect(within(dialog).getByText('Waiting for HubSpot…')).toBeVisible())
    expect(windowOpen).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['the gesture is over', () => withGesture(false)],
    ['the browser cannot tell', () => {}],
  ])('does not start when %s: the Connect button waits for a click', async (_, setUp) => {
    setUp()
    const { open: windowOpen } = stubWindowOpen()
    open('hubspot', { autoStartAuthorization: true })
    const dialog = await screen.findByRole('dialog', { name: 'HubSpot' })
    const connect = await within(dialog).findByRole('button', { name: 'Connect' })
    await act(() => Promise.resolve())
    expect(windowOpen).not.toHaveBeenCalled()
    await userEvent.click(connect)
    expect(windowOpen).toHaveBeenCalledTimes(1)
  })

  it('falls back to the button without an error when the window is blocked; a click then says so', async () => {
    withGesture(true)
    const { open: windowOpen } = stubWindowOpen(() => null)
    open('hubspot', { autoStartAuthorization: true })
    const dialog = await screen.findByRole('dialog', { name: 'HubSpot' })
    await waitFor(() => expect(windowOpen).toHaveBeenCalledTimes(1))
    const connect = within(dialog).getByRole('button', { name: 'Connect' })
    await waitFor(() => expect(connect).toHaveAttribute('data-state', 'idle'))
    expect(within(dialog).queryByRole('alert')).toBeNull()
    expect(within(dialog).queryByText('Your browser blocked the sign-in window')).toBeNull()
    // The user's own click behaves as always.
    await userEvent.click(connect)
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Your browser blocked the sign-in window',
    )
  })

  it('does not start for a connector that is already connected', async () => {
    withGesture(true)
    const { open: windowOpen } = stubWindowOpen()
    open('salesforce', { autoStartAuthorization: true })
    await heading('Connection settings')
    await act(() => Promise.resolve())
    expect(windowOpen).not.toHaveBeenCalled()
  })
})
