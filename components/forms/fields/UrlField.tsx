'use client'
import { InputField } from './InputField'
import type { FieldComponentProps } from './types'

/** The `url` field type. */
export function UrlField(props: FieldComponentProps) {
  return <InputField {...props} inputType="url" />
}
