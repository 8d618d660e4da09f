'use client'
import { InputField } from './InputField'
import type { FieldComponentProps } from './types'

/** The `password` field type. */
export function PasswordField(props: FieldComponentProps) {
  return <InputField {...props} inputType="password" />
}
