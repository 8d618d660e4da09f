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

/**
 * For React.lazy's importers: a chunk that cannot be downloaded (a dropped network, a tab older
 * than the host's last deploy) gives a part that renders nothing instead of a rejection. A rejected
 * React.lazy throws while rendering, and without an error boundary React unmounts the host's whole
 * root: a blank page. Reloading the page loads the part again. (The details use a part that says
 * so instead: ./page/details-unavailable.tsx.) `never`: it stands in for the part's component.
 */
export const nothingWhenMissing = () => ({ default: (() => null) as never })

/**
 * A lazily loaded part's import failed: said to the user as a part of the page not downloaded
 * (src/error-message.ts, code 'chunk'); the browser's own error is its cause.
 */
export const chunkError = (cause: unknown) =>
  Object.assign(new Error('A part of the page could not be downloaded.', { cause }), {
    code: 'chunk',
  })

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
          throw chunkError(error)
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
  /**
   * Imports the part again after a failure; once that has failed too, reloads the page. Chromium
   * keeps a failed dynamic import for the page's life (the same chunk fails again at once), so
   * after one failed retry reloading is the way on that works in every browser.
   */
  retry: () => void
  /** A retry failed too: `retry` reloads the page (ErrorMessage's `retried`: "Reload page"). */
  retried: boolean
}

/** Renders `part` at once when it is loaded, else loads it and re-renders when it arrives. */
export function useLazyPart<P>(part: LazyPart<P>): LazyPartState<P> {
  // null while loading; `{}` once loaded (a re-render), `{ error }` after a failed load.
  const [state, setState] = useState<{ error?: unknown } | null>(null)
  const [failures, setFailures] = useState(0)
  const current = () => part.current
  const component = useSyncExternalStore(part.subscribe, current, current)
  useEffect(() => {
    // Also when the part arrived between the render and now: load() then settles at once. A late
    // setState after an unmount is a no-op.
    if (!component && !state) {
      part.load().then(
        () => setState({}),
        (error: unknown) => {
          setFailures((count) => count + 1)
          setState({ error })
        },
      )
    }
  }, [part, component, state])
  const retried = failures > 1
  return {
    component,
    error: component ? undefined : state?.error,
    retry: () => (retried ? window.location.reload() : setState(null)),
    retried,
  }
}
