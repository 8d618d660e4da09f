'use client'
import { usePanelT } from '../../usePanelT'
import { InputField } from './InputField'
import type { FieldComponentProps } from './types'

/** The `location` field type: free text with a hint of what to enter. */
export function LocationField(props: FieldComponentProps) {
  const t = usePanelT()
  return <InputField {...props} inputType="text" hint={t('forms.locationHint')} />
}
