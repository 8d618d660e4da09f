'use client'
import { InputField } from './InputField'
import type { FieldComponentProps } from './types'

/** The `email` field type. */
export function EmailField(props: FieldComponentProps) {
  return <InputField {...props} inputType="email" />
}
