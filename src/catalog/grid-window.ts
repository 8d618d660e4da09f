/**
 * Catalog windowing: which cards are on or near the screen. The grid renders those in full and the
 * rest "lite" (the same button and name, no logo or badge), so a 10,000-card catalog costs about as
 * many elements as a 100-card one. Positions are measured, not computed from props: cards are grid
 * items in DOM order, so their top edges only grow and two binary searches find the near ones.
 *
 * A window is `[start, end)`, indices into all of the grid's items (every list, in order). It moves
 * with hysteresis: kept while it covers one screen around the visible band and stays within three,
 * else replaced by two screens around it, so scrolling re-renders the grid about once per screen.
 */

export type GridWindow = readonly [start: number, end: number]

/** Everything in full: no layout to measure (jsdom, a hidden grid). */
export const WHOLE_GRID: GridWindow = [0, Infinity]

const ITEM_SELECTOR = '[data-ik-slot="grid-item"]'

/**
 * The vertical band of the screen the grid can be seen through, in client coordinates: the
 * viewport cut by every clipping (scrolling) ancestor. Null when nothing is laid out.
 */
export function visibleBand(root: Element): { top: number; bottom: number } | null {
  const { width, height } = root.getBoundingClientRect()
  if (!width && !height) {
    return null
  }
  const view = root.ownerDocument.defaultView!
  let top = 0
  let bottom = view.innerHeight
  for (let element = root.parentElement; element?.parentElement; element = element.parentElement) {
    // The root element (<html>) is the viewport itself; <body> may pass its overflow on to it.
    if (
      element !== root.ownerDocument.body &&
      /auto|scroll|hidden|clip/.test(view.getComputedStyle(element).overflowY)
    ) {
      const rect = element.getBoundingClientRect()
      top = Math.max(top, rect.top)
      bottom = Math.min(bottom, rect.bottom)
    }
  }
  return { top, bottom: Math.max(top, bottom) }
}

/** The items (in DOM order, top edges not decreasing) that reach into `[top, bottom]`. */
export function itemsWithin(items: ArrayLike<Element>, top: number, bottom: number): GridWindow {
  const first = (below: (rect: DOMRect) => boolean) => {
    let low = 0
    let high = items.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (below(items[middle]!.getBoundingClientRect())) {
        high = middle
      } else {
        low = middle + 1
      }
    }
    return low
  }
  return [first((rect) => rect.bottom >= top), first((rect) => rect.top > bottom)]
}

/** The window of `root`'s grid items for now: `current` when it still fits (see above). */
export function nextGridWindow(root: Element, current: GridWindow): GridWindow {
  const band = visibleBand(root)
  if (!band) {
    return WHOLE_GRID
  }
  const items = root.querySelectorAll(ITEM_SELECTOR)
  const screen = band.bottom - band.top
  const around = (screens: number) =>
    itemsWithin(items, band.top - screens * screen, band.bottom + screens * screen)
  const [needStart, needEnd] = around(1)
  const [keepStart, keepEnd] = around(3)
  if (
    current[0] <= needStart &&
    current[1] >= needEnd &&
    current[0] >= keepStart &&
    current[1] <= keepEnd
  ) {
    return current
  }
  const next = around(2)
  return next[0] === current[0] && next[1] === current[1] ? current : next
}
