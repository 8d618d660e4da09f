/**
 * Where a connector's details open when a host asks for one view of them (`initialView`, issue 10
 * §6; react-vault's single-connection mode). The view names what the user came to do; the layout
 * (layout.ts) says what this connection shows. When the asked-for section is not shown here, the
 * details still open, on the most useful place instead, never on an error: the consent screen when
 * consent is due (nothing else can be done before it), else the call to action, else the top.
 */
import type { DetailsLayout } from './layout'

/** A view of a connector's details a host can open them on. */
export type InitialView = 'connect' | 'settings' | 'resources' | 'mapping' | 'consent' | 'logs'

/**
 * Where the details land: a section (its `data-section`), `'primary'` (the call to action: Connect
 * or Authorize), or `'top'` (nothing to point at: the details open as they always do).
 */
export type InitialViewTarget =
  'primary' | 'create' | 'settings' | 'resources' | 'mapping' | 'consent' | 'logs' | 'top'

/** The call to action of this layout as a place to land, or null when it has none to offer. */
function callToAction(layout: DetailsLayout): InitialViewTarget | null {
  switch (layout.primary) {
    case 'authorize':
    case 'add':
      return 'primary'
    case 'create':
      return 'create'
    case 'credentials':
      // The settings form is how this connection connects.
      return layout.settings ? 'settings' : null
    case 'admin':
    case 'none':
      // The administrator notice has nothing to press; connected, there is nothing to start.
      return null
    default:
      return layout.primary satisfies never
  }
}

/** Where the details open for `view` on a connection with this layout (see the file comment). */
export function initialViewTarget(layout: DetailsLayout, view: InitialView): InitialViewTarget {
  const asked = ((): InitialViewTarget | null => {
    switch (view) {
      case 'connect':
        return callToAction(layout)
      case 'consent':
        return layout.consent ? 'consent' : null
      case 'settings':
      case 'resources':
      case 'mapping':
      case 'logs':
        return layout[view] ? view : null
      default:
        return view satisfies never
    }
  })()
  if (asked) {
    return asked
  }
  if (layout.consent === 'screen') {
    return 'consent'
  }
  return callToAction(layout) ?? 'top'
}
