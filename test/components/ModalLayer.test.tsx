import * as Dialog from '@radix-ui/react-dialog'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState, type ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { ModalLayer } from '../../components/ModalLayer'

/** A dialog as ours are built: Radix for semantics (modal={false}), ModalLayer for the rest. */
function Layer({ name, alert, children }: { name: string; alert?: boolean; children?: ReactNode }) {
  const [open, setOpen] = useState(false)
  return (
    <Dialog.Root open={open} onOpenChange={setOpen} modal={false}>
      <Dialog.Trigger>Open {name}</Dialog.Trigger>
      <Dialog.Portal>
        <ModalLayer
          overlay={`${name}-overlay`}
          onOverlayPress={alert ? undefined : () => setOpen(false)}
        >
          <Dialog.Content aria-describedby={undefined}>
            <Dialog.Title>{name}</Dialog.Title>
            <button type="button">First in {name}</button>
            {children}
            <Dialog.Close>Close {name}</Dialog.Close>
          </Dialog.Content>
        </ModalLayer>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

function Page({ alert }: { alert?: boolean }) {
  return (
    <main>
      <a href="#behind">Link behind</a>
      <Layer name="Panel">
        <Layer name="Confirm" alert={alert} />
      </Layer>
    </main>
  )
}

const overlayOf = (name: string) =>
  document.querySelector<HTMLElement>(`[data-ik-slot="${name}-overlay"]`)!
const html = document.documentElement

afterEach(() => {
  html.removeAttribute('style')
})

describe('ModalLayer', () => {
  it('hides the page from assistive tech while open and shows it again after', async () => {
    const user = userEvent.setup()
    render(<Page />)

    await user.click(screen.getByRole('button', { name: 'Open Panel' }))

    expect(screen.getByRole('dialog', { name: 'Panel' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Link behind' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Open Panel' })).not.toBeInTheDocument()

    await user.keyboard('{Escape}')

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Link behind' })).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Open Panel' })).toHaveFocus())
  })

  it('keeps Tab inside the dialog, wrapping at both ends', async () => {
    const user = userEvent.setup()
    render(<Page />)
    await user.click(screen.getByRole('button', { name: 'Open Panel' }))
    const dialog = screen.getByRole('dialog', { name: 'Panel' })
    const first = within(dialog).getByRole('button', { name: 'First in Panel' })
    const last = within(dialog).getByRole('button', { name: 'Close Panel' })
    expect(first).toHaveFocus()

    await user.tab({ shift: true })
    expect(last).toHaveFocus()
    await user.tab()
    expect(first).toHaveFocus()
    await user.tab()
    await user.tab()
    expect(last).toHaveFocus()
    await user.tab()
    expect(first).toHaveFocus()
  })

  it('takes focus back when something moves it outside', async () => {
    const user = userEvent.setup()
    render(<Page />)
    await user.click(screen.getByRole('button', { name: 'Open Panel' }))
    const dialog = screen.getByRole('dialog', { name: 'Panel' })
    const behind = screen.getByRole('link', { name: 'Link behind', hidden: true })

    act(() => behind.focus())

    expect(within(dialog).getByRole('button', { name: 'First in Panel' })).toHaveFocus()
  })

  it('closes on a press on its overlay and returns focus to the trigger', async () => {
    const user = userEvent.setup()
    render(<Page />)
    await user.click(screen.getByRole('button', { name: 'Open Panel' }))

    await user.click(overlayOf('Panel'))

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Open Panel' })).toHaveFocus())
  })

  it('without onOverlayPress (an alert dialog), ignores a press on its overlay', async () => {
    const user = userEvent.setup()
    render(<Page alert />)
    await user.click(screen.getByRole('button', { name: 'Open Panel' }))
    await user.click(screen.getByRole('button', { name: 'Open Confirm' }))

    await user.click(overlayOf('Confirm'))

    expect(screen.getByRole('dialog', { name: 'Confirm' })).toBeInTheDocument()
  })

  describe('nested', () => {
    async function openBoth() {
      const user = userEvent.setup()
      render(<Page />)
      await user.click(screen.getByRole('button', { name: 'Open Panel' }))
      await user.click(screen.getByRole('button', { name: 'Open Confirm' }))
      expect(screen.getByRole('dialog', { name: 'Confirm' })).toBeInTheDocument()
      return user
    }

    it('Escape closes only the topmost layer, then the next', async () => {
      const user = await openBoth()

      await user.keyboard('{Escape}')

      expect(screen.queryByRole('dialog', { name: 'Confirm' })).not.toBeInTheDocument()
      expect(screen.getByRole('dialog', { name: 'Panel' })).toBeInTheDocument()
      await waitFor(() =>
        expect(screen.getByRole('button', { name: 'Open Confirm' })).toHaveFocus(),
      )

      await user.keyboard('{Escape}')
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    })

    it('a press on the top overlay closes only the top layer; one on a lower overlay does nothing', async () => {
      const user = await openBoth()

      // The lower overlay is covered on screen; pressed anyway, it must not close anything.
      await user.pointer({ keys: '[MouseLeft]', target: overlayOf('Panel') })
      expect(screen.getByRole('dialog', { name: 'Confirm' })).toBeInTheDocument()

      await user.click(overlayOf('Confirm'))

      expect(screen.queryByRole('dialog', { name: 'Confirm' })).not.toBeInTheDocument()
      expect(screen.getByRole('dialog', { name: 'Panel' })).toBeInTheDocument()
    })

    it('hides the lower layer from assistive tech while the top one is open', async () => {
      const user = await openBoth()
      expect(screen.queryByRole('dialog', { name: 'Panel' })).not.toBeInTheDocument()

      await user.click(screen.getByRole('button', { name: 'Close Confirm' }))

      expect(screen.getByRole('dialog', { name: 'Panel' })).toBeInTheDocument()
      expect(screen.queryByRole('link', { name: 'Link behind' })).not.toBeInTheDocument()
    })
  })

  describe('scroll lock', () => {
    it('locks <html> only, while open, and restores its own inline style exactly', async () => {
      html.style.overflow = 'scroll'
      html.style.scrollbarGutter = 'auto'
      const user = userEvent.setup()
      render(<Page />)

      await user.click(screen.getByRole('button', { name: 'Open Panel' }))

      expect(html.style.overflow).toBe('hidden')
      // Nothing on <body>: a style there restyles every element of the page (issue 11).
      expect(document.body.getAttribute('style')).toBeNull()
      expect(document.body.attributes).toHaveLength(0)

      await user.keyboard('{Escape}')

      expect(html.style.overflow).toBe('scroll')
      expect(html.style.scrollbarGutter).toBe('auto')
    })

    it('is counted across nested layers: closing the top one keeps the page locked', async () => {
      const user = userEvent.setup()
      render(<Page />)
      await user.click(screen.getByRole('button', { name: 'Open Panel' }))
      await user.click(screen.getByRole('button', { name: 'Open Confirm' }))

      await user.keyboard('{Escape}')

      expect(screen.getByRole('dialog', { name: 'Panel' })).toBeInTheDocument()
      expect(html.style.overflow).toBe('hidden')

      await user.keyboard('{Escape}')

      expect(html.style.overflow).toBe('')
      expect(html.getAttribute('style')).toBe('')
    })

    /**
     * The page's width as the layer reads it, and whether a dialog was already in the DOM at each
     * read: after the layer's commit, the read would force a layout of the whole page with it.
     */
    function measuredPage(clientWidth: number) {
      const readsWithDialog: boolean[] = []
      Object.defineProperty(html, 'clientWidth', {
        configurable: true,
        get: () => {
          readsWithDialog.push(document.querySelector('[role="dialog"]') !== null)
          return clientWidth
        },
      })
      return readsWithDialog
    }

    afterEach(() => {
      delete (html as { clientWidth?: number }).clientWidth
    })

    it('keeps a classic scrollbar’s room, measured before the layer is in the page', async () => {
      const readsWithDialog = measuredPage(window.innerWidth - 15)
      const user = userEvent.setup()
      render(<Page />)

      await user.click(screen.getByRole('button', { name: 'Open Panel' }))

      expect(html.style.scrollbarGutter).toBe('stable')
      expect(readsWithDialog).not.toHaveLength(0)
      expect(readsWithDialog).not.toContain(true)
    })

    it('adds no gutter to a page without a scrollbar', async () => {
      measuredPage(window.innerWidth)
      const user = userEvent.setup()
      render(<Page />)

      await user.click(screen.getByRole('button', { name: 'Open Panel' }))

      expect(html.style.overflow).toBe('hidden')
      expect(html.style.scrollbarGutter).toBe('')
    })
  })
})
