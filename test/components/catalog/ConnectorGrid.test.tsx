// @module-tag page
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ConnectorGrid, type Connection } from 'integrations-kit'
import { I18nProvider } from '../../../components/i18n'
import { generateConnectors } from 'integrations-kit/testing'

const COLUMNS = 3

/** jsdom has no layout: place each list's cards in rows of three, 100px apart. */
function layOutInColumns() {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    const item = this.closest('li')
    const index = item ? Array.from(item.parentElement!.children).indexOf(item) : 0
    const top = Math.floor(index / COLUMNS) * 100
    return {
      top,
      bottom: top + 90,
      left: 0,
      right: 0,
      width: 0,
      height: 90,
      x: 0,
      y: top,
      toJSON: () => ({}),
    }
  })
}

function names(connections: readonly Connection[]) {
  return connections.map((c) => c.name)
}

describe('given a grid of two groups', () => {
  const all = generateConnectors(12, 3)
  const connected = all.slice(0, 5)
  const available = all.slice(5)

  function renderGrid(onOpen = vi.fn(), dir: 'ltr' | 'rtl' = 'ltr') {
    layOutInColumns()
    render(
      <I18nProvider locale={dir === 'rtl' ? 'ar' : 'en'}>
        <ConnectorGrid
          groups={[
            { id: 'connected', label: 'Connected', connections: connected },
            { id: 'available', label: 'Available', connections: available },
          ]}
          onOpen={onOpen}
          data-testid="grid"
        />
      </I18nProvider>,
    )
    const cards = screen.getAllByRole('button')
    return { cards, onOpen, user: userEvent.setup() }
  }

  it('renders labelled lists of buttons with one tab stop', () => {
    const { cards } = renderGrid()
    const lists = screen.getAllByRole('list')
    expect(lists.map((list) => list.getAttribute('aria-labelledby') !== null)).toEqual([true, true])
    expect(within(lists[0]!).getAllByRole('listitem')).toHaveLength(5)
    expect(cards.filter((card) => card.tabIndex === 0)).toHaveLength(1)
    expect(cards[0]).toHaveAttribute('tabindex', '0')
    expect(screen.getByTestId('grid')).toHaveAttribute('data-ik-slot', 'grid')
    expect(names(connected)).toContain(
      cards[0]!.querySelector('[data-ik-slot="card-title"]')!.textContent,
    )
  })

  it('moves with arrows by the measured column count, across groups, and Home/End', async () => {
    const { cards, user } = renderGrid()
    await user.tab()
    expect(cards[0]).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(cards[1]).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(cards[4]).toHaveFocus()
    // Row 2 of "Connected" is partial (cards 3, 4): Down goes to the same column of "Available".
    await user.keyboard('{ArrowDown}')
    expect(cards[6]).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(cards[4]).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(cards[1]).toHaveFocus()
    await user.keyboard('{End}')
    expect(cards[11]).toHaveFocus()
    await user.keyboard('{Home}')
    expect(cards[0]).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(cards[0]).toHaveFocus()
    // The tab stop follows focus (roving tabindex).
    await user.keyboard('{ArrowRight}{ArrowRight}')
    expect(cards[2]).toHaveAttribute('tabindex', '0')
    expect(cards[0]).toHaveAttribute('tabindex', '-1')
  })

  it('mirrors Left/Right in right-to-left layouts', async () => {
    const { cards, user } = renderGrid(vi.fn(), 'rtl')
    await user.tab()
    await user.keyboard('{ArrowLeft}')
    expect(cards[1]).toHaveFocus()
  })

  it('opens a card with Enter, Space and click', async () => {
    const { cards, onOpen, user } = renderGrid()
    await user.tab()
    await user.keyboard('{Enter}')
    await user.keyboard(' ')
    await user.click(cards[3]!)
    expect(onOpen.mock.calls.map(([c]) => c.name)).toEqual([
      connected[0]!.name,
      connected[0]!.name,
      connected[3]!.name,
    ])
  })
})
