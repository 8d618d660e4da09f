'use client'
import { InputField } from './InputField'
import type { FieldComponentProps } from './types'

/** The `tel` field type. */
export function TelField(props: FieldComponentProps) {
  return <InputField {...props} inputType="tel" />
}
