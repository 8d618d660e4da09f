'use client'
import { InputField } from './InputField'
import type { FieldComponentProps } from './types'

/** The `text` field type. */
export function TextField(props: FieldComponentProps) {
  return <InputField {...props} inputType="text" />
}
