'use client'
import type { ReactNode } from 'react'
import { normaliseFieldType, rulesFor } from '../../../src/forms/form-fields'
import type { FormField } from '../../../src/types'
import { usePanelT } from '../../usePanelT'
import { FieldText } from './FieldText'
import type { FieldIds } from './useFieldControl'
import { VisuallyHidden } from './VisuallyHidden'

export interface FieldShellProps {
  definition: FormField
  ids: FieldIds
  error?: string
  hint?: string | null
  /**
   * 'label' (default) labels one control with `<label for>`; 'group' renders the label as text that a
   * `role="group"` control names with aria-labelledby (checkbox lists).
   */
  labelKind?: 'label' | 'group'
  children: ReactNode
}

/**
 * The wrapper around every field: label with a required mark, the control, description, hint and
 * error. API text is never HTML: labels are text nodes, descriptions go through the inline
 * Markdown reader (FieldText); `white-space: pre-line` in the stylesheet keeps their line breaks.
 */
export function FieldShell({
  definition,
  ids,
  error,
  hint,
  labelKind = 'label',
  children,
}: FieldShellProps) {
  const t = usePanelT()
  const required = rulesFor(definition).required
  const labelContent = (
    <>
      {/* <bdi>: a right-to-left label (or a stray override character in it) cannot move the
          required mark that follows it. */}
      <bdi>{definition.label}</bdi>
      {required ? (
        <>
          <span aria-hidden="true" data-ik-slot="settings-field-required">
            {' *'}
          </span>
          <VisuallyHidden>{` (${t('forms.required')})`}</VisuallyHidden>
        </>
      ) : null}
    </>
  )
  return (
    <div
      data-ik-slot="settings-field"
      data-ik-field-type={normaliseFieldType(definition.type)}
      data-invalid={error ? '' : undefined}
      data-disabled={definition.disabled ? '' : undefined}
    >
      {labelKind === 'label' ? (
        <label id={ids.label} htmlFor={ids.control} data-ik-slot="settings-field-label">
          {labelContent}
        </label>
      ) : (
        <span id={ids.label} data-ik-slot="settings-field-label">
          {labelContent}
        </span>
      )}
      {children}
      {definition.description ? (
        <p id={ids.description} dir="auto" data-ik-slot="settings-field-description">
          <FieldText text={definition.description} />
        </p>
      ) : null}
      {hint ? (
        <p id={ids.hint} data-ik-slot="settings-field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={ids.error} role="alert" data-ik-slot="settings-field-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
