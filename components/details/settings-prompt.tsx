'use client'
/**
 * "Fill in these settings first": the settings form Connect (or Re-authorize) asks for before it
 * can go on, and a flag the panel's Connection settings section reads, so the same fields are never
 * shown twice — while the prompt is up, the section waits; once the prompt's settings are saved,
 * the prompt goes (AuthorizeButton goes on connecting) and the section shows the whole form.
 */
import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useState,
  type ReactNode,
} from 'react'
import type { Connection } from '../../src/types'
import type { NeedsSettingsNext } from '../oauth/AuthorizeButton'
import { ConnectionSettingsForm } from '../forms/ConnectionSettingsForm'
import type { FieldRegistryOverrides } from '../forms/fields/types'

interface SettingsPromptState {
  /** How many prompts are up (Connect's and Re-authorize's may both be). */
  shown: number
  register: () => () => void
}

const SettingsPromptContext = createContext<SettingsPromptState | null>(null)

// Before paint, so the section never shows for a frame next to the prompt; no-op on the server.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect

/** Holds the flag for one panel (ConnectionDetails wraps its content in it). */
export function SettingsPromptProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(0)
  const [register] = useState(() => () => {
    setShown((count) => count + 1)
    return () => setShown((count) => count - 1)
  })
  return (
    <SettingsPromptContext.Provider value={{ shown, register }}>
      {children}
    </SettingsPromptContext.Provider>
  )
}

/** True while a settings prompt is up in this panel (false outside a provider). */
export function useSettingsPromptShown(): boolean {
  return (useContext(SettingsPromptContext)?.shown ?? 0) > 0
}

export interface SettingsPromptProps {
  connection: Connection
  fieldIds: readonly string[]
  next: NeedsSettingsNext
  fields?: FieldRegistryOverrides
}

export function SettingsPrompt({ connection, fieldIds, next, fields }: SettingsPromptProps) {
  const register = useContext(SettingsPromptContext)?.register
  useIsomorphicLayoutEffect(() => register?.(), [register])
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
