// @module-tag page
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConnectorGrid } from 'integrations-kit'
import { I18nProvider, type Messages } from '../../../components/i18n'
import { en, type TranslateFn } from '../../../src/i18n/en'
import { formatMessage, type Message } from '../../../src/i18n/format'
import { unifiedApiLabel } from '../../../src/i18n/labels'
import { generateConnectors } from 'integrations-kit/testing'

const COLUMNS = 4
const ROW = 150
let scrollY = 0

/**
 * jsdom has no layout: items in rows of four, 150px each, the page scrolled by `scrollY` (the
 * viewport is jsdom's 768px). Everything else (the grid, its lists) is one tall box.
 */
function layOut() {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    const item = this.closest('li')
    const index = item
      ? Array.from(document.querySelectorAll('[data-ik-slot="grid-item"]')).indexOf(item)
      : -1
    const top = index < 0 ? -scrollY : Math.floor(index / COLUMNS) * ROW - scrollY
    const height = index < 0 ? 100_000 : ROW - 10
    return {
      top,
      bottom: top + height,
      height,
      width: 200,
      left: 0,
      right: 200,
      x: 0,
      y: top,
      toJSON: () => ({}),
    }
  })
}

const connections = generateConnectors(240, 7)

const english: TranslateFn = (key, values) => {
  const template = (en as Record<string, Message | undefined>)[key]
  return template === undefined ? key : formatMessage(template, values, 'en')
}

function renderGrid() {
  render(
    <I18nProvider locale="en">
      <ConnectorGrid
        groups={[
          { id: 'connected', label: 'Connected', connections: connections.slice(0, 100) },
          { id: 'available', label: 'Available', connections: connections.slice(100) },
        ]}
      />
    </I18nProvider>,
  )
  return screen.getAllByRole('button')
}

/** A lite card's button holds its name as one text node; a full one, the logo, title, badge…  */
const isLite = (button: HTMLElement) => button.childElementCount === 0

const buttonNames = () =>
  screen.getAllByRole('listitem').map((item) => within(item).getByRole('button').textContent)

afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
  scrollY = 0
})

describe('windowing the grid', () => {
  it('renders every card in full without layout', () => {
    const cards = renderGrid()
    expect(cards).toHaveLength(240)
    expect(cards.filter(isLite)).toEqual([])
  })

  it('renders far cards lite (list item and button), with the same name and description', () => {
    const fullNames = (renderGrid(), buttonNames())
    const fullNamesByRole = screen.getAllByRole('button').map((button) => button.textContent)
    document.body.replaceChildren()

    layOut()
    const cards = renderGrid()
    expect(cards).toHaveLength(240)
    // The rows starting on the screen (768px) or two more screens below it (to 2,304px): 16.
    expect(cards.map(isLite).indexOf(true)).toBe(16 * COLUMNS)
    expect(cards.slice(16 * COLUMNS).every(isLite)).toBe(true)
    // Exactly the names the full cards have, and the tag line still describes the button (as
    // aria-description, which jsdom's accessible-description computation does not read).
    expect(buttonNames()).toEqual(fullNames)
    expect(fullNamesByRole).toEqual(fullNames)
    const far = cards[239]!
    expect(far).toHaveAccessibleName(fullNames[239]!)
    expect(far).toHaveAttribute('aria-description', connections[239]!.tag_line!.trim())
    expect(far).toHaveAttribute('aria-haspopup', 'dialog')
    // Nothing but the button inside its list item: no card tile, no tag line element.
    expect(far.parentElement).toBe(far.closest('li'))
    expect(far.closest('li')!.querySelectorAll('*')).toHaveLength(1)
    expect(far).toHaveAttribute('data-ik-lite')
  })

  it('names far cards in the messages of the moment (a new translator, new labels)', () => {
    layOut()
    const far = connections[239]!
    const grid = (messages?: Partial<Messages>) => (
      <I18nProvider locale="en" messages={messages}>
        <ConnectorGrid connections={connections} aria-label="Integrations" />
      </I18nProvider>
    )
    const { rerender } = render(grid())
    const button = () => screen.getAllByRole('button')[239]!
    expect(isLite(button())).toBe(true)
    const before = button().textContent!
    rerender(grid({ [`api.${far.unified_api}`]: 'Renamed category' } as Partial<Messages>))
    expect(isLite(button())).toBe(true)
    expect(button()).toHaveAccessibleName(
      before.replace(` ${unifiedApiLabel(english, far.unified_api)} `, ' Renamed category '),
    )
    expect(button().textContent).toContain(' Renamed category ')
  })

  it('opens a lite card with its own connection', () => {
    layOut()
    const onOpen = vi.fn()
    render(
      <I18nProvider locale="en">
        <ConnectorGrid connections={connections} onOpen={onOpen} aria-label="Integrations" />
      </I18nProvider>,
    )
    const far = screen.getAllByRole('button')[230]!
    expect(isLite(far)).toBe(true)
    fireEvent.click(far)
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(connections[230])
  })

  it('keeps far cards lite through a re-render, with the tab stop moved to the focused card', () => {
    layOut()
    const { rerender } = render(
      <I18nProvider locale="en">
        <ConnectorGrid connections={connections} aria-label="Integrations" />
      </I18nProvider>,
    )
    const before = screen.getAllByRole('button')
    act(() => before[1]!.focus())
    rerender(
      <I18nProvider locale="en">
        <ConnectorGrid connections={connections.slice(0, 239)} aria-label="Integrations" />
      </I18nProvider>,
    )
    const after = screen.getAllByRole('button')
    expect(after).toHaveLength(239)
    expect(after[0]).toHaveAttribute('tabindex', '-1')
    expect(after[1]).toHaveAttribute('tabindex', '0')
    expect(isLite(after[200]!)).toBe(true)
    expect(after[200]).toHaveAccessibleName(before[200]!.textContent!)
  })

  it('turns cards full as the page scrolls near them, and far ones lite again', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] })
    layOut()
    const cards = renderGrid()
    const target = cards[200]!
    expect(isLite(target)).toBe(true)
    // Row 50 is at 7,500px: scroll it onto the screen.
    scrollY = 50 * ROW - 300
    fireEvent.scroll(window)
    act(() => vi.advanceTimersToNextFrame())
    const buttons = screen.getAllByRole('button')
    expect(buttons).toHaveLength(240)
    expect(isLite(buttons[200]!)).toBe(false)
    expect(buttons[200]).toHaveAccessibleName(target.textContent!)
    expect(isLite(buttons[0]!)).toBe(true)
  })

  it('turns a far card full when the keyboard focuses it (End), and its full button has the focus', () => {
    layOut()
    const cards = renderGrid()
    const last = cards[239]!
    act(() => cards[0]!.focus())
    expect(isLite(last)).toBe(true)
    // The browser scrolls a focused element into view; jsdom does not, so the test does.
    vi.spyOn(HTMLElement.prototype, 'focus').mockImplementationOnce(function (this: HTMLElement) {
      scrollY = 59 * ROW - 300
      HTMLElement.prototype.focus.call(this)
    })
    fireEvent.keyDown(cards[0]!, { key: 'End' })
    // A lite card is only its button: turning full, the card gets a new one, which takes the focus.
    const full = screen.getAllByRole('button').at(-1)!
    expect(full).toHaveFocus()
    expect(isLite(full)).toBe(false)
    expect(full).toHaveAccessibleName(last.textContent!)
    expect(full).toHaveAttribute('tabindex', '0')
    expect(document.querySelectorAll('[data-ik-slot="card-button"][tabindex="0"]')).toHaveLength(1)
  })
})
