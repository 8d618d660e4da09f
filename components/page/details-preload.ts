'use client'
/**
 * Details that appear on the frame after the click. Their code is a lazy chunk: it is fetched once
 * the catalog has painted and the browser is idle, and the lazy() components await the same
 * promise, so opening never suspends once it is in. A connected connector's panel also shows
 * sections that are chunks of their own (consent, field mapping, logs: ../details/panel-parts.ts):
 * when the painted catalog has connected connectors, they are loaded when idle too, into the parts
 * the panel renders, so it shows them in its first commit. A card the pointer rests on (~80 ms, or at
 * once on pointerdown; never for touch, which may be a scroll) or the keyboard stops on (a key
 * released on it, ~80 ms) fetches the chunks too and, for a connected connector, the detail query the details read (same
 * key and options as useConnection, so opening does not fetch it again while it is fresh). A quick
 * pass over cards fetches nothing; the query cache keeps it to one request per card per staleTime.
 */
import { useQueryClient } from '@tanstack/react-query'
import {
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react'
import { useLayoutEffect } from '@radix-ui/react-use-layout-effect'
import { connectionQueries } from '../../hooks/query/connection-queries'
import { useIntegrationsAdapter } from '../../hooks/IntegrationsProvider'
import { refKey, refOf } from '../../src/connection-ref'
import type * as PanelParts from '../details/panel-parts'
import { ConsentShownContext } from '../catalog/useConnectionStatus'
import type { Connection } from '../../src/types'

/**
 * The details parts on screen, one per page on the document: each renders its lazy component
 * (fetching the chunk they share) when called. A page that unmounts leaves; intent on any page's
 * card calls them all, so no page is left holding another's stale setter.
 */
const wanters = new Set<() => void>()
const preload = () => wanters.forEach((want) => want())

/** Loads the section chunks of `connected`'s panels ahead: see loadSections in ../details/panel-parts. */
const loadSections = (...args: Parameters<typeof PanelParts.loadSections>) =>
  void import('../details/panel-parts').then((parts) => parts.loadSections(...args))

/**
 * Whether a details part renders its lazy component, which fetches its chunk: while `open`, and
 * from when the browser is idle after `ready` (the catalog painted), or earlier when a card is
 * about to be opened. Once rendered, the lazy component is in when the details open. When idle,
 * the section chunks are loaded too if `connected` (the painted catalog's) has any.
 */
export function useDetailsChunk(ready: boolean, open: boolean, connected: readonly Connection[]) {
  const [wanted, setWanted] = useState(false)
  const adapter = useIntegrationsAdapter()
  const consent = useContext(ConsentShownContext)
  useEffect(() => {
    if (ready) {
      const want = () => setWanted(true)
      wanters.add(want)
      // Called on the window (requestIdleCallback needs it); Safari has no requestIdleCallback.
      ;(window.requestIdleCallback ?? setTimeout)(() => {
        want()
        if (connected.length > 0) {
          loadSections(connected, adapter, consent)
        }
      })
      return () => {
        wanters.delete(want)
      }
    }
    // Once, for the catalog as it first painted: a filter changing `connected` later is no reason
    // to load again (a card's intent loads what its own panel shows).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready])
  return wanted || open
}

/** How long the pointer or focus rests on a card before what opening it needs is fetched. */
const INTENT_MS = 80

/** One pointer, one focus: one pending prefetch at a time. */
let timer: ReturnType<typeof setTimeout> | undefined

/**
 * The catalog root's handlers (event delegation: a card is found by its `data-ik-key`): on intent,
 * fetch the chunk of the details on screen and, for a card of `connected`, its detail query.
 */
export function usePrefetchOnIntent(connected: readonly Connection[]) {
  const queryClient = useQueryClient()
  const adapter = useIntegrationsAdapter()
  const consentShown = useContext(ConsentShownContext)
  // Read when a card is pointed at, so the handlers stay the same objects: the (memoised) grid
  // they are given to does not render again with every render of the page.
  const latest = useRef({ connected, queryClient, adapter, consentShown })
  useLayoutEffect(() => {
    latest.current = { connected, queryClient, adapter, consentShown }
  })
  return useMemo(() => {
    const prefetch = (key: string) => {
      const { connected, queryClient, adapter, consentShown } = latest.current
      preload()
      const connection = connected.find((entry) => refKey(refOf(entry)) === key)
      // The panel's own query options (30 s fresh), also where a host made its reads fresher: the
      // prefetch then stays one request per card per 30 s.
      if (connection) {
        const ref = refOf(connection)
        void queryClient.prefetchQuery(connectionQueries.detail(adapter, ref))
        // Its panel's section chunks now, beside the detail, not after the panel has rendered (a
        // waterfall of three round trips); where consent shows, also the records that section lists.
        loadSections([connection], adapter, consentShown, queryClient)
      }
    }
    const cancel = () => clearTimeout(timer)
    const onIntent = (delay: number) => (event: PointerEvent | KeyboardEvent) => {
      cancel()
      const key = (event.target as HTMLElement).closest<HTMLElement>('[data-ik-key]')?.dataset.ikKey
      if (key && (event as PointerEvent).pointerType !== 'touch') {
        // A press fetches right away, before the click's own render takes the thread.
        if (delay) {
          timer = setTimeout(prefetch, delay, key)
        } else {
          prefetch(key)
        }
      }
    }
    return {
      onPointerOver: onIntent(INTENT_MS),
      // The key released on a card (Tab, arrows): held arrows fetch nothing on the way, and focus
      // handed back to a card as the details close is no intent.
      onKeyUp: onIntent(INTENT_MS),
      onPointerDown: onIntent(0),
      onPointerLeave: cancel,
    }
  }, [])
}
