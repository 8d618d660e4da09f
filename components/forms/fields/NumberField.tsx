'use client'
import { FormatField } from './FormatField'
import type { FieldComponentProps } from './types'

/** The `number` field type. */
export function NumberField(props: FieldComponentProps) {
  return <FormatField {...props} inputType="number" />
}
