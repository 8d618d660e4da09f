'use client'
/**
 * The button that starts a window flow (Connect, Re-authorize, Disconnect), and the live line that
 * says how the flow goes. The button is our <button>, or with
 * `asChild` the host's own element (Radix Slot) carrying the same handlers and attributes. The
 * disabled state reaches either way (`disabled`, `aria-disabled`, `data-disabled`), and a click
 * while disabled is ignored, since a host's link does not block its own clicks.
 */
import { Slot } from '@radix-ui/react-slot'
import type { ComponentProps, MouseEvent, ReactNode } from 'react'

export interface FlowButtonProps extends ComponentProps<'button'> {
  asChild: boolean
  /** Runs synchronously in the click (a provider window must open inside the user's gesture). */
  onActivate: () => void
}

export function FlowButton({ asChild, disabled, onClick, onActivate, ...props }: FlowButtonProps) {
  const Button = asChild ? Slot : 'button'
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event)
    if (event.defaultPrevented || disabled) {
      event.preventDefault()
      return
    }
    onActivate()
  }
  return (
    <Button
      type={asChild ? undefined : 'button'}
      disabled={disabled}
      aria-disabled={asChild ? disabled || undefined : undefined}
      data-disabled={disabled || undefined}
      onClick={handleClick}
      {...props}
    />
  )
}

/** The flow's polite live line under the button ("Waiting for Xero…"), which describes it. */
export function FlowStatus({
  id,
  slot,
  className,
  children,
}: {
  id: string
  slot: 'authorize-status' | 'revoke-status'
  className?: string
  children: ReactNode
}) {
  return (
    <p id={id} role="status" aria-live="polite" data-ik-slot={slot} className={className}>
      {children}
    </p>
  )
}
