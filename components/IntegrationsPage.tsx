'use client'
/**
 * The drop-in integrations page: header with counts, search, status and category filters, the
 * catalog grid (connected first), loading/empty/no-match/error states, and the details panel with
 * deep linking. Give it an `adapter` and it makes its own IntegrationsProvider, or put it inside one.
 * The list request is the one request that shows the catalog; cards never fetch.
 */
import type { QueryClient } from '@tanstack/react-query'
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
  type ReactNode,
} from 'react'
import { IntegrationsCallbacksProvider, IntegrationsProvider } from '../hooks/IntegrationsProvider'
import { useConnections } from '../hooks/useConnections'
import { useIntegrationsEvents } from '../hooks/useIntegrationsEvents'
import {
  useResumeSameTabAuthorization,
  type ResumeSameTabAuthorizationState,
} from '../hooks/oauth/useResumeSameTabAuthorization'
import type { ConnectionsAdapter } from '../src/adapter'
import { isConnection, isSameRef, refOf } from '../src/connection-ref'
import { buildCatalog, filterCatalog, type CatalogStatusFilter } from '../src/catalog/catalog'
import { wasRetried } from '../src/error-message'
import type { IntegrationsCallbacks } from '../src/events'
import type { Messages } from '../src/i18n/en'
import type { Connection, ConnectionRef } from '../src/types'
import { CatalogFilter } from './catalog/CatalogFilter'
import { CatalogSearch } from './catalog/CatalogSearch'
import {
  CatalogEmpty,
  CatalogError,
  CatalogNoMatch,
  CatalogSkeleton,
} from './catalog/CatalogStates'
import type {
  ConnectionAction,
  ConnectionDetailsClassNames,
  ConnectionDetailsProps,
} from './details/ConnectionDetails'
import { ConnectorGrid, type ConnectorGridClassNames } from './catalog/ConnectorGrid'
import { ErrorMessage } from './ErrorMessage'
import type { FieldRegistryOverrides } from './forms/fields/types'
import {
  DEFAULT_CONNECTOR_PARAM,
  readConnectorFromUrl,
  writeConnectorToUrl,
} from '../src/catalog/connector-url'
import { I18nProvider, useLocale, useT, type MessageKey, type TranslateFn } from './i18n'
import { Icon } from './icons'
import { IntegrationsRoot } from './IntegrationsRoot'
import { ProviderMessage } from './oauth/ProviderMessage'
import { unifiedApiLabel } from '../src/i18n/labels'
import type { IntegrationsTheme } from './theme'
import { visuallyHidden } from './visually-hidden'

/**
 * The details panel (settings forms, OAuth, manage actions) is half of the page's code but not
 * needed to paint the catalog: it loads in its own chunk right after the first render, so the
 * catalog shows sooner. The dialog is closed until a card is opened, so nothing waits on it.
 */
const ConnectionDetails = lazy(() =>
  import('./details/ConnectionDetails').then((module) => ({ default: module.ConnectionDetails })),
)

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

export interface IntegrationsPageProps
  extends IntegrationsCallbacks, Omit<ComponentProps<'div'>, 'title' | 'onError' | 'children'> {
  /** Makes an IntegrationsProvider; omit when the page sits inside one. */
  adapter?: ConnectionsAdapter
  /** With `adapter`: the QueryClient to use. */
  queryClient?: QueryClient
  theme?: IntegrationsTheme
  classNames?: IntegrationsPageClassNames
  /** Headless: no default look (`data-ik-styled="false"`). */
  unstyled?: boolean
  /** BCP 47 tag. Default 'en'. */
  locale?: string
  /** Translations/overrides, e.g. `de` from 'integrations-kit/locales/de'. */
  messages?: Partial<Messages>
  /** Deep link: open this connector (with `unifiedApi`). */
  serviceId?: string
  unifiedApi?: string
  /** Called when a connector is opened (its ref) or closed (null). */
  onNavigate?: (ref: ConnectionRef | null) => void
  /** Mirror the open connector in `?connector=unified_api/service_id` (or your own `param`). */
  urlSync?: boolean | { param?: string }
  /** Only connectors of this unified API (hides the category filter). */
  api?: string
  /** Only connectors the application owner configured. */
  configured?: boolean
  /**
   * Which controls the details panel offers (Vault's `allow_actions` plus 'validate' | 'import' |
   * 'settings' | 'resources'). undefined = all allowed, [] = none.
   */
  allowActions?: readonly ConnectionAction[]
  /** Vault's `hide_resource_settings`: no Resource defaults section. */
  hideResourceSettings?: boolean
  /**
   * The OAuth callback URL (a page of yours that calls `handleOAuthCallback()`, registered with
   * Apideck). Default `${origin}/oauth/callback`.
   */
  redirectUri?: string
  /** Where a same-tab authorization (the blocked-popup fallback) returns to. Default: this page. */
  returnTo?: string
  /** Field component overrides for the settings and resource forms. */
  fields?: FieldRegistryOverrides
  /** Heading. Default: "Integrations". Pass null to render none. */
  title?: ReactNode
  description?: ReactNode
  /** Replace the details panel (e.g. to compose management parts into ConnectionDetails). */
  renderDetails?: (props: ConnectionDetailsProps) => ReactNode
}

export function IntegrationsPage({
  adapter,
  queryClient,
  onConnectionChange,
  onConnectionDelete,
  onError,
  onEvent,
  locale,
  messages,
  ...props
}: IntegrationsPageProps) {
  const callbacks = { onConnectionChange, onConnectionDelete, onError, onEvent }
  const page = (
    <I18nProvider locale={locale} messages={messages}>
      <CatalogPage {...props} />
    </I18nProvider>
  )
  // With an adapter the provider we make carries the callbacks; a second link would fire them twice.
  if (adapter) {
    return (
      <IntegrationsProvider adapter={adapter} queryClient={queryClient} {...callbacks}>
        {page}
      </IntegrationsProvider>
    )
  }
  return <IntegrationsCallbacksProvider {...callbacks}>{page}</IntegrationsCallbacksProvider>
}

const ALL = 'all'
const SEARCH_SETTLE_MS = 500

type CatalogPageProps = Omit<
  IntegrationsPageProps,
  | 'adapter'
  | 'queryClient'
  | 'locale'
  | 'messages'
  | 'onConnectionChange'
  | 'onConnectionDelete'
  | 'onError'
  | 'onEvent'
>

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) {
    return false
  }
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
}

function CatalogPage({
  theme,
  classNames,
  unstyled,
  className,
  serviceId,
  unifiedApi,
  onNavigate,
  urlSync,
  api,
  configured,
  allowActions,
  hideResourceSettings,
  redirectUri,
  returnTo,
  fields,
  title,
  description,
  renderDetails,
  ...props
}: CatalogPageProps) {
  const t = useT()
  const locale = useLocale()
  const events = useIntegrationsEvents()
  const pageId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const urlParam =
    urlSync === undefined || urlSync === false
      ? null
      : ((typeof urlSync === 'object' ? urlSync.param : undefined) ?? DEFAULT_CONNECTOR_PARAM)

  const filters = useMemo(
    () => ({
      ...(api !== undefined ? { api } : {}),
      ...(configured !== undefined ? { configured } : {}),
    }),
    [api, configured],
  )
  const list = useConnections(filters)

  const [query, setQuery] = useState('')
  const [category, setCategory] = useState<string>(ALL)
  const [statusFilter, setStatusFilter] = useState<CatalogStatusFilter>('all')
  const propRef = useMemo<ConnectionRef | null>(
    () => (serviceId && unifiedApi ? { serviceId, unifiedApi } : null),
    [serviceId, unifiedApi],
  )
  const [selected, setSelected] = useState<ConnectionRef | null>(propRef)

  // A changed deep-link prop opens that connector (or closes when cleared).
  const [lastPropRef, setLastPropRef] = useState(propRef)
  if (lastPropRef !== propRef) {
    setLastPropRef(propRef)
    setSelected(propRef)
  }

  /* ---- catalog derivation: build once per data/locale, filter in one pass per keystroke ---- */
  const catalog = useMemo(
    () =>
      buildCatalog(list.data ?? [], {
        locale,
        categoryLabel: (id) => unifiedApiLabel(t, id),
      }),
    [list.data, locale, t],
  )
  const activeCategory =
    category !== ALL && catalog.categories.some((c) => c.id === category) ? category : null
  const filtered = useMemo(
    () => filterCatalog(catalog, { query, category: activeCategory, status: statusFilter }),
    [catalog, query, activeCategory, statusFilter],
  )

  /* ---- events ---- */
  const viewedRef = useRef(false)
  useEffect(() => {
    if (list.data && !viewedRef.current) {
      viewedRef.current = true
      events.track({ type: 'catalog_viewed', total: catalog.total, connected: catalog.connected })
    }
  }, [list.data, catalog, events])

  const resultsRef = useRef(filtered.count)
  resultsRef.current = filtered.count
  const reportedQueryRef = useRef('')
  const reportSearch = useCallback(() => {
    const settled = query.trim()
    if (settled !== reportedQueryRef.current) {
      reportedQueryRef.current = settled
      if (settled) {
        events.track({ type: 'catalog_searched', query: settled, results: resultsRef.current })
      }
    }
  }, [query, events])
  useEffect(() => {
    const timer = setTimeout(reportSearch, SEARCH_SETTLE_MS)
    return () => clearTimeout(timer)
  }, [reportSearch])

  const changeCategory = (next: string) => {
    setCategory(next)
    events.track({
      type: 'catalog_filtered',
      category: next === ALL ? null : next,
      status: statusFilter,
    })
  }
  const changeStatus = (next: CatalogStatusFilter) => {
    setStatusFilter(next)
    events.track({ type: 'catalog_filtered', category: activeCategory, status: next })
  }

  /* ---- opening and closing connectors, deep link ---- */
  // Read in handlers (not in a state updater, which must stay pure: StrictMode runs it twice).
  const selectedRef = useRef(selected)
  selectedRef.current = selected
  const navigate = useCallback(
    (ref: ConnectionRef | null) => {
      const previous = selectedRef.current
      if (previous) {
        events.track({ type: 'connector_closed', ...previous })
      }
      if (ref) {
        events.track({ type: 'connector_opened', ...ref })
      }
      selectedRef.current = ref
      setSelected(ref)
      if (urlParam) {
        writeConnectorToUrl(urlParam, ref)
      }
      onNavigate?.(ref)
    },
    [events, onNavigate, urlParam],
  )
  const openConnection = useCallback(
    (connection: Connection) => navigate(refOf(connection)),
    [navigate],
  )

  // A same-tab authorization (the blocked-popup fallback) came back to this page: reopen its
  // connector, where the outcome is shown.
  const resume = useResumeSameTabAuthorization()
  const resumedRef = resume.connectionRef
  useEffect(() => {
    if (resumedRef) {
      navigate(resumedRef)
    }
    // Once per return: `navigate` changing identity must not reopen a panel the user closed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resumedRef])

  useEffect(() => {
    if (!urlParam) {
      return
    }
    // The URL is read after mount, never during render, so server and client markup agree.
    const fromUrl = readConnectorFromUrl(urlParam)
    if (fromUrl && !propRef) {
      setSelected(fromUrl)
    }
    const onPopState = () => setSelected(readConnectorFromUrl(urlParam))
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
    // propRef is read once: a later prop change is handled during render above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [urlParam])

  // The card to focus when the panel closes. A ref, not `selected`: that is already null by then.
  const lastOpenedRef = useRef<ConnectionRef | null>(propRef)
  if (selected) {
    lastOpenedRef.current = selected
  }
  const returnFocusTo = useCallback((): HTMLElement | null => {
    const last = lastOpenedRef.current
    const key = last ? `${last.unifiedApi}/${last.serviceId}` : null
    const cards =
      rootRef.current?.querySelectorAll<HTMLElement>('[data-ik-slot="card-button"]') ?? []
    for (const card of cards) {
      if (card.dataset.ikKey === key) {
        return card
      }
    }
    return searchRef.current
  }, [])

  /* ---- keyboard: "/" or Ctrl/Cmd+K focuses the search ---- */
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const root = rootRef.current
      const target = event.target
      const inScope =
        target === document.body ||
        target === document.documentElement ||
        (target instanceof Node && root?.contains(target))
      if (!inScope || event.defaultPrevented) {
        return
      }
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey
      const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k'
      if ((slash && !isEditable(target)) || commandK) {
        event.preventDefault()
        searchRef.current?.focus()
        searchRef.current?.select()
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  /* ---- view ---- */
  const filtering = query.trim() !== '' || activeCategory !== null || statusFilter !== 'all'
  const clearFilters = () => {
    if (query.trim()) {
      setQuery('')
    } else {
      setCategory(ALL)
      setStatusFilter('all')
    }
    searchRef.current?.focus()
  }
  const announcement = list.isPending
    ? t('catalog.loading')
    : list.isError
      ? ''
      : filtering
        ? t('catalog.count.results', { count: filtered.count })
        : t('catalog.loaded', { count: catalog.total })

  const groups = (['connected', 'available'] as const)
    .map((id) => ({
      id,
      label: (
        <>
          {t(`catalog.section.${id}`)}{' '}
          <span data-ik-slot="grid-group-count">{filtered[id].length}</span>
        </>
      ),
      connections: filtered[id],
    }))
    .filter((group) => group.connections.length > 0)

  const showCategories = api === undefined && catalog.categories.length > 1
  const selectedFromList = selected
    ? list.data?.find((connection) => isConnection(connection, selected))
    : undefined

  let body: ReactNode
  if (list.isPending) {
    body = <CatalogSkeleton className={classNames?.grid} />
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
    body = <CatalogNoMatch query={query} onClear={clearFilters} className={classNames?.message} />
  } else {
    body = <ConnectorGrid groups={groups} onOpen={openConnection} classNames={classNames} />
  }

  const detailsProps: ConnectionDetailsProps = {
    connectionRef: selected,
    connection: selectedFromList,
    onOpenChange: (open) => {
      if (!open) {
        navigate(null)
      }
    },
    allowActions,
    hideResourceSettings,
    redirectUri,
    returnTo,
    fields,
    notice: isSameRef(selected, resumedRef)
      ? (connection: Connection) => <ResumeNotice state={resume} name={connection.name} t={t} />
      : undefined,
    returnFocusTo,
    classNames,
  }

  const heading = title === undefined ? t('page.title') : title
  const titleId = `${pageId}-title`
  const headerDescription = description === undefined ? t('page.description') : description
  return (
    <IntegrationsRoot
      ref={rootRef}
      role="region"
      aria-labelledby={heading !== null ? titleId : undefined}
      aria-label={heading === null ? t('page.title') : undefined}
      theme={theme}
      unstyled={unstyled}
      className={[classNames?.root, className].filter(Boolean).join(' ') || undefined}
      data-state={list.isPending ? 'loading' : list.isError && !list.data ? 'error' : 'ready'}
      {...props}
    >
      <div data-ik-slot="header" className={classNames?.header}>
        <div data-ik-slot="header-text">
          {heading !== null ? (
            <h2 id={titleId} data-ik-slot="title" className={classNames?.title}>
              {heading}
            </h2>
          ) : null}
          {headerDescription ? (
            <p data-ik-slot="description" className={classNames?.description}>
              {headerDescription}
            </p>
          ) : null}
        </div>
        {list.data ? (
          <p data-ik-slot="counts" className={classNames?.counts}>
            <span>{t('catalog.count.connectors', { count: catalog.total })}</span>
            <span data-ik-slot="counts-connected">
              {t('catalog.count.connected', { count: catalog.connected })}
            </span>
          </p>
        ) : null}
      </div>
      <div data-ik-slot="toolbar" className={classNames?.toolbar}>
        <CatalogSearch
          value={query}
          onValueChange={setQuery}
          inputRef={searchRef}
          onInputBlur={reportSearch}
          className={classNames?.search}
        />
        <CatalogFilter
          legend={t('catalog.filter.status.label')}
          variant="segmented"
          value={statusFilter}
          onValueChange={changeStatus}
          className={classNames?.filters}
          options={(['all', 'connected', 'available'] as const).map((value) => ({
            value,
            label: t(`catalog.filter.status.${value}`),
          }))}
        />
      </div>
      {showCategories ? (
        <CatalogFilter
          legend={t('catalog.filter.category.label')}
          data-ik-filter="category"
          value={activeCategory ?? ALL}
          onValueChange={changeCategory}
          className={classNames?.categories}
          options={[
            {
              value: ALL,
              label: t('catalog.filter.category.all'),
              count: filtered.allCategoriesCount,
            },
            ...catalog.categories.map((c) => ({
              value: c.id,
              label: c.label,
              count: filtered.categoryCounts.get(c.id) ?? 0,
            })),
          ]}
        />
      ) : null}
      <div role="status" aria-live="polite" data-ik-slot="announcer" style={visuallyHidden}>
        {announcement}
      </div>
      <div data-ik-slot="catalog" aria-busy={list.isPending || undefined}>
        {body}
      </div>
      {renderDetails ? (
        renderDetails(detailsProps)
      ) : (
        <Suspense fallback={null}>
          <ConnectionDetails {...detailsProps} />
        </Suspense>
      )}
    </IntegrationsRoot>
  )
}

/** What the notice says while the backend is asked, and once it said yes, per flow. */
const resumeStatusKeys = {
  authorize: { confirming: 'oauth.confirming', success: 'oauth.success' },
  revoke: { confirming: 'oauth.revoking', success: 'oauth.revoked' },
} as const satisfies Record<string, Record<'confirming' | 'success', MessageKey>>

/**
 * The outcome of a same-tab authorization or revoke, on the connector it was for: the one place it
 * is said (the panel's Connect does not repeat it). Only ever a verified return, and "connected" /
 * "disconnected" only once the backend said so.
 */
function ResumeNotice({
  state,
  name,
  t,
}: {
  state: ResumeSameTabAuthorizationState
  name: string
  t: TranslateFn
}) {
  const revoke = state.flow === 'revoke'
  switch (state.status) {
    case 'idle':
      return null
    case 'confirming':
    case 'success': {
      const done = state.status === 'success'
      return (
        <p role="status" data-ik-slot="details-success" data-ik-tone={done ? 'success' : 'info'}>
          {done ? <Icon name="success" /> : null}
          {t(resumeStatusKeys[revoke ? 'revoke' : 'authorize'][state.status], { name })}
        </p>
      )
    }
    case 'error': {
      const code = state.error?.code
      if (state.error?.apiError) {
        // The confirm call failed: said in the user's words, the API's text only in Details.
        return (
          <ErrorMessage
            data-ik-slot="details-error"
            error={state.error.apiError}
            place="connect"
            name={name}
          />
        )
      }
      return (
        <div role="alert" data-ik-slot="details-error">
          <p>
            {revoke
              ? t('oauth.revokeError', { name })
              : t(code === 'access_denied' ? 'oauth.denied' : 'oauth.error', { name })}
          </p>
          <ProviderMessage text={state.error?.description} />
        </div>
      )
    }
    default:
      return state.status satisfies never
  }
}
