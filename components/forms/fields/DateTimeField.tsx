'use client'
import { FormatField } from './FormatField'
import type { FieldComponentProps } from './types'

/** The `datetime` field type. */
export function DateTimeField(props: FieldComponentProps) {
  return <FormatField {...props} inputType="datetime-local" />
}
