'use client'
import { useMemo, useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { useResourceSettings } from '../../hooks/useResourceSettings'
import { useUpdateResourceSettings } from '../../hooks/useUpdateResourceSettings'
import { refKey, refOf } from '../../src/connection-ref'
import {
  fromFormValues,
  normaliseFields,
  sortRequiredFirst,
  toDefaultValues,
  toFormValues,
  toResourceDefaults,
  type SettingsFormValues,
} from '../../src/forms/form-fields'
import { wasRetried } from '../../src/error-message'
import type { Connection, ConnectionRef, FormField } from '../../src/types'
import { ErrorMessage } from '../ErrorMessage'
import { LoadErrorMessage } from './LoadErrorMessage'
import { FieldList } from './fields/FieldList'
import { applyServerErrors } from './fields/server-errors'
import type { FieldRegistryOverrides } from './fields/types'
import { usePanelT } from '../usePanelT'

export interface ResourceSettingsFormProps {
  /** The connection whose resource defaults are edited; or give `connectionRef`. */
  connection?: Connection
  connectionRef?: ConnectionRef
  /** A configurable resource, e.g. 'leads'. */
  resource: string
  fields?: FieldRegistryOverrides
  onSaved?: (connection: Connection) => void
  submitLabel?: string
  className?: string
  id?: string
}

/** The defaults already saved on the connection for this resource, by field id. */
function savedDefaults(connection: Connection | undefined, resource: string) {
  const entry = connection?.configuration?.find((item) => item.resource === resource)
  return Object.fromEntries((entry?.defaults ?? []).map((item) => [item.id, item.value]))
}

/**
 * Default values a connector applies when it creates records of one resource (Vault
 * `…/{resource}/config`). Loads the fields, shows them required-first and saves
 * `{ configuration: [{ resource, defaults }] }`.
 */
export function ResourceSettingsForm({
  connection,
  connectionRef,
  resource,
  className,
  fields: registry,
  ...props
}: ResourceSettingsFormProps) {
  const t = usePanelT()
  const ref = connection ? refOf(connection) : connectionRef
  const query = useResourceSettings(ref, resource)
  if (query.data) {
    return (
      <ResourceForm
        key={`${ref ? refKey(ref) : ''}/${resource}`}
        connectionRef={ref as ConnectionRef}
        resource={resource}
        fields={query.data.fields}
        saved={savedDefaults(connection, resource)}
        className={className}
        registry={registry}
        {...props}
      />
    )
  }
  if (query.isError) {
    return (
      <div data-ik-slot="resource-form" data-state="error" className={className}>
        <LoadErrorMessage query={query} place="resourceLoad" resource={resource} />
      </div>
    )
  }
  return (
    <div data-ik-slot="resource-form" data-state="loading" aria-busy="true" className={className}>
      <p role="status">{t('forms.resource.loading', { resource })}</p>
    </div>
  )
}

interface ResourceFormProps extends Omit<ResourceSettingsFormProps, 'connection' | 'fields'> {
  connectionRef: ConnectionRef
  fields: FormField[]
  saved: Record<string, unknown>
  registry?: FieldRegistryOverrides
}

function ResourceForm({
  connectionRef,
  resource,
  fields: rawFields,
  saved,
  registry,
  onSaved,
  submitLabel,
  className,
  id,
}: ResourceFormProps) {
  const t = usePanelT()
  const update = useUpdateResourceSettings()
  const [outcome, setOutcome] = useState<
    { status: 'idle' | 'saved' } | { status: 'error'; error: unknown }
  >({
    status: 'idle',
  })
  const fields = useMemo(() => sortRequiredFirst(normaliseFields(rawFields)), [rawFields])
  const [defaultValues] = useState(() => toFormValues(toDefaultValues(fields, saved)))
  const form = useForm<SettingsFormValues>({ defaultValues, mode: 'onTouched' })

  async function save(values: SettingsFormValues) {
    setOutcome({ status: 'idle' })
    try {
      const connection = await update.mutateAsync({
        ref: connectionRef,
        resource,
        defaults: toResourceDefaults(fields, fromFormValues(values)),
      })
      form.reset(values)
      setOutcome({ status: 'saved' })
      onSaved?.(connection)
    } catch (error) {
      applyServerErrors(error, fields, form.setError, t)
      setOutcome({ status: 'error', error })
    }
  }

  return (
    <FormProvider {...form}>
      <form
        id={id}
        noValidate
        className={className}
        data-ik-slot="resource-form"
        data-state={outcome.status}
        data-pending={update.isPending ? '' : undefined}
        aria-busy={update.isPending || undefined}
        onSubmit={form.handleSubmit(save)}
      >
        <p data-ik-slot="resource-form-intro">{t('forms.resource.intro', { resource })}</p>
        {outcome.status === 'error' ? (
          <ErrorMessage
            data-ik-slot="settings-form-error"
            error={outcome.error}
            place="resourceSave"
            resource={resource}
            retried={wasRetried(update.failureCount)}
          />
        ) : null}
        <FieldList fields={fields} registry={registry} />
        <div role="status" data-ik-slot="settings-form-status">
          {outcome.status === 'saved' ? t('forms.resource.saved') : null}
        </div>
        <div data-ik-slot="settings-form-actions">
          <button
            type="submit"
            disabled={update.isPending}
            data-ik-slot="button"
            data-variant="primary"
            data-pending={update.isPending ? '' : undefined}
          >
            {update.isPending ? t('forms.saving') : (submitLabel ?? t('forms.save'))}
          </button>
        </div>
      </form>
    </FormProvider>
  )
}
