'use client'
/**
 * "Is one of these parts mounted?" for a provider whose look depends on parts rendered anywhere
 * below it: the page root labels itself by a rendered title, the cards drop `aria-haspopup` when
 * the details are inline, the panel hides the settings section while a settings prompt is up.
 * Parts register before paint (Radix's isomorphic layout effect), so the provider never shows a
 * frame of the wrong state; a count, so two parts of the same kind may come and go in any order.
 */
import { useLayoutEffect } from '@radix-ui/react-use-layout-effect'
import { useMemo, useState } from 'react'

export interface Registration {
  /** True while at least one part is registered. */
  registered: boolean
  /** Registers one part; returns the function that unregisters it. Stable. */
  register: () => () => void
}

/** Held by the provider. */
export function useRegistration(): Registration {
  const [count, setCount] = useState(0)
  const [register] = useState(() => () => {
    setCount((current) => current + 1)
    return () => setCount((current) => current - 1)
  })
  const registered = count > 0
  return useMemo(() => ({ registered, register }), [registered, register])
}

/** Called by a part: registered while it is mounted (no-op outside a provider). */
export function useRegistered(registration: Registration | null | undefined): void {
  const register = registration?.register
  useLayoutEffect(() => register?.(), [register])
}
