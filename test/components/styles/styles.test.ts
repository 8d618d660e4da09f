/**
 * Rules of the stylesheet that jsdom cannot lay out but can read: reduced motion beats every
 * animated part (the details panel's slide is more specific than a plain `:where(*)` rule), and
 * the search box hides the browser's own clear button for ours.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const stylesDir = resolve(import.meta.dirname, '../../../components/styles')
const css = readdirSync(stylesDir)
  .filter((file) => file.endsWith('.css'))
  .map((file) => readFileSync(join(stylesDir, file), 'utf8'))
  .join('\n')

function sheet(): CSSStyleSheet {
  const style = document.createElement('style')
  style.textContent = css
  document.head.append(style)
  return style.sheet!
}

describe('the stylesheet', () => {
  it('stops every animation and transition under prefers-reduced-motion, whatever the specificity', () => {
    const rules = Array.from(sheet().cssRules)
    const reduce = rules.filter(
      (rule): rule is CSSMediaRule =>
        rule instanceof CSSMediaRule && /prefers-reduced-motion:\s*reduce/.test(rule.conditionText),
    )
    expect(reduce.length).toBeGreaterThan(0)
    const declarations = reduce.flatMap((media) =>
      Array.from(media.cssRules).filter(
        (rule): rule is CSSStyleRule => rule instanceof CSSStyleRule,
      ),
    )
    for (const property of ['animation', 'transition']) {
      const rule = declarations.find((candidate) => candidate.style.getPropertyValue(property))
      expect(rule, property).toBeDefined()
      // none, not a short run: a 1 ms fade still paints its first keyframe (opacity 0) once.
      expect(rule!.style.getPropertyValue(property)).toBe('none')
      // !important is what beats `[data-ik-slot='details'] { animation: ik-slide 0.14s … }`.
      expect(rule!.style.getPropertyPriority(property)).toBe('important')
      expect(rule!.selectorText).toContain(':where(*, *::before, *::after)')
    }
    // The panel's slide does exist (the rule above has something to stop).
    expect(css).toMatch(/animation: ik-slide 0\.14s/)
  })

  it('hides the native search clear button', () => {
    expect(css).toMatch(
      /\[data-ik-slot='search-input'\]::-webkit-search-cancel-button\s*\{\s*appearance: none;/,
    )
  })
})
