'use client'
/**
 * The page's search box: filters the catalog as you type, is focused by "/" and Ctrl/Cmd+K, and
 * reports the search once it settles (or on blur). The text is the root's `search` state.
 */
import { CatalogSearch, type CatalogSearchProps } from '../catalog/CatalogSearch'
import { usePageContext } from './integrations-page-context'

export type IntegrationsPageSearchProps = Omit<
  CatalogSearchProps,
  'value' | 'onValueChange' | 'inputRef' | 'onInputBlur'
>

export function IntegrationsPageSearch(props: IntegrationsPageSearchProps) {
  const { search, setSearch, searchRef, reportSearch } = usePageContext('IntegrationsPageSearch')
  return (
    <CatalogSearch
      value={search}
      onValueChange={setSearch}
      inputRef={searchRef}
      onInputBlur={reportSearch}
      {...props}
    />
  )
}
