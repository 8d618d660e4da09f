'use client'
/**
 * A dialog's modal behaviour, done here instead of by Radix's modal mode. Radix keeps the
 * semantics (`<Dialog.Root modal={false}>`: role, title, description, Escape, focus return); this
 * layer adds what modal meant: an overlay that takes presses, focus placed in the content and
 * trapped there (FocusScope), everything else hidden from assistive tech (aria-hidden's
 * hideOthers, as Radix does) and the page's scroll locked on <html> (useScrollLock). Radix's modal
 * mode set `pointer-events: none` on <body> and react-remove-scroll restyled <body>, which made the
 * browser restyle every card of the catalog behind (issue 11).
 *
 * Open layers form a stack: only the topmost one answers an overlay press, so the delete
 * confirmation over the details panel closes alone. Escape needs nothing here: Radix's
 * DismissableLayer (still under every Dialog.Content) already answers it in the highest layer only,
 * and its layers open in the same order as this stack.
 *
 * Usage, inside `Dialog.Portal`: `<ModalLayer overlay="…-overlay" onOverlayPress={close}>
 * <Dialog.Content …/></ModalLayer>`.
 */
import { FocusScope } from '@radix-ui/react-focus-scope'
import { Slot } from '@radix-ui/react-slot'
import { hideOthers } from 'aria-hidden'
import {
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactElement,
  type Ref,
  type RefObject,
} from 'react'
import { useScrollLock } from './useScrollLock'

/** The layers open now, the topmost last. */
const openLayers: object[] = []

export interface ModalLayerProps {
  /** The overlay's `data-ik-slot` (its part name), e.g. 'details-overlay'. */
  overlay: string
  overlayClassName?: string
  /**
   * A primary press on the overlay (outside the content). Left out for an alert dialog, which is
   * answered with a button or Escape, never by a stray click.
   */
  onOverlayPress?: () => void
  /**
   * What gets focus on open (an alert dialog's Cancel); default the first tabbable element that
   * is not a link, as Radix does. Dialog.Content's onOpenAutoFocus is not called (see below).
   */
  initialFocus?: RefObject<HTMLElement | null>
  /** The Dialog.Content. */
  children: ReactElement
}

/** The Dialog.Content props this layer adds (Slot runs the content's own handlers first). */
interface ContentProps {
  ref: Ref<HTMLElement>
  onOpenAutoFocus: (event: Event) => void
  onInteractOutside: (event: Event) => void
  children: ReactElement
}
const WithContentProps = Slot as ComponentType<ContentProps>

function preventDefault(event: Event) {
  event.preventDefault()
}

/** Radix's choice on open: the first tabbable element that is not a link, else the content. */
function focusFirst(content: HTMLElement) {
  for (const element of content.querySelectorAll<HTMLElement>('*')) {
    const candidate =
      element.tabIndex >= 0 &&
      !element.matches(':disabled, a, input[type="hidden"]') &&
      !element.closest('[hidden], [inert]')
    if (candidate) {
      element.focus()
      if (document.activeElement === element) {
        if (element instanceof HTMLInputElement) {
          element.select()
        }
        return
      }
    }
  }
  content.focus()
}

export function ModalLayer({
  overlay,
  overlayClassName,
  onOverlayPress,
  initialFocus,
  children,
}: ModalLayerProps) {
  const [layer] = useState(() => ({}))
  const contentRef = useRef<HTMLElement>(null)
  const pressedByTouch = useRef(false)
  useScrollLock()

  useEffect(() => {
    openLayers.push(layer)
    const content = contentRef.current
    const showOthers = content ? hideOthers(content) : undefined
    return () => {
      openLayers.splice(openLayers.indexOf(layer), 1)
      showOthers?.()
    }
  }, [layer])

  const isTopmost = () => openLayers[openLayers.length - 1] === layer

  return (
    <>
      <div
        data-ik-slot={overlay}
        data-state="open"
        className={overlayClassName}
        onPointerDown={(event) => {
          pressedByTouch.current = false
          // A right or ctrl-click opens the context menu; it does not close (as with Radix).
          if (event.button !== 0 || event.ctrlKey || !isTopmost()) {
            return
          }
          // A tap closes on its click instead: closed now, the click would land on the card
          // beneath and open it again.
          if (event.pointerType === 'touch') {
            pressedByTouch.current = true
            return
          }
          onOverlayPress?.()
        }}
        onClick={() => {
          if (pressedByTouch.current && isTopmost()) {
            pressedByTouch.current = false
            onOverlayPress?.()
          }
        }}
      />
      {/* Focus goes back on close through the Dialog.Content (to its trigger, or the dialog's
          own onCloseAutoFocus); this scope only traps it and loops Tab. */}
      <FocusScope
        asChild
        loop
        trapped
        onMountAutoFocus={(event) => {
          // Placed here, once this scope's trap listens: the trap brings focus back to the last
          // element focused inside, so focus placed before it listened (by Dialog.Content's own
          // scope, whose effects run first) would leave it nothing to come back to. The event is
          // already prevented: both scopes sit on one element and hear each other's events.
          event.preventDefault()
          const target = initialFocus?.current
          if (target) {
            target.focus()
          } else if (contentRef.current) {
            focusFirst(contentRef.current)
          }
        }}
        onUnmountAutoFocus={preventDefault}
      >
        <WithContentProps
          ref={contentRef}
          // Placed by this layer's scope instead (above).
          onOpenAutoFocus={preventDefault}
          // Presses outside land on the overlay (handled above) and focus cannot leave (trapped).
          // Prevented also so that Radix still returns focus to the trigger on close.
          onInteractOutside={preventDefault}
        >
          {children}
        </WithContentProps>
      </FocusScope>
    </>
  )
}
