'use client'
/**
 * `open` / `defaultOpen` / `onOpenChange` for a dialog part, through Radix's controllable state
 * (controlled when `open` is given; `onOpenChange` hears every change either way).
 */
import { useControllableState } from '@radix-ui/react-use-controllable-state'

export interface OpenStateProps {
  open?: boolean
  defaultOpen?: boolean
  onOpenChange?: (open: boolean) => void
}

export function useOpenState(
  { open, defaultOpen = false, onOpenChange }: OpenStateProps,
  caller: string,
): [boolean, (open: boolean) => void] {
  return useControllableState({
    prop: open,
    defaultProp: defaultOpen,
    onChange: onOpenChange,
    caller,
  })
}
