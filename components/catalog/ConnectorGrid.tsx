'use client'
/**
 * The catalog grid: one or more labelled lists of ConnectorCards (Connected, Available). One card is
 * in the tab order (roving tabindex); arrow keys, Home and End move between cards, measured against
 * the live CSS grid so it works at any width.
 *
 * Windowing: only the cards on or near the screen render in full; the rest render lite (only the
 * button, with the same name, see lite-card-button.tsx), measured after each render, on focus, and
 * (once a frame) on any scroll or resize, so it works in a host's scroll container too. Without
 * layout (jsdom, a hidden grid) every card is full. See src/catalog/grid-window.ts.
 *
 * A lite card's element is kept per connection while nothing it shows changes, so a render of the
 * grid (a keystroke, the window moving) leaves the far cards' elements untouched. A card turning
 * full or lite gets a new button (a lite one is not inside a card tile): when that button had the
 * focus, the new one takes it before the browser paints.
 */
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useRef,
  useContext,
  useMemo,
  useState,
  type ComponentProps,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react'
import type { Connection } from '../../src/types'
import { flushSync } from 'react-dom'
import { useLayoutEffect } from '@radix-ui/react-use-layout-effect'
import { ConnectorCard, connectorKey, type ConnectorCardClassNames } from './ConnectorCard'
import { liteCardButton, type LiteCardProps, type LiteCardShared } from './lite-card-button'
import { ConsentShownContext } from './useConnectionStatus'
import { connectorKeyOf } from '../../src/catalog/catalog'
import { gridKeyTarget } from '../../src/catalog/grid-navigation'
import { nextGridWindow, type GridWindow } from '../../src/catalog/grid-window'
import { useDirection, useT } from '../i18n'

export interface ConnectorGridGroup {
  id: string
  /** Visible heading of the group; omit for a single unlabelled list. */
  label?: ReactNode
  connections: readonly Connection[]
}

export interface ConnectorGridClassNames extends ConnectorCardClassNames {
  grid?: string
  group?: string
  groupTitle?: string
  list?: string
  item?: string
}

export interface ConnectorGridProps extends Omit<ComponentProps<'div'>, 'children'> {
  /** A single list. Ignored when `groups` is given. */
  connections?: readonly Connection[]
  /** Several labelled lists, in order (e.g. Connected then Available). */
  groups?: readonly ConnectorGridGroup[]
  onOpen?: (connection: Connection) => void
  /**
   * Whether a card opens a dialog (`aria-haspopup="dialog"`, the default) or shows the connector
   * next to the grid (inline details): then the card of `currentKey` is marked `aria-current`.
   */
  opens?: 'dialog' | 'inline'
  /** The key (see `connectorKey`) of the connector shown inline. */
  currentKey?: string | null
  classNames?: ConnectorGridClassNames
  /**
   * Connectors with many connections: how many each catalog entry has, by its key (see
   * `connectorKey`). Given, every catalog entry (no `connection_id`) shows its count.
   */
  connectionCounts?: ReadonlyMap<string, number>
  /**
   * Connectors with many connections: each connector's name, by `unified_api/service_id`. Given,
   * an instance (`connection_id` set) names its connector next to its category.
   */
  connectorNames?: ReadonlyMap<string, string>
  /** Accessible name of a single ungrouped list. */
  'aria-label'?: string
}

const CARD_BUTTON = '[data-ik-slot="card-button"]'

/** Cards in full before the first measure: two screens of a wide page. */
const FIRST_WINDOW: GridWindow = [0, 40]

/** Each list's card keys, and where each key is: kept per list for as long as the list is. */
interface ListKeys {
  keys: readonly string[]
  indexOf: ReadonlyMap<string, number>
}
const listKeys = new WeakMap<readonly Connection[], ListKeys>()
function keysOf(connections: readonly Connection[]): ListKeys {
  let cached = listKeys.get(connections)
  if (!cached) {
    const keys = connections.map(connectorKey)
    // A loop, not `new Map(keys.map(…))`: no [key, index] pair per card.
    const indexOf = new Map<string, number>()
    for (let index = 0; index < keys.length; index++) {
      indexOf.set(keys[index]!, index)
    }
    cached = { keys, indexOf }
    listKeys.set(connections, cached)
  }
  return cached
}

/** A lite card's list item and the props it was made from (compared field by field, no string). */
interface LiteItem {
  props: LiteCardProps
  item: ReactElement
}

/**
 * A list's items with no card in the tab order or current, for one window: a render that only moves
 * the tab stop (a card focused, the details opened or closed) or the current card replaces those
 * few items in a copy instead of making every item again (10,000 at the largest catalogs).
 */
interface ListItems {
  start: number
  end: number
  items: readonly ReactElement[]
}

function ConnectorGridImpl({
  connections,
  groups,
  onOpen,
  opens = 'dialog',
  currentKey = null,
  classNames,
  connectionCounts,
  connectorNames,
  onKeyDown,
  'aria-label': ariaLabel,
  ...props
}: ConnectorGridProps) {
  const direction = useDirection()
  const t = useT()
  const consent = useContext(ConsentShownContext)
  const id = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const [activeKey, setActiveKey] = useState<string | null>(null)
  const lists: readonly ConnectorGridGroup[] = groups ?? [
    { id: 'all', connections: connections ?? [] },
  ]
  // The remembered card may have been filtered out: then the first card takes the tab stop.
  const firstList = lists.find((group) => group.connections.length > 0)
  const tabStop =
    activeKey !== null && lists.some((group) => keysOf(group.connections).indexOf.has(activeKey))
      ? activeKey
      : firstList
        ? keysOf(firstList.connections).keys[0]!
        : null

  // Before the first measure (and on the server): the first screens' worth of cards in full.
  const [gridWindow, setGridWindow] = useState<GridWindow>(FIRST_WINDOW)
  const measure = useCallback(() => {
    const root = rootRef.current
    if (root) {
      setGridWindow((current) => nextGridWindow(root, current))
    }
  }, [])
  // When a search or filter moves cards, before the browser paints. Cards are the same size, so
  // where they are only depends on how many each list has.
  const counts = lists.map((group) => group.connections.length).join()
  useLayoutEffect(measure, [measure, counts])
  useEffect(() => {
    let frame = 0
    const schedule = () => {
      cancelAnimationFrame(frame)
      // Rendered within the frame, before it paints: even after a jump (a scrollbar drag, find in
      // page) no lite card is shown.
      frame = requestAnimationFrame(() => flushSync(measure))
    }
    // Capture: a scroll event does not bubble, and any scrolling ancestor moves the grid.
    addEventListener('scroll', schedule, { capture: true, passive: true })
    addEventListener('resize', schedule)
    const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null
    resizes?.observe(rootRef.current!)
    return () => {
      cancelAnimationFrame(frame)
      removeEventListener('scroll', schedule, { capture: true })
      removeEventListener('resize', schedule)
      resizes?.disconnect()
    }
  }, [measure])

  // The card button with the focus: replaced when its card turns full or lite (see above).
  const focusedRef = useRef<HTMLElement | null>(null)
  const handleFocus = useCallback(
    (event: FocusEvent<HTMLButtonElement>) => {
      focusedRef.current = event.currentTarget
      setActiveKey(event.currentTarget.dataset.ikKey ?? null)
      // Focus scrolled a lite card into view (arrows, End, Escape from the details): full before
      // the next paint.
      measure()
    },
    [measure],
  )

  // The focused card's button was replaced and the focus fell to the body: the new button takes it.
  useLayoutEffect(() => {
    const focused = focusedRef.current
    const active = focused?.ownerDocument.activeElement
    if (!focused || focused.isConnected || (active && active !== focused.ownerDocument.body)) {
      return
    }
    focusedRef.current = null
    const key = focused.dataset.ikKey
    for (const button of rootRef.current?.querySelectorAll<HTMLElement>(CARD_BUTTON) ?? []) {
      if (button.dataset.ikKey === key) {
        button.focus({ preventScroll: true })
        return
      }
    }
  })

  // One handler for every lite card, and one `onOpen` for every full card: stable props keep the
  // lite elements reusable and the (memoised) full cards unrendered when a host's or the page's
  // handler changes identity (a controlled page's selection changes it with every open).
  const latest = useRef({ lists, onOpen })
  useLayoutEffect(() => {
    latest.current = { lists, onOpen }
  })
  const handleOpen = useCallback((connection: Connection) => {
    latest.current.onOpen?.(connection)
  }, [])
  const handleLiteClick = useCallback((event: MouseEvent<HTMLButtonElement>) => {
    const key = event.currentTarget.dataset.ikKey ?? ''
    for (const group of latest.current.lists) {
      const index = keysOf(group.connections).indexOf.get(key)
      if (index !== undefined) {
        latest.current.onOpen?.(group.connections[index]!)
        return
      }
    }
  }, [])
  // What every lite card shares, and each one's list item with what it was made from: kept until
  // something they all share changes.
  const cardButtonClassName = classNames?.cardButton
  const itemClassName = classNames?.item
  const lite = useMemo(
    () => ({
      shared: {
        t,
        consent,
        opens,
        className: cardButtonClassName,
        onClick: handleLiteClick,
        onFocus: handleFocus,
        labels: new Map(),
      } satisfies LiteCardShared,
      itemClassName,
      items: new WeakMap<Connection, LiteItem>(),
    }),
    [t, consent, opens, cardButtonClassName, itemClassName, handleLiteClick, handleFocus],
  )
  const liteItem = (props: LiteCardProps): ReactElement => {
    const cached = lite.items.get(props.connection)
    if (
      cached !== undefined &&
      cached.props.tabIndex === props.tabIndex &&
      cached.props.current === props.current &&
      cached.props.connectionCount === props.connectionCount &&
      cached.props.connectorName === props.connectorName
    ) {
      return cached.item
    }
    const item = (
      <li key={props.cardKey} data-ik-slot="grid-item" className={lite.itemClassName}>
        {liteCardButton(props, lite.shared)}
      </li>
    )
    lite.items.set(props.connection, { props, item })
    return item
  }

  // One item, full or lite. What every item is made from besides its own props: `made` below.
  const item = (
    connection: Connection,
    key: string,
    full: boolean,
    tabIndex: 0 | -1,
    current: boolean,
  ): ReactElement => {
    const connectionCount =
      connectionCounts && connection.connection_id === undefined
        ? (connectionCounts.get(key) ?? 0)
        : undefined
    const connectorName =
      connection.connection_id === undefined
        ? undefined
        : connectorNames?.get(connectorKeyOf(connection))
    if (!full) {
      return liteItem({
        connection,
        cardKey: key,
        tabIndex,
        current,
        connectionCount,
        connectorName,
      })
    }
    return (
      <li key={key} data-ik-slot="grid-item" className={classNames?.item}>
        <ConnectorCard
          connection={connection}
          onOpen={handleOpen}
          onFocus={handleFocus}
          tabIndex={tabIndex}
          aria-haspopup={opens === 'dialog' ? 'dialog' : undefined}
          aria-current={current ? 'true' : undefined}
          className={classNames?.card}
          classNames={classNames}
          connectionCount={connectionCount}
          connectorName={connectorName}
        />
      </li>
    )
  }
  // The lists' items without tab stop or current card, kept while what they are made from is.
  const listItems = useMemo(
    () => new WeakMap<readonly Connection[], ListItems>(),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- what `item` reads besides its arguments
    [lite, opens, classNames, connectionCounts, connectorNames, handleOpen, handleFocus],
  )
  const itemsOf = (connections: readonly Connection[], offset: number) => {
    const { keys, indexOf } = keysOf(connections)
    const start = Math.min(Math.max(gridWindow[0] - offset, 0), connections.length)
    const end = Math.min(Math.max(gridWindow[1] - offset, 0), connections.length)
    let plain = listItems.get(connections)
    if (plain?.start !== start || plain.end !== end) {
      plain = {
        start,
        end,
        items: connections.map((connection, index) =>
          item(connection, keys[index]!, index >= start && index < end, -1, false),
        ),
      }
      listItems.set(connections, plain)
    }
    // The card in the tab order and the current one (inline details), where this list has them.
    let items = plain.items
    for (const key of new Set([tabStop, opens === 'inline' ? currentKey : null])) {
      const index = key === null ? undefined : indexOf.get(key)
      if (key !== null && index !== undefined) {
        items = items === plain.items ? [...items] : items
        ;(items as ReactElement[])[index] = item(
          connections[index]!,
          key,
          index >= start && index < end,
          key === tabStop ? 0 : -1,
          opens === 'inline' && key === currentKey,
        )
      }
    }
    return items
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event)
    const current = event.target
    if (
      event.defaultPrevented ||
      event.altKey ||
      event.metaKey ||
      !(current instanceof HTMLElement) ||
      current.dataset.ikSlot !== 'card-button' ||
      !rootRef.current
    ) {
      return
    }
    const target = gridKeyTarget(rootRef.current, current, event.key, direction)
    if (target) {
      event.preventDefault()
      target.focus()
    }
  }

  // Where each list's first card is among all of them (the window counts across lists).
  let position = 0
  return (
    <div
      ref={rootRef}
      data-ik-slot="grid"
      className={classNames?.grid}
      onKeyDown={handleKeyDown}
      {...props}
    >
      {lists.map((group) => {
        const offset = position
        position += group.connections.length
        const titleId = `${id}-${group.id}`
        return (
          <section
            key={group.id}
            data-ik-slot="grid-group"
            data-ik-group={group.id}
            aria-labelledby={group.label ? titleId : undefined}
            className={classNames?.group}
          >
            {group.label ? (
              <h3 id={titleId} data-ik-slot="grid-group-title" className={classNames?.groupTitle}>
                {group.label}
              </h3>
            ) : null}
            <ul
              role="list"
              data-ik-slot="grid-list"
              aria-labelledby={group.label ? titleId : undefined}
              aria-label={group.label ? undefined : ariaLabel}
              className={classNames?.list}
            >
              {itemsOf(group.connections, offset)}
            </ul>
          </section>
        )
      })}
    </div>
  )
}

/** Memoised: opening a connector's details (page state the grid does not show) renders no card. */
export const ConnectorGrid = memo(ConnectorGridImpl)
