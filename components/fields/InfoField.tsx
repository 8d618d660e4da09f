'use client'
import type { FieldComponentProps } from './types'

/**
 * The `info` field type: text only, no value. Label and description are rendered as text nodes,
 * never as HTML or Markdown, because they come from the API.
 */
export function InfoField({ definition }: FieldComponentProps) {
  return (
    <div data-ik-slot="settings-field" data-ik-field-type="info">
      <p data-ik-slot="settings-field-info-title">{definition.label}</p>
      {definition.description ? (
        <p data-ik-slot="settings-field-description">{definition.description}</p>
      ) : null}
    </div>
  )
}
