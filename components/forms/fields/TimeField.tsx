'use client'
import { FormatField } from './FormatField'
import type { FieldComponentProps } from './types'

/** The `time` field type. */
export function TimeField(props: FieldComponentProps) {
  return <FormatField {...props} inputType="time" />
}
