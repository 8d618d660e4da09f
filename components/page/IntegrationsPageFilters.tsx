'use client'
/**
 * The page's two filters, each a radio group bound to the root's state: status (All / Connected /
 * Available, a segmented switch by default) and category (chips with the number of matches each,
 * rendered only when the catalog has two or more categories and no `api` narrows it).
 */
import { useIntegrationsAdapter } from '../../hooks/IntegrationsProvider'
import type { CatalogStatusFilter } from '../../src/catalog/catalog'
import { CatalogFilter, type CatalogFilterProps } from '../catalog/CatalogFilter'
import { useT } from '../i18n'
import { usePageContext } from './integrations-page-context'

type BoundFilterProps = Omit<
  CatalogFilterProps<string>,
  'options' | 'value' | 'onValueChange' | 'legend'
> & {
  /** The group's accessible name. Default: the built-in one. */
  legend?: string
}

/* -------------------------------------------------------------------------------------------------
 * IntegrationsPageStatusFilter
 * -----------------------------------------------------------------------------------------------*/

export type IntegrationsPageStatusFilterProps = BoundFilterProps

const STATUSES = [
  'all',
  'connected',
  'available',
  'attention',
] as const satisfies readonly CatalogStatusFilter[]

export function IntegrationsPageStatusFilter({
  legend,
  variant = 'segmented',
  ...props
}: IntegrationsPageStatusFilterProps) {
  const t = useT()
  const { status, setStatus, catalog } = usePageContext('IntegrationsPageStatusFilter')
  const multiple = useIntegrationsAdapter().capabilities.multiplePerConnector
  // Connectors with many connections: "Your connections" and "Types to add".
  const labelOf = (value: CatalogStatusFilter) =>
    !multiple || value === 'all' || value === 'attention'
      ? t(`catalog.filter.status.${value}`)
      : t(value === 'connected' ? 'catalog.filter.status.instances' : 'catalog.filter.status.toAdd')
  return (
    <CatalogFilter<CatalogStatusFilter>
      legend={legend ?? t('catalog.filter.status.label')}
      variant={variant}
      value={status}
      onValueChange={setStatus}
      // "Needs action" (with its count) only while something needs it, or while it is chosen.
      options={STATUSES.filter(
        (value) => value !== 'attention' || catalog.attention > 0 || status === value,
      ).map((value) =>
        value === 'attention'
          ? { value, label: labelOf(value), count: catalog.attention }
          : { value, label: labelOf(value) },
      )}
      {...props}
    />
  )
}

/* -------------------------------------------------------------------------------------------------
 * IntegrationsPageCategoryFilter
 * -----------------------------------------------------------------------------------------------*/

export type IntegrationsPageCategoryFilterProps = BoundFilterProps

// The radio value of "all categories" (a unified API id is never empty).
const ALL = ''

export function IntegrationsPageCategoryFilter({
  legend,
  ...props
}: IntegrationsPageCategoryFilterProps) {
  const t = useT()
  const { catalog, filtered, activeCategory, setCategory, showCategories } = usePageContext(
    'IntegrationsPageCategoryFilter',
  )
  if (!showCategories) {
    return null
  }
  return (
    <CatalogFilter
      legend={legend ?? t('catalog.filter.category.label')}
      data-ik-filter="category"
      value={activeCategory ?? ALL}
      onValueChange={(value) => setCategory(value === ALL ? null : value)}
      options={[
        { value: ALL, label: t('catalog.filter.category.all'), count: filtered.allCategoriesCount },
        ...catalog.categories.map((category) => ({
          value: category.id,
          label: category.label,
          count: filtered.categoryCounts.get(category.id) ?? 0,
        })),
      ]}
      {...props}
    />
  )
}
