// @module-tag panel
/**
 * The panel's rarely opened dialogs as lazily loaded parts (components/manage/dialog-parts.ts):
 * importing credentials and deleting a connection. Pointing at a trigger fetches the chunk; loaded
 * ahead, the dialog opens on its content with focus where opening puts it (no "Loading…" first);
 * until the chunk is in, a frame (components/LazyDialogContent.tsx) stands in with the dialog's
 * role, name and way out; a chunk that cannot be fetched is said in the dialog with Try again,
 * which fetches it afresh and shows the content with focus placed as opening does.
 */
import { act, screen, within } from '@testing-library/react'
import type { ReactElement } from 'react'
import userEvent from '@testing-library/user-event'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createVaultAdapter,
  DeleteConnectionDialog,
  ImportConnectionDialog,
  type Connection,
} from 'integrations-kit'
import { createMockVault, type MockVault } from 'integrations-kit/testing/msw'
import { arabic } from '../../../stories/arabic-messages'
import { I18nProvider } from '../../../components/i18n'
import { de } from '../../../src/i18n/locales/de'
import type { ImportDialogContentProps } from '../../../components/forms/ImportDialogContent'
import { lazyPart, type LazyPart } from '../../../components/lazy-part'
import type { DeleteDialogContentProps } from '../../../components/manage/DeleteDialogContent'
import { renderWithProviders } from '../../utils'

/**
 * How many imports of the chunk fail before one succeeds (set per test), how many ran, and what a
 * chunk still on its way waits for (set per test: the frame stays until it settles).
 */
const chunk = vi.hoisted(() => ({
  failures: 0,
  imports: 0,
  arrival: undefined as Promise<void> | undefined,
}))
/** Fresh parts per test (a part keeps its component once loaded). */
let importPart: LazyPart<ImportDialogContentProps>
let deletePart: LazyPart<DeleteDialogContentProps>

vi.mock('../../../components/manage/dialog-parts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../components/manage/dialog-parts')>()
  // The dialogs read their part at each render: these getters give them the test's.
  return Object.defineProperties(
    { ...actual },
    { importPart: { get: () => importPart }, deletePart: { get: () => deletePart } },
  )
})

/** The chunk's import as the test says: failing `chunk.failures` times first. */
function contents() {
  chunk.imports += 1
  if (chunk.failures > 0) {
    chunk.failures -= 1
    return Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
  }
  const module = import('../../../components/manage/dialog-contents')
  return chunk.arrival ? chunk.arrival.then(() => module) : module
}

/** Holds the chunk back until the returned function lets it arrive. */
function holdChunk(): () => void {
  let arrive!: () => void
  chunk.arrival = new Promise<void>((resolve) => {
    arrive = resolve
  })
  return arrive
}

const server = setupServer()
let vault: MockVault
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' })
  // Compiled once here, so an import in a test resolves as a cached chunk would.
  await import('../../../components/manage/dialog-contents')
})
beforeEach(() => {
  vault = createMockVault()
  server.use(...vault.handlers)
  chunk.imports = 0
  chunk.failures = 0
  chunk.arrival = undefined
  importPart = lazyPart(() =>
    contents().then((module) => ({ default: module.ImportDialogContent })),
  )
  deletePart = lazyPart(() =>
    contents().then((module) => ({ default: module.DeleteDialogContent })),
  )
})
afterEach(() => {
  server.resetHandlers()
  expect(vault.violations).toEqual([])
})
afterAll(() => server.close())

const pipedrive: Connection = {
  id: 'crm+pipedrive',
  service_id: 'pipedrive',
  unified_api: 'crm',
  name: 'Pipedrive',
  auth_type: 'oauth2',
  state: 'callable',
  enabled: true,
  form_fields: [],
}

function renderWith(dialog: ReactElement) {
  renderWithProviders(dialog, {
    adapter: createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl }),
  })
}

describe('the import dialog', () => {
  it('pointing at the trigger fetches the chunk before the press', async () => {
    renderWith(<ImportConnectionDialog connection={pipedrive} />)
    expect(chunk.imports).toBe(0)
    await userEvent.hover(screen.getByRole('button', { name: 'Import connection' }))
    expect(chunk.imports).toBe(1)
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('loaded ahead, opens on the form with its first field focused', async () => {
    await act(() => importPart.load())
    renderWith(<ImportConnectionDialog connection={pipedrive} defaultOpen />)
    // In the dialog's first commit: no "Loading…" before the form.
    const dialog = screen.getByRole('dialog', { name: 'Import a Pipedrive connection' })
    expect(within(dialog).queryByRole('status')).toBeNull()
    expect(within(dialog).getByLabelText(/^Access token/)).toHaveFocus()
    expect(chunk.imports).toBe(1)
  })

  it('a chunk that fails says so with Try again, which loads the form', async () => {
    chunk.failures = 1
    const user = userEvent.setup()
    renderWith(<ImportConnectionDialog connection={pipedrive} defaultOpen />)
    const dialog = screen.getByRole('dialog', { name: 'Import a Pipedrive connection' })
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The settings could not be loaded.')
    expect(within(dialog).queryByLabelText(/^Access token/)).toBeNull()
    expect(chunk.imports).toBe(1)

    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    const field = await within(screen.getByRole('dialog')).findByLabelText(/^Access token/)
    expect(field).toHaveFocus()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(chunk.imports).toBe(2)
  })

  it('while the chunk is on its way, the frame is the dialog by name and description; Close returns focus', async () => {
    const arrive = holdChunk()
    const user = userEvent.setup()
    renderWith(<ImportConnectionDialog connection={pipedrive} />)
    const trigger = screen.getByRole('button', { name: 'Import connection' })
    await user.click(trigger)
    const dialog = screen.getByRole('dialog', { name: 'Import a Pipedrive connection' })
    expect(dialog).toHaveAccessibleDescription(
      'Use credentials you already have. They are sent once and not kept on this page.',
    )
    expect(within(dialog).getByRole('status')).toHaveTextContent('Loading settings…')
    expect(within(dialog).queryByLabelText(/^Access token/)).toBeNull()

    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(trigger).toHaveFocus()
    arrive()
  })

  it('the form replaces the frame under the same name and description', async () => {
    const arrive = holdChunk()
    renderWith(<ImportConnectionDialog connection={pipedrive} defaultOpen />)
    const frame = screen.getByRole('dialog', { name: 'Import a Pipedrive connection' })
    const description =
      'Use credentials you already have. They are sent once and not kept on this page.'
    expect(frame).toHaveAccessibleDescription(description)
    await act(async () => arrive())
    const field = await screen.findByLabelText(/^Access token/)
    const dialog = screen.getByRole('dialog', { name: 'Import a Pipedrive connection' })
    expect(dialog).toContainElement(field)
    expect(dialog).toHaveAccessibleDescription(description)
    expect(within(dialog).queryByRole('status')).toBeNull()
  })

  it('given only a reference, the frame is named after the connection once it is read, as the form is', async () => {
    const arrive = holdChunk()
    renderWith(
      <ImportConnectionDialog
        connectionRef={{ unifiedApi: 'crm', serviceId: 'pipedrive' }}
        defaultOpen
      />,
    )
    const frame = await screen.findByRole('dialog', { name: 'Import a Pipedrive connection' })
    expect(within(frame).getByRole('status')).toHaveTextContent('Loading settings…')
    await act(async () => arrive())
    const dialog = screen.getByRole('dialog', { name: 'Import a Pipedrive connection' })
    expect(await within(dialog).findByLabelText(/^Access token/)).toBeInTheDocument()
  })
})

describe('the delete confirmation', () => {
  it('pointing at the trigger fetches the chunk before the press', async () => {
    renderWith(<DeleteConnectionDialog connection={pipedrive} />)
    expect(chunk.imports).toBe(0)
    await userEvent.hover(screen.getByRole('button', { name: 'Delete connection' }))
    expect(chunk.imports).toBe(1)
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })

  it('loaded ahead, opens on the question with Cancel focused', async () => {
    await act(() => deletePart.load())
    renderWith(<DeleteConnectionDialog connection={pipedrive} defaultOpen />)
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Pipedrive?' })
    expect(within(dialog).queryByRole('status')).toBeNull()
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    expect(within(dialog).getByRole('button', { name: 'Delete Pipedrive' })).toBeInTheDocument()
  })

  it('a chunk that fails says so with Try again, which loads the question', async () => {
    chunk.failures = 1
    const user = userEvent.setup()
    renderWith(<DeleteConnectionDialog connection={pipedrive} defaultOpen />)
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Pipedrive?' })
    const alert = await within(dialog).findByRole('alert')
    // What failed is the question itself, not the connection's details.
    expect(alert).toHaveTextContent(
      /^The delete confirmation could not be loaded\. Part of the page couldn't be downloaded\./,
    )
    expect(within(dialog).queryByRole('button', { name: 'Delete Pipedrive' })).toBeNull()

    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    const confirm = await within(screen.getByRole('alertdialog')).findByRole('button', {
      name: 'Delete Pipedrive',
    })
    expect(confirm).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(chunk.imports).toBe(2)
  })

  it('a chunk that fails again after Try again offers to reload the page', async () => {
    chunk.failures = 2
    const user = userEvent.setup()
    renderWith(<DeleteConnectionDialog connection={pipedrive} defaultOpen />)
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Pipedrive?' })
    await user.click(await within(dialog).findByRole('button', { name: 'Try again' }))
    const alert = await within(dialog).findByRole('alert')
    await within(alert).findByRole('button', { name: 'Reload page' })
    expect(alert).toHaveTextContent(
      /^The delete confirmation could not be loaded\. Part of the page still couldn't be downloaded\. Reload the page/,
    )
    expect(chunk.imports).toBe(2)
  })

  it('while the chunk is on its way, the frame is the alert dialog by name; Cancel returns focus', async () => {
    const arrive = holdChunk()
    const user = userEvent.setup()
    renderWith(<DeleteConnectionDialog connection={pipedrive} />)
    const trigger = screen.getByRole('button', { name: 'Delete connection' })
    await user.click(trigger)
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Pipedrive?' })
    expect(within(dialog).getByRole('status')).toHaveTextContent('Loading Pipedrive…')
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(trigger).toHaveFocus()
    arrive()
  })

  it('says which dialog failed in the page language', async () => {
    chunk.failures = 1
    renderWith(
      <I18nProvider locale="de" messages={de}>
        <DeleteConnectionDialog connection={pipedrive} defaultOpen />
      </I18nProvider>,
    )
    const dialog = screen.getByRole('alertdialog', { name: 'Pipedrive löschen?' })
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent(/^Die Löschbestätigung konnte nicht geladen werden\. /)
    expect(within(alert).getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument()
  })

  it('asks in Arabic, the description too, in an ar render', async () => {
    await act(() => deletePart.load())
    renderWith(
      <I18nProvider locale="ar" messages={arabic}>
        <DeleteConnectionDialog connection={pipedrive} defaultOpen />
      </I18nProvider>,
    )
    const dialog = screen.getByRole('alertdialog', { name: /^حذف \u2068?Pipedrive\u2069?؟$/ })
    expect(dialog).toHaveAccessibleDescription(
      /^سيُحذف اتصال \u2068?Pipedrive\u2069? مع بيانات الاعتماد .+ مجددًا لاحقًا\.$/,
    )
  })
})
