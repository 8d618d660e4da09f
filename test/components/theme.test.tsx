/**
 * Type contract of theming for hosts: `style` takes `--ik-*` custom properties on any element,
 * without a cast (components/theme.ts augments React's CSSProperties). `tsc --noEmit` checks this
 * file; the render makes the same values reach the DOM.
 */
import { render } from '@testing-library/react'
import type { CSSProperties } from 'react'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { IntegrationsRoot, type ThemeStyle } from 'integrations-kit'

describe('theme style types', () => {
  it('accepts --ik-* custom properties in CSSProperties, and only those', () => {
    const style: CSSProperties = { '--ik-accent': '#5b5bd6', '--ik-radius': 6, color: 'red' }
    // @ts-expect-error other custom properties are not part of the contract
    const other: CSSProperties = { '--brand': 'red' }
    expectTypeOf<CSSProperties['--ik-accent']>().toEqualTypeOf<string | number | undefined>()
    expectTypeOf<ThemeStyle>().toEqualTypeOf<CSSProperties>()
    expect(style['--ik-accent']).toBe('#5b5bd6')
    expect(other).toEqual({ '--brand': 'red' })
  })

  it('takes them inline on the root in JSX and sets them on the element', () => {
    const { container } = render(
      <IntegrationsRoot style={{ '--ik-accent': '#5b5bd6' }}>content</IntegrationsRoot>,
    )
    const root = container.querySelector<HTMLElement>('[data-ik-slot="root"]')
    expect(root?.style.getPropertyValue('--ik-accent')).toBe('#5b5bd6')
  })
})
