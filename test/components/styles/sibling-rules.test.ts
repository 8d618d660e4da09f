/**
 * Keystrokes stay cheap at 1,000 connectors: a search removes grid items from their list, and
 * Chromium restyles the whole list (every card, ~28 ms at 1,000 and over a second at 10,000) when
 * an item leaves a parent whose children a sibling rule (`a + b`, `a ~ b`) was checked against.
 * That happens when the part right of the combinator can match any element (`… + *`) or a grid
 * item: the browser then checks every list item's siblings and marks the list. So the element on
 * the right of a sibling combinator is named by a type or a slot value, and is never a grid item.
 *
 * Jsdom has no style engine to time; the rule is read with lightningcss, as specificity.test.ts.
 */
import { resolve } from 'node:path'
import { bundle, transform, type Selector, type SelectorComponent } from 'lightningcss'
import { describe, expect, it } from 'vitest'

/** The components of each compound that follows a sibling combinator, nested selectors included. */
function siblingSubjects(selector: Selector): SelectorComponent[][] {
  const found: SelectorComponent[][] = []
  let current: SelectorComponent[] | null = null
  for (const component of selector) {
    if (component.type === 'combinator') {
      current =
        component.value === 'next-sibling' || component.value === 'later-sibling' ? [] : null
      if (current) {
        found.push(current)
      }
      continue
    }
    current?.push(component)
    if (
      component.type === 'pseudo-class' &&
      (component.kind === 'where' ||
        component.kind === 'is' ||
        component.kind === 'not' ||
        component.kind === 'has')
    ) {
      found.push(...component.selectors.flatMap(siblingSubjects))
    }
  }
  return found
}

/** Whether a compound names an element that is not a grid item (`li`, `[data-ik-slot='grid-item']`). */
function namesOtherThanGridItem(compound: SelectorComponent[]): boolean {
  return compound.some(
    (component) =>
      (component.type === 'type' && component.name !== 'li') ||
      (component.type === 'attribute' &&
        component.operation?.operator === 'equal' &&
        component.operation.value !== 'grid-item'),
  )
}

function offending(selectors: Selector[]): string[] {
  return selectors
    .filter((selector) => !siblingSubjects(selector).every(namesOtherThanGridItem))
    .map((selector) => JSON.stringify(selector))
}

function selectorsOf(code: string): Selector[] {
  const found: Selector[] = []
  transform({
    filename: 'probe.css',
    code: new TextEncoder().encode(code),
    visitor: {
      Rule: {
        style(rule) {
          found.push(...rule.value.selectors)
          return undefined
        },
      },
    },
  })
  return found
}

describe('the stylesheet', () => {
  it('has no sibling rule that could make removing a grid item restyle the whole list', () => {
    const { code } = bundle({
      filename: resolve(import.meta.dirname, '../../../components/styles/index.css'),
    })
    const selectors = selectorsOf(new TextDecoder().decode(code))
    expect(selectors.length).toBeGreaterThan(150)
    expect(offending(selectors)).toEqual([])
  })
})

describe('the sibling rule check', () => {
  it.each([
    ":where([data-ik-slot='resource']) + *",
    ":where([data-ik-slot='resource']) + [data-ik-slot]",
    "[data-ik-slot='card'] ~ [data-ik-slot='grid-item']",
    ':where(li + li)',
    ":where([data-ik-styled='true']) :where(:is(a) + :where(*))",
  ])('flags %s', (selector) => {
    expect(offending(selectorsOf(`${selector} { color: red }`))).toHaveLength(1)
  })

  it.each([
    "[data-ik-slot='counts'] > :where(span + span)::before",
    ":where([data-ik-slot='resource'], [data-ik-slot='mapping']):not(:first-child)",
    "[data-ik-slot='a'] + [data-ik-slot='b']",
  ])('allows %s', (selector) => {
    expect(offending(selectorsOf(`${selector} { color: red }`))).toEqual([])
  })
})
