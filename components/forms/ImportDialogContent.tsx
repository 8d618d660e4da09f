'use client'
/**
 * The import dialog's content (its frame, credentials, the connector's settings, metadata and the
 * request): a chunk of its own, since importing existing credentials is rarely done.
 * ImportConnectionDialog renders it in its portal once loaded (../manage/dialog-parts.ts); loaded on intent,
 * the dialog shows it in its first commit.
 */
import * as Dialog from '@radix-ui/react-dialog'
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { useConnection } from '../../hooks/useConnection'
import { useImportConnection } from '../../hooks/useImportConnection'
import { refOf } from '../../src/connection-ref'
import { wasRetried } from '../../src/error-message'
import {
  fromFormValues,
  isEmptyValue,
  normaliseFields,
  toDefaultValues,
  toFormValues,
} from '../../src/forms/form-fields'
import type {
  Connection,
  ConnectionRef,
  FieldValue,
  FormField,
  ImportConnectionBody,
} from '../../src/types'
import { ErrorMessage } from '../ErrorMessage'
import { LoadErrorMessage } from './LoadErrorMessage'
import { DateTimeField } from './fields/DateTimeField'
import { FieldList } from './fields/FieldList'
import { NumberField } from './fields/NumberField'
import { PasswordField } from './fields/PasswordField'
import { TextareaField } from './fields/TextareaField'
import type { FieldRegistryOverrides } from './fields/types'
import { usePanelT } from '../usePanelT'
import { Icon } from '../icons'
import { ModalLayer } from '../ModalLayer'
import { PortalRoot } from '../PortalRoot'

export interface ImportDialogContentProps {
  /** The dialog's title and description, as the frame that stood in for this content shows them. */
  header: ReactNode
  /** The connector to import into; or give `connectionRef` to have it read from the query. */
  connection?: Connection
  connectionRef?: ConnectionRef
  /** After a successful import (the dialog closes). */
  onImported: (connection: Connection) => void
  /** Closes the dialog (an overlay press). */
  onClose: () => void
  /** Field component overrides for the connector's settings. */
  fields?: FieldRegistryOverrides
  className?: string
}

/**
 * Imports existing OAuth credentials (access/refresh token, issue time, lifetime) plus settings and
 * metadata into a connection. Secrets live only in the mounted form: closing the dialog unmounts it
 * and resets the mutation, so no token stays in the DOM, the form state or the MutationCache.
 */
export function ImportDialogContent({
  header,
  connection: givenConnection,
  connectionRef,
  onImported,
  onClose,
  fields,
  className,
}: ImportDialogContentProps) {
  const t = usePanelT()
  // The dialog's own query (it fetches while the dialog is closed): the same cache entry.
  const query = useConnection(givenConnection ? undefined : connectionRef)
  const connection = givenConnection ?? query.data

  return (
    <PortalRoot>
      <ModalLayer overlay="import-overlay" onOverlayPress={onClose}>
        <Dialog.Content data-ik-slot="import-dialog" className={className}>
          {header}
          {connection ? (
            <ImportForm connection={connection} registry={fields} onImported={onImported} />
          ) : query.isError ? (
            <LoadErrorMessage query={query} place="settingsLoad" />
          ) : (
            <p role="status">{t('forms.loading')}</p>
          )}
          {/* Last in the DOM (placed top-right by CSS) so opening focuses the first field. */}
          <Dialog.Close data-ik-slot="import-close" aria-label={t('forms.import.close')}>
            <Icon name="close" />
          </Dialog.Close>
        </Dialog.Content>
      </ModalLayer>
    </PortalRoot>
  )
}

interface ImportFormValues {
  credentials: {
    access_token: string
    refresh_token: string
    issued_at: string
    expires_in: number | string | null
  }
  settings: Record<string, FieldValue>
  metadata: string
}

function credentialField(
  id: string,
  label: string,
  type: string,
  extras: Partial<FormField> = {},
): FormField {
  return { id, label, type, ...extras }
}

/** Only the settings the user filled in: an import must not blank settings saved before. */
function filledSettings(
  values: Record<string, FieldValue>,
): Record<string, FieldValue> | undefined {
  const entries = Object.entries(values).filter(([, value]) => !isEmptyValue(value))
  return entries.length > 0 ? Object.fromEntries(entries) : undefined
}

function parseMetadata(text: string): Record<string, unknown> | undefined | 'invalid' {
  if (text.trim() === '') {
    return undefined
  }
  try {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : 'invalid'
  } catch {
    return 'invalid'
  }
}

function ImportForm({
  connection,
  registry,
  onImported,
}: {
  connection: Connection
  registry?: FieldRegistryOverrides
  onImported: (connection: Connection) => void
}) {
  const t = usePanelT()
  const mutation = useImportConnection()
  const settingsFields = useMemo(
    () => normaliseFields(connection.form_fields),
    [connection.form_fields],
  )
  const [defaultValues] = useState<ImportFormValues>(() => ({
    credentials: { access_token: '', refresh_token: '', issued_at: '', expires_in: null },
    // Defaults only, not saved settings: the import sends what the user enters here.
    settings: toFormValues(toDefaultValues(settingsFields)).settings,
    metadata: '',
  }))
  const form = useForm<ImportFormValues>({ defaultValues, mode: 'onTouched' })
  const [failure, setFailure] = useState<{ error: unknown } | null>(null)

  // The mutation's variables hold the tokens: drop them when this form goes away (dialog closed).
  const reset = useRef(mutation.reset)
  reset.current = mutation.reset
  useEffect(() => () => reset.current(), [])

  const credentials = {
    accessToken: credentialField('access_token', t('forms.import.accessToken'), 'password', {
      required: true,
    }),
    refreshToken: credentialField('refresh_token', t('forms.import.refreshToken'), 'password'),
    issuedAt: credentialField('issued_at', t('forms.import.issuedAt'), 'datetime', {
      description: t('forms.import.issuedAtHelp'),
    }),
    expiresIn: credentialField('expires_in', t('forms.import.expiresIn'), 'number'),
    metadata: credentialField('metadata', t('forms.import.metadata'), 'textarea', {
      description: t('forms.import.metadataHelp'),
    }),
  }

  async function submit(values: ImportFormValues) {
    setFailure(null)
    const { access_token, refresh_token, issued_at, expires_in } = values.credentials
    const metadata = parseMetadata(values.metadata)
    let valid = true
    if (metadata === 'invalid') {
      form.setError(
        'metadata',
        { type: 'json', message: t('forms.error.json') },
        { shouldFocus: true },
      )
      valid = false
    }
    const expires = typeof expires_in === 'number' ? expires_in : null
    if (expires !== null && (!Number.isInteger(expires) || expires < 0)) {
      form.setError(
        'credentials.expires_in',
        { type: 'min', message: t('forms.error.min', { min: 0 }) },
        { shouldFocus: true },
      )
      valid = false
    }
    if (!valid || metadata === 'invalid') {
      return
    }
    const body: ImportConnectionBody = { credentials: { access_token: access_token.trim() } }
    if (refresh_token.trim() !== '') {
      body.credentials.refresh_token = refresh_token.trim()
    }
    if (issued_at !== '') {
      body.credentials.issued_at = new Date(issued_at).toISOString()
    }
    if (expires !== null) {
      body.credentials.expires_in = expires
    }
    const settings = filledSettings(fromFormValues({ settings: values.settings }))
    if (settings) {
      body.settings = settings
    }
    if (metadata) {
      body.metadata = metadata
    }
    try {
      const imported = await mutation.mutateAsync({
        ref: refOf(connection),
        body,
      })
      onImported(imported)
    } catch (error) {
      // The typed values stay for a retry (the Import button).
      setFailure({ error })
    }
  }

  return (
    <FormProvider {...form}>
      <form
        noValidate
        data-ik-slot="import-form"
        data-pending={mutation.isPending ? '' : undefined}
        aria-busy={mutation.isPending || undefined}
        onSubmit={form.handleSubmit(submit)}
      >
        {failure ? (
          <ErrorMessage
            data-ik-slot="settings-form-error"
            error={failure.error}
            place="import"
            name={connection.name}
            retried={wasRetried(mutation.failureCount)}
          />
        ) : null}
        <fieldset data-ik-slot="import-section">
          <legend>{t('forms.import.credentials')}</legend>
          <PasswordField definition={credentials.accessToken} name="credentials.access_token" />
          <PasswordField definition={credentials.refreshToken} name="credentials.refresh_token" />
          <DateTimeField definition={credentials.issuedAt} name="credentials.issued_at" />
          <NumberField definition={credentials.expiresIn} name="credentials.expires_in" />
        </fieldset>
        {settingsFields.length > 0 ? (
          <fieldset data-ik-slot="import-section">
            <legend>{t('forms.import.settings')}</legend>
            <FieldList fields={settingsFields} registry={registry} />
          </fieldset>
        ) : null}
        <TextareaField definition={credentials.metadata} name="metadata" />
        <div data-ik-slot="settings-form-actions">
          <Dialog.Close asChild>
            <button type="button" data-ik-slot="button">
              {t('forms.import.cancel')}
            </button>
          </Dialog.Close>
          <button
            type="submit"
            disabled={mutation.isPending}
            data-ik-slot="button"
            data-variant="primary"
            data-pending={mutation.isPending ? '' : undefined}
          >
            {mutation.isPending ? t('forms.import.submitting') : t('forms.import.submit')}
          </button>
        </div>
      </form>
    </FormProvider>
  )
}
