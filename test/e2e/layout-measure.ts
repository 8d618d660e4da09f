/**
 * Box measurements for the hostile-data e2e (hostile-data.e2e.ts), run in the page: what overflows
 * its container, which cut text has no full text, which inputs are squeezed, and in which visual
 * order a sentence around a connector name is drawn. Each returns readable problems (empty = fine),
 * so a failure says which element and by how much.
 */
import type { Locator, Page } from 'playwright-core'

/** Sub-pixel rounding: boxes may differ by less than this without being "outside". */
const EPSILON = 1

/**
 * `scope` neither scrolls sideways (scrollWidth ≤ clientWidth) nor leaves the viewport, and no
 * visible element inside it sticks out of it sideways.
 */
export function horizontalOverflow(scope: Locator, label: string): Promise<string[]> {
  return scope.evaluate(
    (element, { label, epsilon }) => {
      const problems: string[] = []
      if (element.scrollWidth > element.clientWidth + epsilon) {
        problems.push(`${label} scrolls sideways: ${element.scrollWidth} > ${element.clientWidth}`)
      }
      const box = element.getBoundingClientRect()
      const viewport = document.documentElement.clientWidth
      if (box.left < -epsilon || box.right > viewport + epsilon) {
        problems.push(`${label} leaves the viewport: ${box.left}…${box.right} of ${viewport}`)
      }
      /** Inside a box that clips or scrolls sideways, which is measured itself. */
      const clippedBelow = (child: Element) => {
        for (let up = child.parentElement; up && up !== element; up = up.parentElement) {
          if (getComputedStyle(up).overflowX !== 'visible') {
            return true
          }
        }
        return false
      }
      for (const child of element.querySelectorAll<HTMLElement>('*')) {
        const rect = child.getBoundingClientRect()
        // Visually hidden text (1px, clipped) and empty boxes are not drawn.
        if (rect.width <= 1 || rect.height <= 1 || clippedBelow(child)) {
          continue
        }
        if (rect.left < box.left - epsilon || rect.right > box.right + epsilon) {
          const slot = child.dataset.ikSlot ?? child.tagName.toLowerCase()
          problems.push(
            `${label}: ${slot} "${child.textContent?.slice(0, 40)}" sticks out (${Math.round(rect.left)}…${Math.round(rect.right)} of ${Math.round(box.left)}…${Math.round(box.right)})`,
          )
        }
      }
      return problems
    },
    { label, epsilon: EPSILON },
  )
}

/** Every card (and its badge, title, category, description) stays inside its card. */
export function cardOverflow(page: Page): Promise<string[]> {
  return page.locator('[data-ik-slot="card"]').evaluateAll(
    (cards, epsilon) =>
      cards.flatMap((card) => {
        const box = card.getBoundingClientRect()
        const name = card.querySelector('[data-ik-slot="card-title"]')?.textContent ?? '?'
        return [...card.querySelectorAll<HTMLElement>('[data-ik-slot]')].flatMap((part) => {
          const rect = part.getBoundingClientRect()
          const inside =
            rect.left >= box.left - epsilon &&
            rect.right <= box.right + epsilon &&
            rect.top >= box.top - epsilon &&
            rect.bottom <= box.bottom + epsilon
          return inside ? [] : [`${part.dataset.ikSlot} leaves the card of "${name.slice(0, 40)}"`]
        })
      }),
    EPSILON,
  )
}

/** A cut text: its box clips it (overflow hidden/clip) and its content is larger than the box. */
export interface CutText {
  slot: string
  text: string
  title: string | null
}

/** Every element in `scope` whose text is cut by its own box (ellipsis, line clamp, clipping). */
export function cutTexts(scope: Locator): Promise<CutText[]> {
  return scope.evaluate((root, epsilon) => {
    const found: CutText[] = []
    for (const element of root.querySelectorAll<HTMLElement>('*')) {
      // Form controls show their value their own way (a select lists every option when opened).
      if (element.matches('input, select, textarea, option, optgroup')) {
        continue
      }
      const style = getComputedStyle(element)
      const clips = ['hidden', 'clip'].includes(style.overflowX) || style.overflowY === 'hidden'
      const rect = element.getBoundingClientRect()
      if (!clips || rect.width <= 1 || rect.height <= 1 || !element.textContent?.trim()) {
        continue
      }
      if (
        element.scrollWidth > element.clientWidth + epsilon ||
        element.scrollHeight > element.clientHeight + epsilon
      ) {
        found.push({
          slot: element.dataset.ikSlot ?? element.tagName.toLowerCase(),
          text: element.textContent,
          title: element.getAttribute('title'),
        })
      }
    }
    return found
  }, EPSILON)
}

/** Text inputs, selects and text areas in `scope` narrower than `minimum` CSS pixels. */
export function squeezedInputs(scope: Locator, minimum: number): Promise<string[]> {
  return scope.evaluate(
    (root, minimumWidth) =>
      [
        ...root.querySelectorAll<HTMLElement>(
          'input:not([type="checkbox"], [type="radio"], [type="hidden"]), select, textarea',
        ),
      ].flatMap((control) => {
        const { width, height } = control.getBoundingClientRect()
        const label = control.getAttribute('aria-label') ?? control.id
        // Not rendered (a collapsed section) or visually hidden: nothing to type into here.
        if (width <= 1 || height <= 1) {
          return []
        }
        return width < minimumWidth ? [`${label}: ${Math.round(width)}px < ${minimumWidth}px`] : []
      }),
    minimum,
  )
}

/** The horizontal extent of one piece of a sentence, as drawn. */
export interface Extent {
  left: number
  right: number
}

/**
 * Where the first occurrence of each of `pieces` is drawn inside `element` (one line assumed), and
 * whether each piece's own letters run in `letterOrder` direction ('ltr' for Latin words): a
 * reordered sentence shows in the extents, a leaked override in the letters.
 */
export function drawnPieces(
  element: Locator,
  pieces: string[],
): Promise<Array<Extent & { firstLetterLeft: number; lastLetterLeft: number }>> {
  return element.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text)
    }
    const text = nodes.map((node) => node.data).join('')
    /** The text node and offset of a character index in the element's text. */
    const locate = (index: number): [Text, number] => {
      let offset = index
      for (const node of nodes) {
        if (offset <= node.data.length) {
          return [node, offset]
        }
        offset -= node.data.length
      }
      throw new Error(`index ${index} is past the text`)
    }
    const rectsOf = (start: number, end: number) => {
      const range = document.createRange()
      range.setStart(...locate(start))
      range.setEnd(...locate(end))
      return [...range.getClientRects()].filter((rect) => rect.width > 0)
    }
    return wanted.map((piece) => {
      const start = text.indexOf(piece)
      if (start < 0) {
        throw new Error(`"${piece}" is not in "${text}"`)
      }
      const rects = rectsOf(start, start + piece.length)
      const first = rectsOf(start, start + 1)[0]
      const last = rectsOf(start + piece.length - 1, start + piece.length)[0]
      return {
        left: Math.min(...rects.map((rect) => rect.left)),
        right: Math.max(...rects.map((rect) => rect.right)),
        firstLetterLeft: first?.left ?? Number.NaN,
        lastLetterLeft: last?.left ?? Number.NaN,
      }
    })
  }, pieces)
}
