'use client'
import { FieldText } from './FieldText'
import type { FieldComponentProps } from './types'

/**
 * The `info` field type: text only, no value. The label is a text node; the description goes
 * through the inline Markdown reader (never HTML: it comes from the API).
 */
export function InfoField({ definition }: FieldComponentProps) {
  return (
    <div data-ik-slot="settings-field" data-ik-field-type="info">
      <p data-ik-slot="settings-field-info-title">{definition.label}</p>
      {definition.description ? (
        <p dir="auto" data-ik-slot="settings-field-description">
          <FieldText text={definition.description} />
        </p>
      ) : null}
    </div>
  )
}
