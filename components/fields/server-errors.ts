import type { ErrorOption } from 'react-hook-form'
import { isIntegrationsApiError } from '../../src/errors'
import { fieldName, serverFieldErrors } from '../../src/form-fields'
import type { FormField } from '../../src/types'
import type { TranslateFn } from '../i18n'

/** The API's message, with a string `detail` ("Missing property api_key") added when it says more. */
export function apiErrorText(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error)
  }
  const detail = isIntegrationsApiError(error) ? error.detail : undefined
  if (typeof detail === 'string' && detail.trim() !== '' && !error.message.includes(detail)) {
    return `${error.message}: ${detail}`
  }
  return error.message
}

/**
 * Puts a failed save's field errors on the fields they name (they show like validation errors and
 * clear when edited) and returns the summary for the form's alert. Values are never touched.
 */
export function applyServerErrors(
  error: unknown,
  fields: readonly FormField[],
  setError: (name: `settings.${string}`, error: ErrorOption) => void,
  t: TranslateFn,
): string {
  const text = apiErrorText(error)
  const detail = isIntegrationsApiError(error) ? error.detail : undefined
  const message = error instanceof Error ? error.message : text
  const byId = serverFieldErrors(fields, message, detail)
  for (const [id, reason] of Object.entries(byId)) {
    const field = fields.find((candidate) => candidate.id === id)
    setError(fieldName(id), {
      type: 'server',
      message:
        reason === 'required' ? t('forms.error.required', { label: field?.label ?? id }) : reason,
    })
  }
  return t('forms.saveFailed', { message: text })
}
