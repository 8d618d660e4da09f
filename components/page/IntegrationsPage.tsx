'use client'
/**
 * The drop-in integrations page: header with counts, search, status and category filters, the
 * catalog grid (connected first), loading/empty/no-match/error states, and the details panel with
 * deep linking. Give it an `adapter` and it makes its own IntegrationsProvider, or put it inside one.
 * The list request is the one request that shows the catalog; cards never fetch.
 *
 * It is a composition of the exported parts (IntegrationsPageRoot, …Header, …Search,
 * …StatusFilter, …CategoryFilter, …Grid, …Details): a host that wants another arrangement renders
 * those itself, and every piece of state is controllable through the same props as here.
 */
import { lazy, Suspense, useState, type ReactNode } from 'react'
import { nothingWhenMissing } from '../lazy-part'
import type { InitialView } from '../../src/details/initial-view'
import type {
  ConnectionDetailsClassNames,
  ConnectionDetailsProps,
} from '../details/ConnectionDetails'
import type { ConnectorGridClassNames } from '../catalog/ConnectorGrid'
import type { FieldRegistryOverrides } from '../forms/fields/types'
import type { ConnectionAction } from '../details/ConnectionDetails'
import { CatalogShownContext } from './catalog-shown-context'
import { IntegrationsPageDetails } from './IntegrationsPageDetails'
import {
  IntegrationsPageCategoryFilter,
  IntegrationsPageStatusFilter,
} from './IntegrationsPageFilters'
import { IntegrationsPageGrid } from './IntegrationsPageGrid'
import { IntegrationsPageHeader } from './IntegrationsPageHeader'
import { IntegrationsPageRoot, type IntegrationsPageRootProps } from './IntegrationsPageRoot'
import { IntegrationsPageSearch } from './IntegrationsPageSearch'

// Single-connection mode is its own chunk: a catalog page does not load it.
const SingleConnection = lazy(() => import('./single-connection').catch(nothingWhenMissing))

export interface IntegrationsPageClassNames
  extends ConnectorGridClassNames, ConnectionDetailsClassNames {
  root?: string
  header?: string
  title?: string
  description?: string
  counts?: string
  toolbar?: string
  search?: string
  filters?: string
  categories?: string
  message?: string
}

export interface IntegrationsPageProps extends Omit<IntegrationsPageRootProps, 'children'> {
  classNames?: IntegrationsPageClassNames
  /**
   * Which controls the details panel offers (Vault's `allow_actions` plus 'validate' | 'import' |
   * 'settings' | 'resources'). undefined = all allowed, [] = none.
   */
  allowActions?: readonly ConnectionAction[]
  /** Vault's `hide_resource_settings`: no Resource defaults section. */
  hideResourceSettings?: boolean
  /** Data-scope consent screens (Vault's session `data_scopes.enabled`). Default: on. */
  consent?: boolean
  /** No Request logs section in the details panel. */
  hideLogs?: boolean
  /** No connection guide links (Vault's `hide_guides`). */
  hideGuides?: boolean
  /** No consumer card in the header (Vault's `hide_consumer_card`). */
  hideConsumerCard?: boolean
  /** The header logo's URL (http(s) only). Default: the session's `theme.logo`; null for none. */
  logo?: string | null
  /**
   * The OAuth callback URL (a page of yours that calls `handleOAuthCallback()`, registered with
   * Apideck). Default `${origin}/oauth/callback`.
   */
  redirectUri?: string
  /** Where a same-tab authorization (the blocked-popup fallback) returns to. Default: this page. */
  returnTo?: string
  /** Field component overrides for the settings and resource forms. */
  fields?: FieldRegistryOverrides
  /** Heading. Default: the session's `theme.vault_name`, else "Integrations". Null for none. */
  title?: ReactNode
  description?: ReactNode
  /** Replace the details panel (e.g. to compose management parts into ConnectionDetails). */
  renderDetails?: (props: ConnectionDetailsProps) => ReactNode
  /**
   * Single-connection mode: with a selected connector (`defaultSelected`, `selected`, or
   * `unifiedApi` + `serviceId`), the page shows only that connector's details, opened on this view
   * ('connect' | 'settings' | 'resources' | 'mapping' | 'consent' | 'logs'), not the catalog.
   */
  initialView?: InitialView
  /** In single-connection mode: an "All integrations" button back to the full catalog. Default false. */
  backToCatalog?: boolean
  /**
   * A connector opened by a click that needs OAuth authorization starts its provider window at
   * once (see ConnectionDetails' `autoStartAuthorization`).
   */
  autoStartAuthorization?: boolean
}

export function IntegrationsPage({
  classNames,
  className,
  allowActions,
  hideResourceSettings,
  consent,
  hideLogs,
  hideGuides,
  hideConsumerCard,
  logo,
  redirectUri,
  returnTo,
  fields,
  title,
  description,
  renderDetails,
  initialView,
  backToCatalog,
  autoStartAuthorization,
  ...props
}: IntegrationsPageProps) {
  // Single-connection mode until the user goes back to the catalog (or nothing is selected).
  const [single, setSingle] = useState(initialView !== undefined)
  // The same two elements in both modes, so leaving single-connection mode keeps the root.
  if (single) {
    return (
      <CatalogShownContext value={false}>
        <IntegrationsPageRoot
          className={[classNames?.root, className].filter(Boolean).join(' ') || undefined}
          {...props}
        >
          {/* The page's details, bound to its selection, rendered as the single connection. */}
          <IntegrationsPageDetails
            {...{ allowActions, hideResourceSettings, consent, hideLogs, redirectUri, returnTo }}
            {...{ fields, classNames, autoStartAuthorization }}
            render={(details) => (
              <Suspense fallback={null}>
                <SingleConnection
                  {...details}
                  initialView={initialView}
                  backToCatalog={backToCatalog}
                  onLeave={() => setSingle(false)}
                />
              </Suspense>
            )}
          />
        </IntegrationsPageRoot>
      </CatalogShownContext>
    )
  }
  return (
    <CatalogShownContext value>
      <IntegrationsPageRoot
        className={[classNames?.root, className].filter(Boolean).join(' ') || undefined}
        consent={consent}
        {...props}
      >
        <IntegrationsPageHeader
          title={title}
          description={description}
          className={classNames?.header}
          classNames={classNames}
          logo={logo}
          hideConsumerCard={hideConsumerCard}
        />
        <div data-ik-slot="toolbar" className={classNames?.toolbar}>
          <IntegrationsPageSearch className={classNames?.search} />
          <IntegrationsPageStatusFilter className={classNames?.filters} />
        </div>
        <IntegrationsPageCategoryFilter className={classNames?.categories} />
        <IntegrationsPageGrid classNames={classNames} />
        <IntegrationsPageDetails
          allowActions={allowActions}
          hideResourceSettings={hideResourceSettings}
          consent={consent}
          hideLogs={hideLogs}
          hideGuides={hideGuides}
          redirectUri={redirectUri}
          returnTo={returnTo}
          fields={fields}
          classNames={classNames}
          render={renderDetails}
          autoStartAuthorization={autoStartAuthorization}
        />
      </IntegrationsPageRoot>
    </CatalogShownContext>
  )
}
