'use client'
/**
 * Keeps the page behind an open modal layer from scrolling: `overflow: hidden` on <html>, with
 * `scrollbar-gutter: stable` when the page shows a classic scrollbar so nothing shifts as it goes.
 * Only <html>'s own style changes, and neither property is inherited, so the browser restyles one
 * element; react-remove-scroll's class, custom property and padding on <body> restyled the whole
 * catalog (~40 ms at 1,000 cards, ~600 ms at 10,000). Counted across nested layers (the delete
 * confirmation over the details panel): the first lock saves <html>'s inline values, the last
 * unlock puts them back exactly.
 */
import { useLayoutEffect } from '@radix-ui/react-use-layout-effect'
import { useState } from 'react'

let locks = 0
let saved: { overflow: string; scrollbarGutter: string } | undefined

/**
 * Whether the page shows a classic scrollbar. A page that does not overflow has none to keep room
 * for, and a stable gutter would then shift it; overlay scrollbars take no width, so this is false
 * for them too. Under a locked page it still reads right: a stable gutter keeps the page's
 * clientWidth short of the window's. Nothing to read on the server.
 */
function pageHasScrollbar(): boolean {
  if (typeof document === 'undefined') {
    return false
  }
  return window.innerWidth > document.documentElement.clientWidth
}

function lock(hasScrollbar: boolean) {
  locks += 1
  if (locks > 1) {
    return
  }
  const html = document.documentElement
  saved = { overflow: html.style.overflow, scrollbarGutter: html.style.scrollbarGutter }
  html.style.overflow = 'hidden'
  if (hasScrollbar) {
    html.style.scrollbarGutter = 'stable'
  }
}

function unlock() {
  locks -= 1
  if (locks > 0 || !saved) {
    return
  }
  const html = document.documentElement
  html.style.overflow = saved.overflow
  html.style.scrollbarGutter = saved.scrollbarGutter
  saved = undefined
}

/** Locks the page's scroll while the calling component is mounted. */
export function useScrollLock() {
  // Read while the layer first renders, before its commit changes the DOM: the page's layout is
  // then clean and the read costs nothing. Read in the effect below, it forced a layout of the
  // whole page with the new layer in it (~25 ms at 1,000 cards), which the overflow change then
  // invalidated again before paint.
  const [hasScrollbar] = useState(pageHasScrollbar)
  // Before paint: the page must not scroll (or lose its scrollbar) for a frame after opening.
  useLayoutEffect(() => {
    lock(hasScrollbar)
    return unlock
  }, [hasScrollbar])
}
