'use client'
/**
 * Opening a connector's details on the view a host asked for (`initialView`): once per opening,
 * when the connection has loaded, focus goes to the heading of the place initialViewTarget picks
 * (the call to action's button for 'primary'), which scrolls to the top of the panel. A lazily
 * loaded section (consent, mapping, logs) is landed on once it has rendered. Focus the user has
 * put elsewhere by then (a dialog they opened, a field they type in) is left where it is.
 */
import { createContext, useEffect, useRef, type RefObject } from 'react'
import type { InitialViewTarget } from '../../src/details/initial-view'

/** What the parts of one opening of the details need from it. */
export interface OpeningOptions {
  /** Where the details land; null while loading or when no view was asked for. */
  target: InitialViewTarget | null
  /** Start the OAuth window of this opening's call to action (`autoStartAuthorization`). */
  autoStart: boolean
}

export const OpeningContext = createContext<OpeningOptions>({ target: null, autoStart: false })

/** The user's focus is somewhere the details must not take it from. */
function focusTaken(body: HTMLElement): boolean {
  const active = document.activeElement
  if (!active || active === document.body) {
    return false
  }
  const dialog = active.closest('[role="dialog"], [role="alertdialog"]')
  return (
    (dialog !== null && !dialog.contains(body)) ||
    active.matches(
      'input:not([type="checkbox"], [type="radio"]), textarea, select, [contenteditable]',
    )
  )
}

/**
 * Lands the details once per `key` (the connector shown) on `target`, inside `body`. The landing
 * waits for the task after the render: a dialog focuses its first control when it opens, and the
 * asked-for place must come after that, not be undone by it.
 */
export function useInitialViewLanding(
  body: RefObject<HTMLElement | null>,
  target: InitialViewTarget | null,
  key: string,
) {
  const landedFor = useRef<string | null>(null)
  useEffect(() => {
    const root = body.current
    if (!root || !target || target === 'top' || landedFor.current === key) {
      return
    }
    const selector =
      target === 'primary'
        ? '[data-ik-slot="details-actions"] [data-ik-slot="button"]'
        : `[data-section="${target}"] [data-ik-slot="details-section-heading"]`
    let timer: ReturnType<typeof setTimeout> | undefined
    const observer = new MutationObserver(() => land())
    const land = () => {
      const element = root.querySelector<HTMLElement>(selector)
      if (element) {
        observer.disconnect()
        timer = setTimeout(() => {
          landedFor.current = key
          if (!focusTaken(root)) {
            element.focus({ preventScroll: true })
            // jsdom has no scrollIntoView.
            element.scrollIntoView?.({ block: 'start' })
          }
        })
      }
      return element !== null
    }
    if (!land()) {
      observer.observe(root, { childList: true, subtree: true })
    }
    return () => {
      observer.disconnect()
      clearTimeout(timer)
    }
  }, [body, target, key])
}
