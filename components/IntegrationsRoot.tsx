'use client'
/**
 * The themed root: `data-ik-theme` attributes, `--ik-*` variables and `dir`. IntegrationsPage renders
 * one; wrap stand-alone parts (a ConnectorCard in your own layout) in one to get the default look.
 * Portalled parts (the details dialog) re-apply the same attributes through RootContext, because a
 * portal leaves the root's subtree and would otherwise lose tokens, theme and direction.
 */
import { createContext, useContext, useMemo, type ComponentProps } from 'react'
import { useDirection, useLocale } from './i18n'
import { themeRootAttributes, type IntegrationsTheme, type ThemeRootAttributes } from './theme'

export interface RootContextValue {
  attributes: ThemeRootAttributes
  dir: 'ltr' | 'rtl'
  lang: string
}

const RootContext = createContext<RootContextValue | null>(null)

/** The nearest root's theme attributes; null outside any IntegrationsRoot. */
export function useRootContext(): RootContextValue | null {
  return useContext(RootContext)
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
  children,
  ...props
}: IntegrationsRootProps) {
  const dir = useDirection()
  const lang = useLocale()
  const attributes = useMemo(
    () => themeRootAttributes(theme, unstyled, style),
    [theme, unstyled, style],
  )
  const context = useMemo<RootContextValue>(
    () => ({ attributes, dir, lang }),
    [attributes, dir, lang],
  )
  return (
    <RootContext.Provider value={context}>
      <div data-ik-slot="root" dir={dir} lang={lang} {...attributes} {...props}>
        {children}
      </div>
    </RootContext.Provider>
  )
}
