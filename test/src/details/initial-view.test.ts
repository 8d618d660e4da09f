import { describe, expect, it } from 'vitest'
import {
  initialViewTarget,
  type InitialView,
  type InitialViewTarget,
} from '../../../src/details/initial-view'
import type { DetailsLayout } from '../../../src/details/layout'

/** Nothing shown: each layout below turns on what its connection offers. */
const bare: DetailsLayout = {
  primary: 'none',
  settings: false,
  resources: false,
  manage: false,
  consent: false,
  mapping: false,
  logs: false,
  guide: false,
}

/** Connected, consent given, with mappings and logs: every section is there. */
const connected: DetailsLayout = {
  ...bare,
  settings: true,
  resources: true,
  manage: true,
  consent: 'history',
  mapping: true,
  logs: true,
}
/** Consent due: the screen alone (the layout hides the data sections), Manage stays. */
const consentDue: DetailsLayout = { ...bare, manage: true, consent: 'screen' }
/** Added OAuth connector: Authorize, its settings, Manage, logs. */
const toAuthorize: DetailsLayout = {
  ...bare,
  primary: 'authorize',
  settings: true,
  manage: true,
  logs: true,
}
/** Authorize asks for the settings itself (settings_required_for_authorization are empty). */
const authorizeAsksSettings: DetailsLayout = { ...toAuthorize, settings: false }
/** A never-added API-key connector: the plain Connect. */
const toAdd: DetailsLayout = { ...bare, primary: 'add' }
/** A catalog entry of a connector with many connections (Kinde, Authress). */
const toCreate: DetailsLayout = { ...bare, primary: 'create' }
/** API key not working yet: the settings form is the call to action. */
const credentials: DetailsLayout = { ...bare, primary: 'credentials', settings: true, manage: true }
/** The administrator must configure the connector. */
const admin: DetailsLayout = { ...bare, primary: 'admin', manage: true }
/** A read-only panel (`allowActions: []`) of a connected connector. */
const readOnly: DetailsLayout = { ...bare, logs: true }

const views: InitialView[] = ['connect', 'settings', 'resources', 'mapping', 'consent', 'logs']

describe('initialViewTarget', () => {
  it('lands on the section asked for when the connection shows it', () => {
    expect(views.map((view) => initialViewTarget(connected, view))).toEqual([
      // Connected: nothing to connect, and consent is not due: the top.
      'top',
      'settings',
      'resources',
      'mapping',
      'consent',
      'logs',
    ])
  })

  it('puts the consent screen first for every view while consent is due', () => {
    for (const view of views) {
      expect(initialViewTarget(consentDue, view)).toBe('consent')
    }
  })

  it.each<[string, DetailsLayout, InitialViewTarget]>([
    ['Authorize', toAuthorize, 'primary'],
    ['the plain Connect', toAdd, 'primary'],
    ['the create form', toCreate, 'create'],
    ['the credentials form', credentials, 'settings'],
    ['nothing to press (administrator)', admin, 'top'],
    ['nothing to do (connected)', connected, 'top'],
  ])("'connect' lands on %s", (_, layout, target) => {
    expect(initialViewTarget(layout, 'connect')).toBe(target)
  })

  it.each<[InitialView, DetailsLayout, InitialViewTarget]>([
    // Not connected yet: no mappings, resources or consent to show; the call to action instead.
    ['mapping', toAuthorize, 'primary'],
    ['resources', toAuthorize, 'primary'],
    ['consent', toAuthorize, 'primary'],
    // Authorize asks for exactly the settings it needs: that is where settings are.
    ['settings', authorizeAsksSettings, 'primary'],
    ['logs', toAdd, 'primary'],
    ['settings', toCreate, 'create'],
    ['mapping', credentials, 'settings'],
    // Nothing to point at: the top, never an error.
    ['mapping', admin, 'top'],
    ['settings', readOnly, 'top'],
    ['consent', bare, 'top'],
    ['logs', bare, 'top'],
  ])("'%s' falls back sensibly when the section is not shown", (view, layout, target) => {
    expect(initialViewTarget(layout, view)).toBe(target)
  })

  it('lands on the section itself where it is shown next to a call to action', () => {
    expect(initialViewTarget(toAuthorize, 'settings')).toBe('settings')
    expect(initialViewTarget(toAuthorize, 'logs')).toBe('logs')
    expect(initialViewTarget(credentials, 'settings')).toBe('settings')
  })
})
