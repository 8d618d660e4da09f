'use client'
/**
 * The root of a composed integrations page: it makes the providers (with `adapter`), holds the
 * page state every part shares and renders the labelled, themed region the parts go in. Every
 * piece of state is uncontrolled by default and controllable Radix-style: `search` /
 * `defaultSearch` / `onSearchChange`, and the same for `category`, `status`, `selected` and `view`.
 * It also owns what spans the parts: the one catalog request, the live region that announces
 * loading and result counts, the "/" and Ctrl/Cmd+K shortcuts to the search box, the deep link
 * (`urlSync`), the return of a same-tab authorization, and the funnel events.
 */
import type { QueryClient } from '@tanstack/react-query'
import { useControllableState } from '@radix-ui/react-use-controllable-state'
import {
  lazy,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
} from 'react'
import { nothingWhenMissing } from '../lazy-part'
import {
  IntegrationsCallbacksProvider,
  IntegrationsProvider,
  useIntegrationsAdapter,
} from '../../hooks/IntegrationsProvider'
import { useLazySameTabResume } from '../../hooks/oauth/useLazySameTabResume'
import { useConnections } from '../../hooks/useConnections'
import { useIntegrationsEvents } from '../../hooks/useIntegrationsEvents'
import type { ConnectionsAdapter } from '../../src/adapter'
import { buildCatalog, filterCatalog, type CatalogStatusFilter } from '../../src/catalog/catalog'
import {
  DEFAULT_CONNECTOR_PARAM,
  readConnectorFromUrl,
  writeConnectorToUrl,
} from '../../src/catalog/connector-url'
import { eventIds, isConnection, isSameRef, refKey, refOf } from '../../src/connection-ref'
import type { IntegrationsCallbacks } from '../../src/events'
import type { Messages } from '../../src/i18n/en'
import { unifiedApiLabel } from '../../src/i18n/labels'
import type { Connection, ConnectionRef } from '../../src/types'
import { ConsentShownContext } from '../catalog/useConnectionStatus'
import { CatalogShownContext } from './catalog-shown-context'
import { I18nProvider, useLocale, useT } from '../i18n'
import { IntegrationsRoot } from '../IntegrationsRoot'
import { useRegistration } from '../registration'
import type { IntegrationsTheme } from '../theme'
import { visuallyHidden } from '../visually-hidden'
import {
  IntegrationsPageContext,
  type IntegrationsPageContextValue,
  type IntegrationsPageView,
} from './integrations-page-context'

// Only a page a same-tab authorization returned to shows it, and only in the (lazy) details: its
// code (and the provider-message quoting it uses) loads with them, not with the catalog.
const ResumeNotice = lazy(() => import('./ResumeNotice').catch(nothingWhenMissing))

export interface IntegrationsPageStateProps {
  /** The search text (controlled). */
  search?: string
  /** The search text to start with. Default ''. */
  defaultSearch?: string
  onSearchChange?: (search: string) => void
  /** The category filter, a unified API id; null for all (controlled). */
  category?: string | null
  /** Default null (all). */
  defaultCategory?: string | null
  onCategoryChange?: (category: string | null) => void
  /** The status filter (controlled). */
  status?: CatalogStatusFilter
  /** Default 'all'. */
  defaultStatus?: CatalogStatusFilter
  onStatusChange?: (status: CatalogStatusFilter) => void
  /**
   * The selected connector; null for none (controlled). Picking a card selects it and opens the
   * details; closing them changes `view`, not the selection. While `view` is uncontrolled, a new
   * `selected` opens its details (null closes them).
   */
  selected?: ConnectionRef | null
  /** The connector selected at first (its details open). Default none. */
  defaultSelected?: ConnectionRef | null
  onSelectedChange?: (selected: ConnectionRef | null) => void
  /** Which view is open: the catalog, or the selected connector's details (controlled). */
  view?: IntegrationsPageView
  /** Default 'details' when a connector is selected at first, else 'catalog'. */
  defaultView?: IntegrationsPageView
  onViewChange?: (view: IntegrationsPageView) => void
}

export interface IntegrationsPageRootProps
  extends
    IntegrationsPageStateProps,
    IntegrationsCallbacks,
    Omit<ComponentProps<'div'>, 'title' | 'onError' | 'defaultValue'> {
  /** Makes an IntegrationsProvider; omit when the page sits inside one. */
  adapter?: ConnectionsAdapter
  /** With `adapter`: the QueryClient to use. */
  queryClient?: QueryClient
  theme?: IntegrationsTheme
  /** Headless: no default look (`data-ik-styled="false"`). */
  unstyled?: boolean
  /**
   * Data-scope consent is asked on this page. Default: the session's `data_scopes.enabled`, else
   * on. Off, consent states neither show on cards nor count as needing action.
   */
  consent?: boolean
  /** BCP 47 tag. Default 'en'. */
  locale?: string
  /** Translations/overrides, e.g. `de` from 'integrations-kit/locales/de'. */
  messages?: Partial<Messages>
  /** Only connectors of this unified API (the category filter then renders nothing). */
  api?: string
  /** Only connectors the application owner configured. */
  configured?: boolean
  /** Mirror the selected connector in `?connector=unified_api/service_id` (or your own `param`). */
  urlSync?: boolean | { param?: string }
  /**
   * @deprecated Use `defaultSelected={{ unifiedApi, serviceId }}` (or `selected` to control it).
   * Deep link: open this connector (with `unifiedApi`); a later change opens the new one.
   */
  serviceId?: string
  /** @deprecated See `serviceId`. */
  unifiedApi?: string
  /**
   * With `serviceId` and `unifiedApi`: open this connection of a connector that has many (Kinde,
   * Authress). Without it, those two open the connector itself.
   */
  connectionId?: string
  /**
   * @deprecated Use `onSelectedChange`. Called when a connector is opened (its ref) or closed
   * (null), synchronously in the handler that did it.
   */
  onNavigate?: (ref: ConnectionRef | null) => void
}

export function IntegrationsPageRoot({
  adapter,
  queryClient,
  onConnectionChange,
  onConnectionDelete,
  onError,
  onEvent,
  locale,
  messages,
  ...props
}: IntegrationsPageRootProps) {
  const callbacks = { onConnectionChange, onConnectionDelete, onError, onEvent }
  const page = (
    <I18nProvider locale={locale} messages={messages}>
      <PageRoot {...props} />
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

const SEARCH_SETTLE_MS = 500

// The state's names are only read by Radix's development warning (controlled ↔ uncontrolled): a
// module constant, so a production build (the host's bundler replaces `process.env.NODE_ENV`) drops them.
const DEV = typeof process === 'undefined' ? false : process.env.NODE_ENV !== 'production'

type PageRootProps = Omit<
  IntegrationsPageRootProps,
  | 'adapter'
  | 'queryClient'
  | 'locale'
  | 'messages'
  | 'onConnectionChange'
  | 'onConnectionDelete'
  | 'onError'
  | 'onEvent'
>

function isSameSelection(a: ConnectionRef | null, b: ConnectionRef | null): boolean {
  return a === b || isSameRef(a, b)
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) {
    return false
  }
  return target.isContentEditable || target.matches('input,textarea,select')
}

function PageRoot({
  theme,
  unstyled,
  consent: consentProp,
  api,
  configured,
  urlSync,
  serviceId,
  unifiedApi,
  connectionId,
  onNavigate,
  search: searchProp,
  defaultSearch = '',
  onSearchChange,
  category: categoryProp,
  defaultCategory = null,
  onCategoryChange,
  status: statusProp,
  defaultStatus = 'all',
  onStatusChange,
  selected: selectedProp,
  defaultSelected,
  onSelectedChange,
  view: viewProp,
  defaultView,
  onViewChange,
  children,
  ...props
}: PageRootProps) {
  const t = useT()
  const locale = useLocale()
  const events = useIntegrationsEvents()
  // The session's defaults (Vault's token claims); a prop always wins over its claim.
  const session = useIntegrationsAdapter().session
  const consent = consentProp ?? session?.consent ?? true
  const accentColor = theme?.accentColor ?? session?.accentColor
  const titleId = `${useId()}-title`
  const rootRef = useRef<HTMLDivElement>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const title = useRegistration()
  const inlineDetails = useRegistration()
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

  /* ---- the controllable state ---- */
  const [search, setSearch] = useControllableState({
    prop: searchProp,
    defaultProp: defaultSearch,
    onChange: onSearchChange,
    caller: DEV ? 'IntegrationsPageRoot (search)' : undefined,
  })
  const [category, setCategoryState] = useControllableState<string | null>({
    prop: categoryProp,
    defaultProp: defaultCategory,
    onChange: onCategoryChange,
    caller: DEV ? 'IntegrationsPageRoot (category)' : undefined,
  })
  const [status, setStatusState] = useControllableState({
    prop: statusProp,
    defaultProp: defaultStatus,
    onChange: onStatusChange,
    caller: DEV ? 'IntegrationsPageRoot (status)' : undefined,
  })
  // The deprecated deep-link props seed the selection and reset it when they change.
  const propRef = useMemo<ConnectionRef | null>(
    () =>
      serviceId && unifiedApi
        ? { serviceId, unifiedApi, ...(connectionId ? { connectionId } : {}) }
        : null,
    [serviceId, unifiedApi, connectionId],
  )
  const initialSelected = defaultSelected ?? propRef
  const [selected, setSelected] = useControllableState<ConnectionRef | null>({
    prop: selectedProp,
    defaultProp: initialSelected,
    onChange: onSelectedChange,
    caller: DEV ? 'IntegrationsPageRoot (selected)' : undefined,
  })
  const [view, setView] = useControllableState<IntegrationsPageView>({
    prop: viewProp,
    defaultProp: defaultView ?? (initialSelected ? 'details' : 'catalog'),
    onChange: onViewChange,
    caller: DEV ? 'IntegrationsPageRoot (view)' : undefined,
  })
  // A new selection from outside (controlled `selected`, or the deprecated deep-link props) is
  // shown: its details open, or close for none. Compared by value, so a host passing a fresh
  // object with each render does not reopen details the user closed.
  const outsideSelection = selectedProp !== undefined ? selectedProp : propRef
  const [lastOutsideSelection, setLastOutsideSelection] = useState(outsideSelection)
  if (!isSameSelection(lastOutsideSelection, outsideSelection)) {
    setLastOutsideSelection(outsideSelection)
    if (selectedProp === undefined) {
      setSelected(outsideSelection)
    }
    if (viewProp === undefined) {
      setView(outsideSelection ? 'details' : 'catalog')
    }
  }

  /* ---- catalog derivation: build once per data/locale, filter in one pass per keystroke ---- */
  const catalog = useMemo(
    () =>
      buildCatalog(list.data ?? [], {
        locale,
        categoryLabel: (id) => unifiedApiLabel(t, id),
        consent,
      }),
    [list.data, locale, t, consent],
  )
  const activeCategory =
    category !== null && catalog.categories.some((c) => c.id === category) ? category : null
  const filtered = useMemo(
    () => filterCatalog(catalog, { query: search, category: activeCategory, status }),
    [catalog, search, activeCategory, status],
  )
  const filtering = search.trim() !== '' || activeCategory !== null || status !== 'all'

  /* ---- events ---- */
  // Once, when the catalog is first seen: not while the page shows one connector alone.
  const catalogShown = useContext(CatalogShownContext)
  const viewedRef = useRef(false)
  useEffect(() => {
    if (list.data && catalogShown && !viewedRef.current) {
      viewedRef.current = true
      events.track({ type: 'catalog_viewed', total: catalog.total, connected: catalog.connected })
    }
  }, [list.data, catalog, events, catalogShown])

  const resultsRef = useRef(filtered.count)
  resultsRef.current = filtered.count
  const reportedQueryRef = useRef('')
  const reportSearch = useCallback(() => {
    const settled = search.trim()
    if (settled !== reportedQueryRef.current) {
      reportedQueryRef.current = settled
      if (settled) {
        events.track({ type: 'catalog_searched', query: settled, results: resultsRef.current })
      }
    }
  }, [search, events])
  useEffect(() => {
    const timer = setTimeout(reportSearch, SEARCH_SETTLE_MS)
    return () => clearTimeout(timer)
  }, [reportSearch])

  const setCategory = (next: string | null) => {
    setCategoryState(next)
    events.track({ type: 'catalog_filtered', category: next, status })
  }
  const setStatus = (next: CatalogStatusFilter) => {
    setStatusState(next)
    events.track({ type: 'catalog_filtered', category: activeCategory, status: next })
  }
  const clearFilters = () => {
    if (search.trim()) {
      setSearch('')
    } else {
      setCategoryState(null)
      setStatusState('all')
    }
    searchRef.current?.focus()
  }

  /* ---- opening and closing connectors, deep link ---- */
  // Read in handlers (not in a state updater, which must stay pure: StrictMode runs it twice).
  const openRef = useRef(view === 'details' ? selected : null)
  openRef.current = view === 'details' ? selected : null
  const navigate = useCallback(
    (ref: ConnectionRef | null) => {
      const previous = openRef.current
      if (previous) {
        events.track({ type: 'connector_closed', ...eventIds(previous) })
      }
      if (ref) {
        events.track({ type: 'connector_opened', ...eventIds(ref) })
      }
      openRef.current = ref
      if (ref) {
        setSelected(ref)
        setView('details')
      } else {
        setView('catalog')
      }
      if (urlParam) {
        writeConnectorToUrl(urlParam, ref)
      }
      onNavigate?.(ref)
    },
    [events, onNavigate, urlParam, setSelected, setView],
  )
  const openConnection = useCallback(
    (connection: Connection) => navigate(refOf(connection)),
    [navigate],
  )

  // A same-tab authorization (the blocked-popup fallback) came back to this page: reopen its
  // connector, where the outcome is shown.
  const resume = useLazySameTabResume()
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
    const show = (ref: ConnectionRef | null) => {
      if (ref) {
        setSelected(ref)
      }
      setView(ref ? 'details' : 'catalog')
    }
    const fromUrl = readConnectorFromUrl(urlParam)
    if (fromUrl && !initialSelected) {
      show(fromUrl)
    }
    const onPopState = () => show(readConnectorFromUrl(urlParam))
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
    // The first selection is read once: a later deep-link change is handled during render above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [urlParam])

  // The card to focus when the details close. A ref, not `selected`: that is already null by then.
  const lastOpenedRef = useRef<ConnectionRef | null>(initialSelected)
  if (selected) {
    lastOpenedRef.current = selected
  }
  const returnFocusTo = useCallback((): HTMLElement | null => {
    const last = lastOpenedRef.current
    const key = last ? refKey(last) : null
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
      const input = searchRef.current
      const target = event.target
      const inScope =
        target === document.body ||
        target === document.documentElement ||
        (target instanceof Node && root?.contains(target))
      if (!input || !inScope || event.defaultPrevented) {
        return
      }
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey
      const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k'
      if ((slash && !isEditable(target)) || commandK) {
        event.preventDefault()
        input.focus()
        input.select()
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  const announcement = list.isPending
    ? t('catalog.loading')
    : list.isError
      ? ''
      : filtering
        ? t('catalog.count.results', { count: filtered.count })
        : t('catalog.loaded', { count: catalog.total })

  const context: IntegrationsPageContextValue = {
    list,
    catalog,
    filtered,
    filtering,
    consent,
    search,
    setSearch,
    category,
    activeCategory,
    setCategory,
    status,
    setStatus,
    clearFilters,
    showCategories: api === undefined && catalog.categories.length > 1,
    selected,
    selectedConnection: selected
      ? list.data?.find((connection) => isConnection(connection, selected))
      : undefined,
    view,
    setView,
    navigate,
    openConnection,
    rootRef,
    searchRef,
    titleId,
    title,
    inlineDetails,
    currentKey:
      inlineDetails.registered && view === 'details' && selected ? refKey(selected) : null,
    reportSearch,
    returnFocusTo,
    notice: isSameRef(selected, resumedRef)
      ? (connection: Connection) => (
          <Suspense fallback={null}>
            <ResumeNotice state={resume} name={connection.name} t={t} />
          </Suspense>
        )
      : undefined,
  }

  return (
    <IntegrationsPageContext.Provider value={context}>
      <ConsentShownContext.Provider value={consent}>
        <IntegrationsRoot
          ref={rootRef}
          role="region"
          aria-labelledby={title.registered ? titleId : undefined}
          aria-label={title.registered ? undefined : t('page.title')}
          theme={accentColor ? { ...theme, accentColor } : theme}
          unstyled={unstyled}
          data-state={list.isPending ? 'loading' : list.isError && !list.data ? 'error' : 'ready'}
          {...props}
        >
          <div role="status" aria-live="polite" data-ik-slot="announcer" style={visuallyHidden}>
            {announcement}
          </div>
          {children}
        </IntegrationsRoot>
      </ConsentShownContext.Provider>
    </IntegrationsPageContext.Provider>
  )
}
