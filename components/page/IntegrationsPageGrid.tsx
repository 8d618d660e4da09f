'use client'
/**
 * The page's catalog: card-shaped skeletons while loading, the load error with Retry, the empty and
 * no-match states, else the connectors in labelled groups (Connected, then Available) with arrow-key
 * movement between cards. `layout="list"` lays the same cards out one per row. When the page shows
 * details inline (IntegrationsPageDetailsInline), the cards say which connector is shown
 * (`aria-current`) instead of announcing a dialog. A card the pointer or focus rests on fetches
 * what opening it needs (./details-preload.ts).
 */
import { useMemo, type ComponentProps } from 'react'
import { useIntegrationsAdapter } from '../../hooks/IntegrationsProvider'
import { wasRetried } from '../../src/error-message'
import {
  CatalogEmpty,
  CatalogError,
  CatalogNoMatch,
  CatalogSkeleton,
} from '../catalog/CatalogStates'
import { ConnectorGrid, type ConnectorGridClassNames } from '../catalog/ConnectorGrid'
import { useT } from '../i18n'
import { usePrefetchOnIntent } from './details-preload'
import { usePageContext } from './integrations-page-context'

export interface IntegrationsPageGridClassNames extends ConnectorGridClassNames {
  /** The empty, no-match and error states. */
  message?: string
}

export interface IntegrationsPageGridProps extends Omit<ComponentProps<'div'>, 'children'> {
  /** 'grid' (cards in responsive columns, the default) or 'list' (one card per row). */
  layout?: 'grid' | 'list'
  classNames?: IntegrationsPageGridClassNames
}

export function IntegrationsPageGrid({
  layout = 'grid',
  classNames,
  ...props
}: IntegrationsPageGridProps) {
  const t = useT()
  const {
    list,
    catalog,
    filtered,
    search,
    clearFilters,
    openConnection,
    inlineDetails,
    currentKey,
  } = usePageContext('IntegrationsPageGrid')
  const multiple = useIntegrationsAdapter().capabilities.multiplePerConnector
  const prefetch = usePrefetchOnIntent(filtered.connected)
  // The same groups while the filtered catalog is: with the other props also stable, opening a
  // connector's details (a new page state) does not render the grid again.
  const groups = useMemo(() => {
    // Connectors with many connections: your connections, then the types you can add.
    const wording = { connected: 'instances', available: 'toAdd' } as const
    return (['connected', 'available'] as const)
      .map((id) => ({
        id,
        label: (
          <>
            {t(`catalog.section.${multiple ? wording[id] : id}`)}{' '}
            <span data-ik-slot="grid-group-count">{filtered[id].length}</span>
          </>
        ),
        connections: filtered[id],
      }))
      .filter((group) => group.connections.length > 0)
  }, [t, multiple, filtered])

  let body
  if (list.isPending) {
    body = <CatalogSkeleton className={classNames?.grid} data-ik-layout={layout} />
  } else if (list.isError && !list.data) {
    body = (
      <CatalogError
        error={list.error}
        retried={wasRetried(list.failureCount)}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
        className={classNames?.message}
      />
    )
  } else if (catalog.total === 0) {
    body = <CatalogEmpty className={classNames?.message} />
  } else if (filtered.count === 0) {
    body = <CatalogNoMatch query={search} onClear={clearFilters} className={classNames?.message} />
  } else {
    body = (
      <ConnectorGrid
        groups={groups}
        onOpen={openConnection}
        opens={inlineDetails.registered ? 'inline' : 'dialog'}
        currentKey={currentKey}
        connectionCounts={multiple ? catalog.connectionCounts : undefined}
        connectorNames={multiple ? catalog.connectorNames : undefined}
        data-ik-layout={layout}
        classNames={classNames}
        {...prefetch}
      />
    )
  }
  return (
    <div data-ik-slot="catalog" aria-busy={list.isPending || undefined} {...props}>
      {body}
    </div>
  )
}
