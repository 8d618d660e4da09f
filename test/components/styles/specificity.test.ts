/**
 * "A single class of yours always wins": a host's `.my-class` (0,1,0), loaded after our stylesheet,
 * must beat every rule of ours that matches the same element. So no selector of ours may weigh more
 * than one class/attribute/pseudo-class — type selectors included, since (0,1,1) beats (0,1,0).
 * Everything else goes inside `:where()`, which weighs nothing.
 *
 * Pseudo-elements are the one allowance: `[data-ik-slot='logo']::before` is (0,1,1), but a host
 * rule can only style that pseudo-element with a selector that names it too (`.my-class::before`,
 * also (0,1,1)), and then the later rule — the host's — wins. So the check is "at most (0,1,0)
 * before the pseudo-element".
 *
 * The stylesheet is read with lightningcss (the parser the build uses), @imports resolved, media
 * queries included.
 */
import { resolve } from 'node:path'
import { bundle, transform, type Selector, type SelectorComponent } from 'lightningcss'
import { describe, expect, it } from 'vitest'

type Specificity = [number, number, number]

const ZERO: Specificity = [0, 0, 0]

function add(a: Specificity, b: Specificity): Specificity {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
}

function compare(a: Specificity, b: Specificity): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
}

function maxOf(selectors: Selector[]): Specificity {
  return selectors
    .map((selector) => specificity(selector, true))
    .reduce((max, value) => (compare(value, max) > 0 ? value : max), ZERO)
}

function componentSpecificity(
  component: SelectorComponent,
  withPseudoElement: boolean,
): Specificity {
  switch (component.type) {
    case 'id':
      return [1, 0, 0]
    case 'class':
    case 'attribute':
      return [0, 1, 0]
    case 'type':
      return [0, 0, 1]
    case 'pseudo-element':
      return withPseudoElement ? [0, 0, 1] : ZERO
    case 'pseudo-class':
      if (component.kind === 'where') {
        return ZERO
      }
      if (component.kind === 'is' || component.kind === 'not' || component.kind === 'has') {
        return maxOf(component.selectors)
      }
      return [0, 1, 0]
    default:
      // Combinators, `*`, nesting: no weight.
      return ZERO
  }
}

/** CSS Selectors 4 specificity of one complex selector. */
function specificity(selector: Selector, withPseudoElement: boolean): Specificity {
  return selector.reduce<Specificity>(
    (total, component) => add(total, componentSpecificity(component, withPseudoElement)),
    ZERO,
  )
}

/** Every style-rule selector of a stylesheet, as text and parsed. */
function selectorsOf(filename: string): Array<{ text: string; selector: Selector }> {
  const found: Array<{ text: string; selector: Selector }> = []
  const { code } = bundle({
    filename,
    visitor: {
      Rule: {
        style(rule) {
          for (const selector of rule.value.selectors) {
            found.push({ text: JSON.stringify(selector), selector })
          }
          return undefined
        },
      },
    },
  })
  expect(code.length).toBeGreaterThan(0)
  return found
}

function pseudoElementCount(selector: Selector): number {
  return selector.filter((component) => component.type === 'pseudo-element').length
}

const stylesheet = resolve(import.meta.dirname, '../../../components/styles/index.css')

describe('the stylesheet', () => {
  const selectors = selectorsOf(stylesheet)

  it('has its selectors read (the check below is not vacuous)', () => {
    expect(selectors.length).toBeGreaterThan(150)
  })

  it('weighs at most one class/attribute/pseudo-class per selector, before a pseudo-element', () => {
    const tooHeavy = selectors
      .filter(({ selector }) => compare(specificity(selector, false), [0, 1, 0]) > 0)
      .map(({ text, selector }) => `${specificity(selector, false).join(',')} ${text}`)
    expect(tooHeavy).toEqual([])
  })

  it('has at most one pseudo-element per selector', () => {
    expect(selectors.filter(({ selector }) => pseudoElementCount(selector) > 1)).toEqual([])
  })
})

describe('the specificity check', () => {
  function heaviest(css: string): Specificity {
    const found: Specificity[] = []
    transform({
      filename: 'probe.css',
      code: new TextEncoder().encode(css),
      visitor: {
        Rule: {
          style(rule) {
            found.push(...rule.value.selectors.map((selector) => specificity(selector, false)))
            return undefined
          },
        },
      },
    })
    return found.reduce((max, value) => (compare(value, max) > 0 ? value : max), ZERO)
  }

  it.each([
    ["[data-ik-styled='true'] [data-ik-slot='card']", [0, 2, 0]],
    ["[data-ik-slot='card']:hover", [0, 2, 0]],
    ["[data-ik-slot='card'] svg", [0, 1, 1]],
    ["[data-ik-slot='card']:is(.a, #b)", [1, 1, 0]],
    [":where([data-ik-styled='true']) [data-ik-slot='card']:where(:hover)::before", [0, 1, 0]],
  ])('weighs %s as %j', (selector, expected) => {
    expect(heaviest(`${selector} { color: red }`)).toEqual(expected)
  })
})
