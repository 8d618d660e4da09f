'use client'
import { FormatField } from './FormatField'
import type { FieldComponentProps } from './types'

/** The `date` field type. */
export function DateField(props: FieldComponentProps) {
  return <FormatField {...props} inputType="date" />
}
