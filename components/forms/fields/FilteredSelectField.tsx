'use client'
import { useEffect, useRef } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import {
  fieldName,
  hasOption,
  isEmptyValue,
  optionKey,
  optionsFor,
} from '../../../src/forms/form-fields'
import { usePanelT } from '../../usePanelT'
import { useFormFields } from './form-fields-context'
import { SelectControl } from './SelectControl'
import type { FieldComponentProps } from './types'

/**
 * The `filtered-select` field type: its options are the group matching another field's value
 * (`filter.value` names that field). When the parent changes and the chosen option is not in the
 * new group, the choice is cleared, so a stage of one pipeline is never saved under another.
 */
export function FilteredSelectField({ definition, name }: FieldComponentProps) {
  const t = usePanelT()
  const fields = useFormFields()
  const { getValues, setValue } = useFormContext()
  const parentId = definition.filter?.value ?? undefined
  const parentValue: unknown = useWatch({
    name: fieldName(parentId ?? ''),
    disabled: !parentId,
  })
  const options = optionsFor(definition, parentId ? { [parentId]: parentValue } : {})
  const previousParent = useRef(optionKey(parentValue))

  useEffect(() => {
    const parentKey = optionKey(parentValue)
    if (previousParent.current === parentKey) {
      return
    }
    previousParent.current = parentKey
    const current: unknown = getValues(name)
    if (!isEmptyValue(current) && !hasOption(options, current)) {
      setValue(name, '', { shouldDirty: true })
    }
  }, [parentValue, options, getValues, setValue, name])

  const parentLabel = fields.find((field) => field.id === parentId)?.label ?? parentId
  const hint =
    parentId && isEmptyValue(parentValue)
      ? t('forms.chooseParentFirst', { label: parentLabel ?? '' })
      : null
  return <SelectControl definition={definition} name={name} options={options} hint={hint} />
}
