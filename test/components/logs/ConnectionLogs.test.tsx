// @module-tag panel
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import {
  ConnectionDetails,
  ConnectionLogs,
  type Connection,
  type ConnectionsAdapter,
} from 'integrations-kit'
import { de } from '../../../src/i18n/locales/de'
import { generateConnectors } from 'integrations-kit/testing/msw'
import { I18nProvider } from '../../../components/i18n'
import { logsEn } from '../../../src/i18n/logs/en'
import { logsDe } from '../../../src/i18n/logs/de'
import { logsEs } from '../../../src/i18n/logs/es'
import { logsFr } from '../../../src/i18n/logs/fr'
import { logsNl } from '../../../src/i18n/logs/nl'
import { createInMemoryAdapter, instanceOf, oktaSaml } from '../../support/in-memory-adapter'
import { renderWithProviders } from '../../utils'
import { serveMockVault } from '../vault-panel-setup'

const mockVault = serveMockVault()

const catalog = generateConnectors(24, 1)
/** Connected, with ten seeded requests in the mock's logs. */
const salesforce = catalog.find((connection) => connection.service_id === 'salesforce')!
/** Connected, and no request in the mock's logs was made to it. */
const quiet = catalog.find(
  (connection) =>
    connection.state !== 'available' &&
    !['salesforce', 'pipedrive', 'xero', 'dropbox', 'bamboohr', 'hubspot'].includes(
      connection.service_id,
    ),
)!

function start(): ConnectionsAdapter {
  return mockVault.start({ connectors: catalog }).adapter
}

function logRequests(): URLSearchParams[] {
  return mockVault.vault.requests
    .filter((request) => request.path === '/vault/logs')
    .map((request) => new URLSearchParams(request.search))
}

function refOf(connection: Connection) {
  return { unifiedApi: connection.unified_api, serviceId: connection.service_id }
}

/** The details panel of `connection`, as the page opens it. */
async function openPanel(connection: Connection, props: { hideLogs?: boolean } = {}) {
  const adapter = start()
  const user = userEvent.setup()
  const { queryClient } = renderWithProviders(
    <ConnectionDetails connectionRef={refOf(connection)} connection={connection} {...props} />,
    { adapter },
  )
  const dialog = await screen.findByRole('dialog', { name: connection.name })
  return { user, dialog, queryClient }
}

/** ConnectionLogs on its own (a host composing its own panel), with a small page to page through. */
function renderLogs(connection: Connection, pageSize = 4) {
  const adapter = start()
  const user = userEvent.setup()
  const { queryClient } = renderWithProviders(
    <ConnectionLogs connection={connection} pageSize={pageSize} defaultExpanded />,
    { adapter },
  )
  return { user, queryClient }
}

function rows(table: HTMLElement): HTMLElement[] {
  // Every request is a tbody of its row and its detail row; the first row is the request.
  return within(table)
    .getAllByRole('rowgroup')
    .slice(1)
    .map((group) => within(group).getAllByRole('row')[0]!)
}

describe('ConnectionLogs: loading', () => {
  it('costs no request when the panel opens; Show logs loads the first page of this connector', async () => {
    const { user, dialog, queryClient } = await openPanel(salesforce)
    const section = await within(dialog).findByRole('region', { name: 'Request logs' })
    expect(
      within(section).getByText('Recent requests to Salesforce made for your account.'),
    ).toBeInTheDocument()
    const toggle = within(section).getByRole('button', { name: 'Show logs' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    // Everything the open panel asked for has been answered: none of it was logs.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect(mockVault.vault.requests.length).toBeGreaterThan(0)
    expect(logRequests()).toHaveLength(0)

    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(toggle).toHaveAccessibleName('Hide logs')
    const table = await within(section).findByRole('table', { name: 'Request logs' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Time', 'Request', 'Status', 'Latency'])
    // The mock holds ten requests to Salesforce: one page of ten, newest first, and no more.
    expect(rows(table)).toHaveLength(10)
    const [first] = rows(table)
    const cells = within(first!).getAllByRole('cell')
    const time = cells[0]!.querySelector('time')!
    expect(time).toHaveAttribute('datetime', '2026-11-30T12:00:00.000Z')
    expect(time.getAttribute('title')).toMatch(/2026/)
    expect(time.textContent).toMatch(/Nov/)
    expect(within(cells[1]!).getByRole('button')).toHaveAccessibleName(/^GET \/crm\/leads/)
    expect(cells[2]).toHaveTextContent(/^\d{3} \w/)
    expect(cells[3]).toHaveTextContent(/^\d+ ms$/)
    expect(within(section).getByRole('status')).toHaveTextContent(
      'Showing 10 requests. No older requests.',
    )
    expect(within(section).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()

    const sent = logRequests()
    expect(sent).toHaveLength(1)
    expect(sent[0]!.get('filter[connector_id]')).toBe('crm+salesforce')
    expect(sent[0]!.get('limit')).toBe('10')
    expect(sent[0]!.get('cursor')).toBeNull()

    // Collapsing and expanding again keeps the rows without asking again.
    await user.click(toggle)
    expect(table.closest('[hidden]')).not.toBeNull()
    await user.click(toggle)
    expect(rows(table)).toHaveLength(10)
    expect(logRequests()).toHaveLength(1)
  })

  it('a focused heading (initialView: logs) shows the logs loaded', async () => {
    const { dialog } = await openPanel(salesforce)
    const section = await within(dialog).findByRole('region', { name: 'Request logs' })
    const heading = within(section).getByRole('heading', { name: 'Request logs', level: 3 })
    expect(heading).toHaveAttribute('tabindex', '-1')
    act(() => heading.focus())
    expect(within(section).getByRole('button', { name: 'Hide logs' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    expect(await within(section).findByRole('table')).toBeInTheDocument()
    expect(heading).toHaveFocus()
  })

  it('gives each status its tone and its class in words, not by colour alone', async () => {
    renderLogs(salesforce, 10)
    const table = await screen.findByRole('table', { name: 'Request logs' })
    const statuses = rows(table).map((row) => within(row).getAllByRole('cell')[2]!)
    const byCode = new Map(
      statuses.map((cell) => {
        const pill = cell.querySelector('[data-ik-slot="pill"]')!
        return [pill.textContent, pill.getAttribute('data-ik-tone')]
      }),
    )
    expect(byCode.get('200 Succeeded')).toBe('success')
    expect([...byCode.keys()].some((text) => /^4\d\d Refused$/.test(text ?? ''))).toBe(true)
    for (const [text, tone] of byCode) {
      const code = Number(text?.slice(0, 3))
      const expected = code >= 500 ? 'danger' : code >= 400 ? 'warning' : 'success'
      expect(tone, text ?? '').toBe(expected)
      // The icon's shape differs per tone, as in the catalog's badges.
      expect(
        statuses
          .find((cell) => cell.textContent === text)!
          .querySelector(`[data-ik-icon="${tone}"]`),
      ).not.toBeNull()
    }
  })
})

describe('ConnectionLogs: paging', () => {
  it('Load more asks for exactly one more page, only when pressed, until the cursor ends', async () => {
    const { user, queryClient } = renderLogs(salesforce, 4)
    const table = await screen.findByRole('table', { name: 'Request logs' })
    expect(rows(table)).toHaveLength(4)
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('Showing 4 requests')

    // Nothing is fetched ahead of the user: once nothing is in flight, one page was asked for.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect(logRequests()).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: 'Load more' }))
    await waitFor(() => expect(rows(table)).toHaveLength(8))
    expect(logRequests()).toHaveLength(2)
    expect(logRequests()[1]!.get('cursor')).toBeTruthy()
    expect(logRequests()[1]!.get('filter[connector_id]')).toBe('crm+salesforce')
    expect(status).toHaveTextContent('Showing 8 requests')
    // Focus moves to the first request the page added.
    expect(within(rows(table)[4]!).getByRole('button')).toHaveFocus()
    // No duplicates across pages.
    const ids = rows(table).map((row) =>
      within(row).getByRole('button').getAttribute('aria-controls'),
    )
    expect(new Set(ids).size).toBe(8)

    // The keyboard works the same: the last page, then no more Load more.
    screen.getByRole('button', { name: 'Load more' }).focus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(rows(table)).toHaveLength(10))
    expect(logRequests()).toHaveLength(3)
    expect(status).toHaveTextContent('Showing 10 requests. No older requests.')
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()
    expect(within(rows(table)[8]!).getByRole('button')).toHaveFocus()
  })

  it('a failed next page keeps the loaded rows and retries that page', async () => {
    const { user } = renderLogs(salesforce, 4)
    const table = await screen.findByRole('table', { name: 'Request logs' })
    mockVault.vault.fail({ method: 'GET', path: '/vault/logs' }, { status: 403 })
    await user.click(screen.getByRole('button', { name: 'Load more' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/^The request logs of Salesforce could not be loaded\./)
    expect(rows(table)).toHaveLength(4)

    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(rows(table)).toHaveLength(8))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(logRequests().map((query) => query.get('cursor') === null)).toEqual([true, false, false])
  })
})

describe('ConnectionLogs: states', () => {
  it('says plainly when there are none', async () => {
    renderLogs(quiet)
    expect(await screen.findByText(`No requests to ${quiet.name} yet.`)).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(`No requests to ${quiet.name} yet.`)
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()
  })

  it('says a failed load in its own words with the support detail, and Try again loads', async () => {
    const adapter = start()
    mockVault.vault.fail({ method: 'GET', path: '/vault/logs' }, { status: 403 })
    const user = userEvent.setup()
    renderWithProviders(<ConnectionLogs connection={salesforce} defaultExpanded />, { adapter })
    const alert = await screen.findByRole('alert')
    expect(
      within(alert).getByText(/^The request logs of Salesforce could not be loaded\. /),
    ).toBeInTheDocument()
    expect(alert).toHaveTextContent('Status 403')
    expect(screen.queryByRole('table')).not.toBeInTheDocument()

    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('table', { name: 'Request logs' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(logRequests()).toHaveLength(2)
  })
})

describe('ConnectionLogs: a request expands to its detail', () => {
  it('the request button discloses the full time, timing, error and log id (mouse and keyboard)', async () => {
    const { user } = renderLogs(salesforce, 10)
    const table = await screen.findByRole('table', { name: 'Request logs' })
    // The first failed request in the seed: its detail carries the connector's error message.
    const failed = rows(table).find((row) => /Refused|Server error/.test(row.textContent ?? ''))!
    const toggle = within(failed).getByRole('button')
    const detail = document.getElementById(toggle.getAttribute('aria-controls')!)!
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(detail).not.toBeVisible()

    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(detail).toBeVisible()
    const terms = within(detail)
      .getAllByRole('term')
      .map((term) => term.textContent)
    expect(terms).toEqual(['Time', 'Operation', 'Status', 'Timing', 'Error', 'Log ID'])
    const values = within(detail).getAllByRole('definition')
    expect(values[0]!.textContent).toMatch(/2026/)
    expect(values[2]!.textContent).toMatch(/^\d{3} · (Refused|Server error)$/)
    expect(values[3]!.textContent).toMatch(
      /^\d+ ms in all: \d+ ms at Salesforce, \d+ ms added by Apideck$/,
    )
    expect(values[4]!.textContent).not.toBe('None')
    expect(values[4]!.textContent!.length).toBeGreaterThan(5)
    expect(values[5]!.textContent).toMatch(/^0b5f7480-/)

    toggle.focus()
    await user.keyboard(' ')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(detail).not.toBeVisible()
    await user.keyboard('{Enter}')
    expect(detail).toBeVisible()
  })
})

describe('ConnectionLogs: hidden', () => {
  it('by the host (hideLogs), and no logs request is sent', async () => {
    const { dialog, queryClient } = await openPanel(salesforce, { hideLogs: true })
    await within(dialog).findByRole('region', { name: 'Manage' })
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect(within(dialog).queryByRole('region', { name: 'Request logs' })).not.toBeInTheDocument()
    expect(logRequests()).toHaveLength(0)
  })

  it('hideLogs hides the panel section, not the part a host places in its own panel', async () => {
    const adapter = start()
    renderWithProviders(
      <ConnectionDetails connectionRef={refOf(salesforce)} connection={salesforce} hideLogs>
        <ConnectionLogs defaultExpanded />
      </ConnectionDetails>,
      { adapter },
    )
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' })
    expect(within(dialog).getAllByRole('region', { name: 'Request logs' })).toHaveLength(1)
    expect(await within(dialog).findByRole('table', { name: 'Request logs' })).toBeInTheDocument()
  })

  it('when the adapter has no logs (no capability), even placed by the host', async () => {
    const instance = instanceOf(oktaSaml(), 'c1', 'Acme')
    renderWithProviders(<ConnectionLogs connection={instance} defaultExpanded />, {
      adapter: createInMemoryAdapter({ connections: [instance] }),
    })
    // It decides from the adapter's capabilities as it renders: nothing to wait for.
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
    expect(document.body.querySelector('[data-section="logs"]')).toBeNull()
  })

  it('for a connector that was never added', async () => {
    const available = catalog.find((connection) => connection.state === 'available')!
    const { dialog } = await openPanel(available)
    await within(dialog).findByRole('heading', { name: available.name })
    expect(within(dialog).queryByRole('region', { name: 'Request logs' })).not.toBeInTheDocument()
  })
})

describe('ConnectionLogs: languages', () => {
  it('speaks German with the locale entry, dates and numbers included', async () => {
    const adapter = start()
    renderWithProviders(
      <I18nProvider locale="de" messages={de}>
        <ConnectionLogs connection={salesforce} defaultExpanded pageSize={4} />
      </I18nProvider>,
      { adapter },
    )
    const table = await screen.findByRole('table', { name: 'Anfrageprotokoll' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Zeit', 'Anfrage', 'Status', 'Dauer'])
    expect(rows(table)[0]!.querySelector('time')!.textContent).toMatch(/Nov\./)
    expect(screen.getByRole('button', { name: 'Mehr laden' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('4 Anfragen angezeigt')
  })

  it.each([
    ['de', logsDe],
    ['fr', logsFr],
    ['es', logsEs],
    ['nl', logsNl],
  ])('%s translates every logs message with the same placeholders as English', (_, messages) => {
    const placeholders = (value: unknown) =>
      [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()
    for (const key of Object.keys(logsEn) as Array<keyof typeof logsEn>) {
      expect(messages[key], key).toBeDefined()
      expect(new Set(placeholders(messages[key])), key).toEqual(new Set(placeholders(logsEn[key])))
    }
  })
})
