import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  WHOLE_GRID,
  itemsWithin,
  nextGridWindow,
  visibleBand,
} from '../../../src/catalog/grid-window'

const COLUMNS = 4
const ROW = 150
/** Where the grid starts on the page; the page is scrolled by `scrollY`. */
const GRID_TOP = 100
let scrollY = 0

function rect(top: number, height: number): DOMRect {
  return {
    top,
    bottom: top + height,
    height,
    width: 100,
    left: 0,
    right: 100,
    x: 0,
    y: top,
    toJSON: () => ({}),
  } as DOMRect
}

/** What jsdom answers for every element. */
const NO_LAYOUT = { ...rect(0, 0), width: 0, right: 0 } as DOMRect

/** A grid of `count` items, laid out in rows of four, 150px each (jsdom has no layout). */
function gridOf(count: number, container?: HTMLElement) {
  const root = document.createElement('div')
  root.dataset.ikSlot = 'grid'
  const list = document.createElement('ul')
  for (let index = 0; index < count; index++) {
    const item = document.createElement('li')
    item.dataset.ikSlot = 'grid-item'
    item.dataset.index = String(index)
    list.append(item)
  }
  root.append(list)
  ;(container ?? document.body).append(root)
  return root
}

beforeEach(() => {
  scrollY = 0
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    if (this.dataset.index !== undefined) {
      return rect(
        GRID_TOP - scrollY + Math.floor(Number(this.dataset.index) / COLUMNS) * ROW,
        ROW - 10,
      )
    }
    if (this.dataset.ikSlot === 'grid') {
      return rect(GRID_TOP - scrollY, 1000 * ROW)
    }
    if (this.dataset.scroller !== undefined) {
      return rect(200, 300)
    }
    return rect(0, 0)
  })
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(900)
})

afterEach(() => {
  vi.restoreAllMocks()
  document.body.replaceChildren()
})

describe('itemsWithin', () => {
  it('finds the items that reach into a band, by their edges', () => {
    const items = gridOf(40).querySelectorAll('li')
    // Rows: 100–240, 250–390, 400–540, …
    expect(itemsWithin(items, 0, 99)).toEqual([0, 0])
    expect(itemsWithin(items, 0, 100)).toEqual([0, 4])
    expect(itemsWithin(items, 245, 400)).toEqual([4, 12])
    expect(itemsWithin(items, 10_000, 20_000)).toEqual([40, 40])
    expect(itemsWithin([], 0, 100)).toEqual([0, 0])
  })
})

describe('visibleBand', () => {
  it('is the viewport, cut by a clipping ancestor, and null without layout', () => {
    expect(visibleBand(gridOf(4))).toEqual({ top: 0, bottom: 900 })
    const scroller = document.createElement('div')
    scroller.style.overflowY = 'auto'
    scroller.dataset.scroller = ''
    document.body.append(scroller)
    expect(visibleBand(gridOf(4, scroller))).toEqual({ top: 200, bottom: 500 })

    vi.mocked(HTMLElement.prototype.getBoundingClientRect).mockReturnValue(NO_LAYOUT)
    expect(visibleBand(gridOf(4))).toBeNull()
  })
})

describe('nextGridWindow', () => {
  it('is the whole grid without layout', () => {
    const root = gridOf(100)
    vi.mocked(HTMLElement.prototype.getBoundingClientRect).mockReturnValue(NO_LAYOUT)
    expect(nextGridWindow(root, [0, 40])).toBe(WHOLE_GRID)
  })

  it('covers two screens around the visible rows, and keeps its window while it fits', () => {
    const root = gridOf(1000)
    // Screen 0–900, two screens more below: rows starting up to 2,700 (18 rows, 72 items).
    const first = nextGridWindow(root, WHOLE_GRID)
    expect(first).toEqual([0, 72])
    expect(nextGridWindow(root, first)).toBe(first)
    // Less than a screen down: the window still covers a screen below, nothing re-renders.
    scrollY = 600
    expect(nextGridWindow(root, first)).toBe(first)
    // Further down: a new window, two screens above and below the visible band.
    scrollY = 3000
    const next = nextGridWindow(root, first)
    expect(next).toEqual([
      Math.floor((scrollY - 1800 - GRID_TOP) / ROW) * COLUMNS,
      (Math.floor((scrollY + 900 + 1800 - GRID_TOP) / ROW) + 1) * COLUMNS,
    ])
    // A window far too large (everything, from before layout) is narrowed down.
    expect(nextGridWindow(root, [0, 1000])).toEqual(next)
  })

  it('follows a host scroll container, not the window', () => {
    const scroller = document.createElement('div')
    scroller.style.overflowY = 'scroll'
    scroller.dataset.scroller = ''
    document.body.append(scroller)
    const root = gridOf(1000, scroller)
    // Band 200–500 (300px): rows starting up to 500 + 600 (7 rows, 28 items).
    expect(nextGridWindow(root, WHOLE_GRID)).toEqual([0, 28])
  })
})
