'use client'
/**
 * The themed root: `data-ik-theme` attributes, `--ik-*` variables and the text direction.
 * IntegrationsPage renders one; wrap stand-alone parts (a ConnectorCard in your own layout) in one
 * to get the default look. Portalled parts (the details dialog) re-apply the same attributes through
 * RootContext, because a portal leaves the root's subtree and would otherwise lose tokens, theme and
 * direction.
 *
 * Direction: a `dir` the host sets wins; else a right-to-left locale (ar, he, fa, ur …) sets `rtl`;
 * else the root writes no `dir` and inherits the page's (`<html dir="rtl">`, a parent's `dir`, or a
 * CSS `direction`), so "`dir="rtl"` on a parent" works. What it inherited is read from the DOM after
 * mount (before paint) and given to `useDirection()` consumers (grid arrow keys) and portals. The
 * server and the first client render assume 'ltr' for those consumers only; the markup has no `dir`,
 * so the browser lays it out right from the first paint.
 */
import { useComposedRefs } from '@radix-ui/react-compose-refs'
import { useLayoutEffect } from '@radix-ui/react-use-layout-effect'
import { createContext, useContext, useMemo, useRef, useState, type ComponentProps } from 'react'
import { localeDirection } from '../src/i18n/format'
import { DirectionContext, type Direction } from './direction-context'
import { useLocale } from './i18n'
import { themeRootAttributes, type IntegrationsTheme, type ThemeRootAttributes } from './theme'

export interface RootContextValue {
  attributes: ThemeRootAttributes
  dir: Direction
  lang: string
}

const RootContext = createContext<RootContextValue | null>(null)

/** The nearest root's theme attributes; null outside any IntegrationsRoot. */
export function useRootContext(): RootContextValue | null {
  return useContext(RootContext)
}

/** The direction an element lays out in, as the browser computed it. */
function elementDirection(element: Element): Direction {
  const computed = getComputedStyle(element).direction
  if (computed === 'rtl' || computed === 'ltr') {
    return computed
  }
  // Environments without computed `direction` (jsdom) still match `:dir()` from `dir` attributes.
  try {
    return element.matches(':dir(rtl)') ? 'rtl' : 'ltr'
  } catch {
    return 'ltr'
  }
}

export interface IntegrationsRootProps extends ComponentProps<'div'> {
  theme?: IntegrationsTheme
  /** Drop the default look (`data-ik-styled="false"`): parts keep their slots and state attributes. */
  unstyled?: boolean
}

export function IntegrationsRoot({
  theme,
  unstyled = false,
  style,
  dir: hostDir,
  ref: hostRef,
  children,
  ...props
}: IntegrationsRootProps) {
  const lang = useLocale()
  const rootRef = useRef<HTMLDivElement>(null)
  const ref = useComposedRefs(rootRef, hostRef)
  // The `dir` attribute the root writes: the host's, the locale's rtl, or none (inherit).
  const dir = hostDir ?? (localeDirection(lang) === 'rtl' ? 'rtl' : undefined)
  const [inherited, setInherited] = useState<Direction>('ltr')
  const direction: Direction = dir === 'rtl' || dir === 'ltr' ? dir : inherited
  useLayoutEffect(() => {
    if (dir !== 'rtl' && dir !== 'ltr' && rootRef.current) {
      setInherited(elementDirection(rootRef.current))
    }
  }, [dir])

  const attributes = useMemo(
    () => themeRootAttributes(theme, unstyled, style),
    [theme, unstyled, style],
  )
  const context = useMemo<RootContextValue>(
    () => ({ attributes, dir: direction, lang }),
    [attributes, direction, lang],
  )
  return (
    <RootContext.Provider value={context}>
      <DirectionContext.Provider value={direction}>
        <div ref={ref} data-ik-slot="root" dir={dir} lang={lang} {...attributes} {...props}>
          {children}
        </div>
      </DirectionContext.Provider>
    </RootContext.Provider>
  )
}
