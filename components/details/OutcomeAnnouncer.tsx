'use client'
/**
 * The live region outside the panel that says an outcome once the panel has closed ("Xero is
 * deleted"); rendered from the moment a delete closes the panel (see panel-outcomes.ts).
 */
import { visuallyHidden } from '../visually-hidden'
import type { PanelOutcomes } from './panel-outcomes'

export function OutcomeAnnouncer({ outcomes }: { outcomes: PanelOutcomes }) {
  return outcomes.afterCloseRegion ? (
    <div
      role="status"
      aria-live="polite"
      data-ik-slot="details-outcome-announcer"
      style={visuallyHidden}
    >
      {outcomes.afterClose}
    </div>
  ) : null
}
