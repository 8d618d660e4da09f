'use client'
/**
 * "Fill in these settings first": the settings form Connect (or Re-authorize) asks for before it
 * can go on, and a flag the panel's Connection settings section reads, so the same fields are never
 * shown twice — while the prompt is up, the section waits; once the prompt's settings are saved,
 * the prompt goes (AuthorizeButton goes on connecting) and the section shows the whole form.
 */
import { createContext, useContext, type ReactNode } from 'react'
import type { Connection } from '../../src/types'
import type { NeedsSettingsNext } from '../oauth/AuthorizeButton'
import { ConnectionSettingsForm } from '../forms/ConnectionSettingsForm'
import type { FieldRegistryOverrides } from '../forms/fields/types'
import { useRegistration, useRegistered, type Registration } from '../registration'

/** Whether a prompt is up (Connect's and Re-authorize's may both be), and how one says so. */
const SettingsPromptContext = createContext<Registration | null>(null)

/** Holds the flag for one panel (ConnectionDetails wraps its content in it). */
export function SettingsPromptProvider({ children }: { children: ReactNode }) {
  const registration = useRegistration()
  return (
    <SettingsPromptContext.Provider value={registration}>{children}</SettingsPromptContext.Provider>
  )
}

/** True while a settings prompt is up in this panel (false outside a provider). */
export function useSettingsPromptShown(): boolean {
  return useContext(SettingsPromptContext)?.registered ?? false
}

export interface SettingsPromptProps {
  connection: Connection
  fieldIds: readonly string[]
  next: NeedsSettingsNext
  fields?: FieldRegistryOverrides
}

export function SettingsPrompt({ connection, fieldIds, next, fields }: SettingsPromptProps) {
  // Before paint, so the section never shows for a frame next to the prompt.
  useRegistered(useContext(SettingsPromptContext))
  return (
    <div data-ik-slot="needs-settings">
      <ConnectionSettingsForm
        connection={connection}
        only={fieldIds}
        fields={fields}
        onSaved={next.onSaved}
      />
    </div>
  )
}
