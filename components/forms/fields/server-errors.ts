import type { ErrorOption } from 'react-hook-form'
import { isIntegrationsApiError } from '../../../src/errors'
import { fieldName, serverFieldErrors } from '../../../src/forms/form-fields'
import type { FormField } from '../../../src/types'
import type { TranslateFn } from '../../i18n'

/**
 * Puts a failed save's field errors on the fields they name (they show like validation errors and
 * clear when edited). Values are never touched. The form's own summary of the failure is an
 * ErrorMessage, in the user's words.
 */
export function applyServerErrors(
  error: unknown,
  fields: readonly FormField[],
  setError: (name: `settings.${string}`, error: ErrorOption) => void,
  t: TranslateFn,
): void {
  if (!isIntegrationsApiError(error)) {
    return
  }
  const byId = serverFieldErrors(fields, error.message, error.detail)
  for (const [id, reason] of Object.entries(byId)) {
    const field = fields.find((candidate) => candidate.id === id)
    setError(fieldName(id), {
      type: 'server',
      message:
        reason === 'required' ? t('forms.error.required', { label: field?.label ?? id }) : reason,
    })
  }
}
