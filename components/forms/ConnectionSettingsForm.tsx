'use client'
import { useMemo, useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { useConnection } from '../../hooks/useConnection'
import { useIntegrationsAdapter } from '../../hooks/IntegrationsProvider'
import { useCreateConnection } from '../../hooks/useCreateConnection'
import { useUpdateConnection } from '../../hooks/useUpdateConnection'
import { useValidateConnection } from '../../hooks/useValidateConnection'
import {
  fromFormValues,
  isEditableField,
  normaliseFields,
  toDefaultValues,
  toFormValues,
  visibleFields,
  type SettingsFormValues,
} from '../../src/forms/form-fields'
import { refOf } from '../../src/connection-ref'
import { wasRetried } from '../../src/error-message'
import type { Connection, ConnectionRef } from '../../src/types'
import { ErrorMessage } from '../ErrorMessage'
import { LoadErrorMessage } from './LoadErrorMessage'
import { FieldList } from './fields/FieldList'
import { applyServerErrors } from './fields/server-errors'
import type { FieldRegistryOverrides } from './fields/types'
import { usePanelT } from '../usePanelT'

export interface ConnectionSettingsFormProps {
  /** The connection to edit. Give this, or `connectionRef` to have the form load it. */
  connection?: Connection
  /** Loads the connection with `useConnection` when `connection` is not given. */
  connectionRef?: ConnectionRef
  /** Per-form field component overrides, e.g. `{ select: MySelect }`. */
  fields?: FieldRegistryOverrides
  /** Only these field ids (e.g. `settings_required_for_authorization` before OAuth). */
  only?: readonly string[]
  /** After a successful save (and validation, when the connector supports it). */
  onSaved?: (connection: Connection) => void
  submitLabel?: string
  /**
   * The Save button's emphasis: 'primary' (default) when saving is the main thing to do,
   * 'secondary' when another call to action (e.g. Authorize) is the primary one nearby.
   */
  submitVariant?: 'primary' | 'secondary'
  /** Test the credentials after saving. Default: the connector's `validation_support`. */
  validate?: boolean
  /**
   * 'edit' (default) saves the connection's settings. 'create' takes a catalog entry (Kinde,
   * Authress) and creates a new connection of it from the form (`useCreateConnection`).
   */
  mode?: 'edit' | 'create'
  /** In 'create' mode, after the new connection is created: receives it. */
  onCreated?: (connection: Connection) => void
  className?: string
  id?: string
}

type Outcome =
  | { status: 'idle' }
  | { status: 'saved' }
  | { status: 'connected' }
  | { status: 'invalid' }
  /** The save failed (`error`), or it was saved but testing the credentials failed (`validate`). */
  | { status: 'error'; place: 'settingsSave' | 'validate' | 'create'; error: unknown }

/**
 * Edits a connection's settings (`form_fields`, values from `settings`). Saves with
 * `PATCH { settings }`; a failed save keeps every typed value and says why in the user's words,
 * with the API's field errors put on the fields they name. With `validation_support` the credentials are then
 * tested and the result announced ("Connected" / "Could not connect").
 */
export function ConnectionSettingsForm({
  connection: givenConnection,
  connectionRef,
  ...props
}: ConnectionSettingsFormProps) {
  const t = usePanelT()
  const query = useConnection(givenConnection ? undefined : connectionRef)
  const connection = givenConnection ?? query.data
  if (connection) {
    // Keyed by connection: another connection gets fresh state, a refetch of this one does not
    // overwrite what the user is typing.
    return <SettingsForm key={connection.id} connection={connection} {...props} />
  }
  if (query.isError) {
    return (
      <div data-ik-slot="settings-form" data-state="error" className={props.className}>
        <LoadErrorMessage query={query} place="settingsLoad" />
      </div>
    )
  }
  return (
    <div data-ik-slot="settings-form" data-state="loading" className={props.className}>
      <p role="status">{t('forms.loading')}</p>
    </div>
  )
}

function SettingsForm({
  connection,
  fields: registry,
  only,
  onSaved,
  submitLabel,
  submitVariant = 'primary',
  validate,
  mode = 'edit',
  onCreated,
  className,
  id,
}: Omit<ConnectionSettingsFormProps, 'connection' | 'connectionRef'> & {
  connection: Connection
}) {
  const t = usePanelT()
  const adapter = useIntegrationsAdapter()
  const update = useUpdateConnection()
  const create = useCreateConnection()
  const validation = useValidateConnection()
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' })
  // A stable memo key for the id list. JSON, not a join: ids are data and may hold any separator.
  const onlyKey = only === undefined ? undefined : JSON.stringify(only)
  const fields = useMemo(() => {
    const all = normaliseFields(connection.form_fields)
    const wanted = onlyKey === undefined ? null : new Set(JSON.parse(onlyKey) as string[])
    return wanted ? all.filter((field) => wanted.has(field.id)) : all
  }, [connection.form_fields, onlyKey])
  // Initial values only: later refetches must not reset what the user typed.
  const [defaultValues] = useState(() =>
    toFormValues(toDefaultValues(fields, mode === 'create' ? undefined : connection.settings)),
  )
  const form = useForm<SettingsFormValues>({ defaultValues, mode: 'onTouched' })
  const shouldValidate = validate ?? Boolean(connection.validation_support)
  const pending = update.isPending || validation.isPending || create.isPending

  async function createConnection(values: SettingsFormValues) {
    setOutcome({ status: 'idle' })
    let created: Connection
    try {
      created = await create.mutateAsync({
        catalogRef: refOf(connection),
        values: fromFormValues(values),
      })
    } catch (error) {
      // Nothing is reset: every typed value stays, and the API's field errors go on their fields.
      applyServerErrors(error, fields, form.setError, t)
      setOutcome({ status: 'error', place: 'create', error })
      return
    }
    onCreated?.(created)
  }

  async function save(values: SettingsFormValues) {
    setOutcome({ status: 'idle' })
    const ref = refOf(connection)
    let saved: Connection
    try {
      saved = await update.mutateAsync({ ref, patch: { settings: fromFormValues(values) } })
    } catch (error) {
      // Nothing is reset: the user's input stays for a retry.
      applyServerErrors(error, fields, form.setError, t)
      setOutcome({ status: 'error', place: 'settingsSave', error })
      return
    }
    form.reset(values)
    if (!shouldValidate) {
      setOutcome({ status: 'saved' })
      onSaved?.(saved)
      return
    }
    try {
      const result = await validation.mutateAsync({ ref })
      const valid = result.state !== 'invalid'
      setOutcome(valid ? { status: 'connected' } : { status: 'invalid' })
      onSaved?.({ ...saved, state: result.state })
    } catch (error) {
      // The test itself failed (not the credentials): say that, not "check your credentials".
      setOutcome({ status: 'error', place: 'validate', error })
    }
  }

  const visible = visibleFields(fields)
  // Only copy/info/read-only fields: there is nothing to save, so no Save button.
  const editable = visible.some(isEditableField)
  const buttonText = create.isPending
    ? t('forms.creating')
    : update.isPending
      ? t('forms.saving')
      : validation.isPending
        ? t('forms.validating')
        : (submitLabel ?? t(mode === 'create' ? 'forms.create' : 'forms.save'))
  // Where the backend never returns saved settings (Kinde), an edit form starts blank: say why,
  // and that blank means unchanged.
  const writeOnly = mode === 'edit' && !adapter.capabilities.readableConfig

  return (
    <FormProvider {...form}>
      <form
        id={id}
        noValidate
        className={className}
        data-ik-slot="settings-form"
        data-state={outcome.status}
        data-pending={pending ? '' : undefined}
        aria-busy={pending || undefined}
        onSubmit={form.handleSubmit(mode === 'create' ? createConnection : save)}
      >
        {writeOnly ? (
          <p data-ik-slot="settings-form-lead">{t('forms.readableConfigLead')}</p>
        ) : null}
        {outcome.status === 'error' ? (
          <ErrorMessage
            data-ik-slot="settings-form-error"
            error={outcome.error}
            place={outcome.place}
            name={connection.name}
            retried={wasRetried(
              outcome.place === 'validate'
                ? validation.failureCount
                : outcome.place === 'create'
                  ? create.failureCount
                  : update.failureCount,
            )}
          />
        ) : null}
        {visible.length === 0 ? (
          <p data-ik-slot="settings-form-empty">{t('forms.noFields')}</p>
        ) : (
          <FieldList fields={fields} registry={registry} />
        )}
        <div role="status" data-ik-slot="settings-form-status">
          {outcome.status === 'saved' ? t('forms.saved') : null}
          {outcome.status === 'connected' ? t('forms.connected') : null}
          {validation.isPending ? t('forms.validating') : null}
        </div>
        {outcome.status === 'invalid' ? (
          <div role="alert" data-ik-slot="settings-form-error" data-state="invalid">
            {t('forms.connectFailed')}
          </div>
        ) : null}
        {editable ? (
          <div data-ik-slot="settings-form-actions">
            <button
              type="submit"
              disabled={pending}
              data-ik-slot="button"
              data-variant={submitVariant}
              data-pending={pending ? '' : undefined}
            >
              {buttonText}
            </button>
          </div>
        ) : null}
      </form>
    </FormProvider>
  )
}
