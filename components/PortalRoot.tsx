'use client'
/**
 * The themed layer a portalled part (the details panel, the delete and import dialogs) renders
 * into: a portal leaves the root's subtree, so it re-applies the nearest root's theme attributes,
 * direction and language (RootContext), or the defaults outside any root.
 */
import type { ReactNode } from 'react'
import { useRootContext, type RootContextValue } from './IntegrationsRoot'
import { themeRootAttributes } from './theme'

const outsideAnyRoot: RootContextValue = {
  attributes: themeRootAttributes(undefined, false),
  dir: 'ltr',
  lang: 'en',
}

export function PortalRoot({ children }: { children: ReactNode }) {
  const { attributes, dir, lang } = useRootContext() ?? outsideAnyRoot
  return (
    <div data-ik-slot="portal" dir={dir} lang={lang} {...attributes}>
      {children}
    </div>
  )
}
