'use client'
/**
 * A lazily loaded part without Suspense. React.lazy suspends on its first render even when its
 * chunk is already in (its promise settles a microtask later), and React throttles the reveal of a
 * Suspense fallback (~300 ms): a panel opened with a lazy section in it showed late. A part here
 * keeps its loaded component (`current`), so a part fetched ahead (`load()`, on idle or on a card's
 * intent) renders in the same commit as the panel; one not in yet renders nothing (or a fallback)
 * and re-renders when it arrives, without holding back the rest of the panel. A part shown in error
 * turns into its component when another load of the same part (a card's intent, another panel)
 * succeeds: every render of a part follows its one `current`.
 */
import { useEffect, useState, useSyncExternalStore, type ComponentType } from 'react'

export interface LazyPart<P> {
  /** Starts the import once (again after a failure) and returns its promise. */
  load: () => Promise<ComponentType<P>>
  /** The loaded component; undefined until the import has resolved. */
  current?: ComponentType<P>
  /** Calls `listener` when the part has loaded; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void
}

/** `importer` is React.lazy's: a module whose default export is the part's component. */
export function lazyPart<P>(importer: () => Promise<{ default: ComponentType<P> }>): LazyPart<P> {
  let loading: Promise<ComponentType<P>> | undefined
  const listeners = new Set<() => void>()
  const part: LazyPart<P> = {
    load: () =>
      (loading ??= importer().then(
        (module) => {
          part.current = module.default
          listeners.forEach((listener) => listener())
          return module.default
        },
        (error: unknown) => {
          // A failed chunk is not kept: the next load() (a retry) imports afresh.
          loading = undefined
          throw error
        },
      )),
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  return part
}

export interface LazyPartState<P> {
  /** The part's component, once loaded (at once when it already was). */
  component: ComponentType<P> | undefined
  /**
   * Why the last import failed (a chunk that could not be fetched), until `retry` or until the part
   * loads another way; undefined whenever `component` is there.
   */
  error: unknown
  /** Imports the part again after a failure. */
  retry: () => void
}

/** Renders `part` at once when it is loaded, else loads it and re-renders when it arrives. */
export function useLazyPart<P>(part: LazyPart<P>): LazyPartState<P> {
  // null while loading; `{}` once loaded (a re-render), `{ error }` after a failed load.
  const [state, setState] = useState<{ error?: unknown } | null>(null)
  const current = () => part.current
  const component = useSyncExternalStore(part.subscribe, current, current)
  useEffect(() => {
    // Also when the part arrived between the render and now: load() then settles at once. A late
    // setState after an unmount is a no-op.
    if (!component && !state) {
      part.load().then(
        () => setState({}),
        (error: unknown) => setState({ error }),
      )
    }
  }, [part, component, state])
  return { component, error: component ? undefined : state?.error, retry: () => setState(null) }
}
