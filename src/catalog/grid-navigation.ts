/**
 * Arrow-key movement in a responsive card grid. Columns are not known from props (the CSS grid
 * auto-fills), so they are measured: the cards of a list that share the first card's top edge make
 * one row. Lists follow each other (Connected, then Available); Up/Down cross from one to the next.
 */

// The focusable part of a card (the card itself is a plain container).
const CARD_SELECTOR = '[data-ik-slot="card-button"]'
const LIST_SELECTOR = '[data-ik-slot="grid-list"]'
const ITEM_SELECTOR = '[data-ik-slot="grid-item"]'

/** Where a card's row starts: its list item's top (a lite card's button has no tile around it). */
const rowTop = (card: HTMLElement) =>
  (card.closest(ITEM_SELECTOR) ?? card).getBoundingClientRect().top

function cardsOf(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(CARD_SELECTOR))
}

/** How many cards sit in the first row of `cards` (1 when nothing is laid out, e.g. in tests without CSS). */
function columnCount(cards: readonly HTMLElement[]): number {
  const first = cards[0]
  if (!first) {
    return 1
  }
  const top = rowTop(first)
  let count = 1
  while (count < cards.length && Math.abs(rowTop(cards[count]!) - top) < 2) {
    count++
  }
  return count
}

function verticalTarget(
  root: HTMLElement,
  current: HTMLElement,
  direction: 1 | -1,
): HTMLElement | undefined {
  const lists = Array.from(root.querySelectorAll<HTMLElement>(LIST_SELECTOR))
  const list = current.closest<HTMLElement>(LIST_SELECTOR)
  const listIndex = list ? lists.indexOf(list) : -1
  const cards = list ? cardsOf(list) : cardsOf(root)
  const index = cards.indexOf(current)
  const columns = columnCount(cards)
  const column = index % columns
  const target = index + direction * columns
  if (target >= 0 && target < cards.length) {
    return cards[target]
  }
  if (direction === 1 && Math.floor(index / columns) < Math.floor((cards.length - 1) / columns)) {
    // A partial last row below: go to its last card rather than skipping it.
    return cards[cards.length - 1]
  }
  const neighbour = listIndex < 0 ? undefined : lists[listIndex + direction]
  if (!neighbour) {
    return undefined
  }
  const neighbourCards = cardsOf(neighbour)
  const neighbourColumns = columnCount(neighbourCards)
  if (direction === 1) {
    return neighbourCards[Math.min(column, neighbourCards.length - 1)]
  }
  const lastRowStart = Math.floor((neighbourCards.length - 1) / neighbourColumns) * neighbourColumns
  return neighbourCards[Math.min(lastRowStart + column, neighbourCards.length - 1)]
}

/**
 * The card a key moves to from `current`, or undefined when the key is not a grid key (or there is
 * nowhere to go). Left/Right are mirrored in right-to-left layouts.
 */
export function gridKeyTarget(
  root: HTMLElement,
  current: HTMLElement,
  key: string,
  direction: 'ltr' | 'rtl',
): HTMLElement | undefined {
  const cards = cardsOf(root)
  const index = cards.indexOf(current)
  if (index < 0) {
    return undefined
  }
  const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight'
  const backward = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft'
  switch (key) {
    case forward:
      return cards[index + 1]
    case backward:
      return cards[index - 1]
    case 'ArrowDown':
      return verticalTarget(root, current, 1)
    case 'ArrowUp':
      return verticalTarget(root, current, -1)
    case 'Home':
      return cards[0]
    case 'End':
      return cards[cards.length - 1]
    default:
      return undefined
  }
}
