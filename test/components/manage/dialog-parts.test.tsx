// @module-tag panel
/**
 * The panel's rarely opened dialogs as lazily loaded parts (components/manage/dialog-parts.ts):
 * importing credentials and deleting a connection. Pointing at a trigger fetches the chunk; loaded
 * ahead, the dialog opens on its content with focus where opening puts it (no "Loading…" first); a
 * chunk that cannot be fetched is said in the dialog with Try again, which fetches it afresh and
 * shows the content with focus placed as opening does.
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
import type { ImportDialogContentProps } from '../../../components/forms/ImportDialogContent'
import { lazyPart, type LazyPart } from '../../../components/lazy-part'
import type { DeleteDialogContentProps } from '../../../components/manage/DeleteDialogContent'
import { renderWithProviders } from '../../utils'

/** How many imports of the chunk fail before one succeeds (set per test), and how many ran. */
const chunk = vi.hoisted(() => ({ failures: 0, imports: 0 }))
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
  return import('../../../components/manage/dialog-contents')
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
    expect(alert).toHaveTextContent('The details of Pipedrive could not be loaded.')
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
})
