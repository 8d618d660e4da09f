'use client'
import { createContext, useContext } from 'react'
import type { FormField } from '../../../src/types'

/** Every field of the form being rendered, so a field can find another (filtered-select's parent). */
export const FormFieldsContext = createContext<readonly FormField[]>([])

export function useFormFields(): readonly FormField[] {
  return useContext(FormFieldsContext)
}
