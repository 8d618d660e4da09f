'use client'
/**
 * Maps one field: a Radix dialog with the three sources Vault users know from react-vault, picked
 * with a radio group:
 * - a **custom field** of the connector (`…/{resource}/custom-fields`): its `finder` is the value;
 * - a **property of the resource** (`…/{resource}/schema`), nested ones too, inside the
 *   `response_data_path` envelope;
 * - an **advanced JSONPath**, previewed live against a real response (`…/{resource}/example`),
 *   as text (never HTML).
 * The resource is the mapping id's (`{api}+{resource}+{field}`). Opening fires the three requests in
 * parallel; they stay fresh for 5 minutes, so reopening fires none.
 */
import * as Dialog from '@radix-ui/react-dialog'
import { useId, useMemo, useState, type ReactNode } from 'react'
import { useCustomFields } from '../../hooks/useCustomFields'
import { useResourceExample } from '../../hooks/useResourceExample'
import { useResourceSchema } from '../../hooks/useResourceSchema'
import { useSaveCustomMapping } from '../../hooks/useSaveCustomMapping'
import { refOf } from '../../src/connection-ref'
import { mappingEn } from '../../src/i18n/mapping/en'
import { evaluateJsonPath } from '../../src/mapping/json-path'
import { mappingLabel, type FieldMapping } from '../../src/mapping/mapping-label'
import { mappingResource } from '../../src/mapping/mapping-resource'
import { schemaProperties } from '../../src/mapping/schema-properties'
import type { Connection, JsonValue } from '../../src/types'
import { resourceLabel } from '../details/ConnectionPanelBody'
import { Icon } from '../icons'
import { ModalLayer } from '../ModalLayer'
import { PortalRoot } from '../PortalRoot'
import { useLazyT } from '../useLazyT'
import { MappingError } from './MappingError'

/** Where a mapping's value comes from: a custom field's finder, a schema property, a JSONPath. */
export type MappingSourceMode = 'custom' | 'property' | 'advanced'

const MODES: readonly MappingSourceMode[] = ['custom', 'property', 'advanced']

export interface MappingDialogProps {
  connection: Connection
  mapping: FieldMapping
  open: boolean
  onOpenChange: (open: boolean) => void
  /** After the server saved the mapping (the dialog has closed). */
  onSaved?: () => void
  /** The source shown first. Default: advanced when the field is mapped to a path, else custom. */
  defaultMode?: MappingSourceMode
  /** Portal container. Default document.body. */
  container?: HTMLElement | null
}

/** A value as preview text: strings as they are, anything else as JSON; long ones cut. */
function previewText(value: JsonValue | undefined): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > 400 ? `${text.slice(0, 400)}…` : text
}

/** The dialog that maps one field: pick a custom field, a resource property or a JSONPath. */
export function MappingDialog({
  connection,
  mapping,
  open,
  onOpenChange,
  onSaved,
  defaultMode,
  container,
}: MappingDialogProps) {
  const t = useLazyT(mappingEn)
  const label = mappingLabel(mapping)
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange} modal={false}>
      <Dialog.Portal container={container}>
        <PortalRoot>
          <ModalLayer overlay="mapping-overlay" onOverlayPress={() => onOpenChange(false)}>
            <Dialog.Content data-ik-slot="mapping-dialog">
              <Dialog.Title data-ik-slot="mapping-title">
                {t('mapping.title', { label })}
              </Dialog.Title>
              <Dialog.Description data-ik-slot="mapping-dialog-description">
                {t('mapping.description', { name: connection.name })}
              </Dialog.Description>
              <Dialog.Close data-ik-slot="mapping-close" aria-label={t('mapping.close')}>
                <Icon name="close" />
              </Dialog.Close>
              {/* Mounted only while open: the three source requests fire when it opens. */}
              <MappingForm
                connection={connection}
                mapping={mapping}
                defaultMode={defaultMode}
                onSaved={() => {
                  onOpenChange(false)
                  onSaved?.()
                }}
              />
            </Dialog.Content>
          </ModalLayer>
        </PortalRoot>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

function MappingForm({
  connection,
  mapping,
  defaultMode,
  onSaved,
}: {
  connection: Connection
  mapping: FieldMapping
  defaultMode?: MappingSourceMode
  onSaved: () => void
}) {
  const t = useLazyT(mappingEn)
  const id = useId()
  const ref = refOf(connection)
  const resource = mappingResource(mapping.id) ?? ''
  const sourceRef = resource ? ref : undefined
  const fields = useCustomFields(sourceRef, resource)
  const schema = useResourceSchema(sourceRef, resource)
  const example = useResourceExample(sourceRef, resource)
  const save = useSaveCustomMapping()
  const label = mappingLabel(mapping)
  const name = connection.name
  const resourceName = resourceLabel(resource || mapping.id)
  const current = mapping.value?.trim() ?? ''

  const [mode, setMode] = useState<MappingSourceMode>(
    defaultMode ?? (current && !mapping.custom_field ? 'advanced' : 'custom'),
  )
  const [finder, setFinder] = useState(mapping.custom_field ? current : '')
  const [property, setProperty] = useState('')
  const [path, setPath] = useState(current)
  const [missing, setMissing] = useState(false)

  const properties = useMemo(() => schemaProperties(schema.data), [schema.data])
  const value = mode === 'custom' ? finder : mode === 'property' ? property : path.trim()

  function submit() {
    if (save.isPending) {
      return
    }
    if (!value) {
      setMissing(true)
      return
    }
    save.mutate(
      { ref, mapping: { id: mapping.id, value: mapping.value }, value },
      { onSuccess: onSaved },
    )
  }

  const loadError = (query: typeof fields | typeof schema | typeof example): ReactNode =>
    query.error ? (
      <MappingError
        error={query.error}
        summary={t('mapping.loadFailed', { label })}
        place="resourceLoad"
        failureCount={query.failureCount}
        onRetry={() => void query.refetch()}
      />
    ) : null
  const loading = <p data-ik-slot="mapping-loading">{t('mapping.loading')}</p>

  let source: ReactNode
  if (mode === 'custom') {
    const list = fields.data ?? []
    source = fields.isPending ? (
      (loadError(fields) ?? loading)
    ) : list.length === 0 ? (
      (loadError(fields) ?? (
        <p data-ik-slot="mapping-empty">{t('mapping.custom.empty', { name })}</p>
      ))
    ) : (
      <div
        role="radiogroup"
        data-ik-slot="mapping-options"
        aria-label={t('mapping.mode.custom')}
        aria-describedby={missing ? `${id}-missing` : undefined}
      >
        {list
          .filter((field) => typeof field.finder === 'string' && field.finder !== '')
          .map((field) => (
            <label key={field.id} data-ik-slot="mapping-option">
              <input
                type="radio"
                name={`${id}-custom`}
                value={field.finder}
                checked={finder === field.finder}
                onChange={() => {
                  setFinder(field.finder ?? '')
                  setMissing(false)
                }}
              />
              <span data-ik-slot="mapping-option-name" dir="auto">
                {field.name?.trim() || field.id}
              </span>
              {field.value !== undefined && field.value !== null ? (
                <span data-ik-slot="mapping-option-example" dir="auto">
                  {t('mapping.custom.example', { value: previewText(field.value) })}
                </span>
              ) : null}
            </label>
          ))}
      </div>
    )
  } else if (mode === 'property') {
    source = schema.isPending ? (
      (loadError(schema) ?? loading)
    ) : properties.length === 0 ? (
      (loadError(schema) ?? (
        <p data-ik-slot="mapping-empty">
          {t('mapping.property.empty', { resource: resourceName })}
        </p>
      ))
    ) : (
      <div data-ik-slot="settings-field">
        <label htmlFor={`${id}-property`} data-ik-slot="settings-field-label">
          {t('mapping.property.label', { resource: resourceName })}
        </label>
        <div data-ik-slot="settings-field-control">
          <select
            id={`${id}-property`}
            data-ik-slot="settings-field-select"
            value={property}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${id}-missing` : undefined}
            onChange={(event) => {
              setProperty(event.target.value)
              setMissing(false)
            }}
          >
            <option value="">{t('mapping.property.choose')}</option>
            {properties.map((entry) => (
              <option key={entry.path} value={entry.path}>
                {`${'\u2003'.repeat(entry.keys.length - 1)}${entry.title ?? entry.keys.at(-1)}${entry.type ? ` (${entry.type})` : ''}`}
              </option>
            ))}
          </select>
        </div>
        {property ? (
          <p data-ik-slot="settings-field-hint">
            <code dir="ltr">{property}</code>
          </p>
        ) : null}
      </div>
    )
  } else {
    source = (
      <div data-ik-slot="settings-field">
        <label htmlFor={`${id}-path`} data-ik-slot="settings-field-label">
          {t('mapping.path.label')}
        </label>
        <div data-ik-slot="settings-field-control">
          <input
            id={`${id}-path`}
            data-ik-slot="settings-field-input"
            type="text"
            dir="ltr"
            spellCheck={false}
            autoComplete="off"
            value={path}
            aria-invalid={missing || undefined}
            aria-describedby={`${id}-path-hint${missing ? ` ${id}-missing` : ''}`}
            onChange={(event) => {
              setPath(event.target.value)
              setMissing(false)
            }}
          />
        </div>
        <p id={`${id}-path-hint`} data-ik-slot="settings-field-hint">
          {t('mapping.path.hint', { resource: resourceName, name })}
        </p>
        <PathPreview
          path={path}
          example={example.data?.example_response}
          pending={example.isPending && !example.error}
          htmlFor={`${id}-path`}
        />
        {loadError(example)}
      </div>
    )
  }

  return (
    <form
      data-ik-slot="mapping-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <strong id={`${id}-mode`}>{t('mapping.mode')}</strong>
      {/* A segmented control that stays a native radio group: arrow keys move between the
          sources, and without our stylesheet the radios show as they are. */}
      <div
        role="radiogroup"
        data-ik-slot="mapping-modes"
        data-variant="segmented"
        aria-labelledby={`${id}-mode`}
      >
        {MODES.map((entry) => (
          <label key={entry} data-ik-slot="mapping-mode" data-state={mode === entry ? 'on' : 'off'}>
            <input
              type="radio"
              name={`${id}-mode`}
              value={entry}
              checked={mode === entry}
              onChange={() => {
                setMode(entry)
                setMissing(false)
              }}
            />
            {t(`mapping.mode.${entry}`)}
          </label>
        ))}
      </div>
      <div data-ik-slot="mapping-source-picker">{source}</div>
      {missing ? (
        <p id={`${id}-missing`} role="alert" data-ik-slot="settings-field-error">
          {t('mapping.choose')}
        </p>
      ) : null}
      {save.error ? (
        <MappingError
          error={save.error}
          summary={t('mapping.saveFailed', { label })}
          place="resourceSave"
          failureCount={save.failureCount}
        />
      ) : null}
      <div data-ik-slot="settings-form-actions">
        <Dialog.Close asChild>
          <button type="button" data-ik-slot="button">
            {t('mapping.cancel')}
          </button>
        </Dialog.Close>
        <button
          type="submit"
          data-ik-slot="button"
          data-variant="primary"
          data-pending={save.isPending || undefined}
          aria-disabled={save.isPending || undefined}
        >
          {save.isPending ? t('mapping.saving') : t('mapping.save')}
        </button>
      </div>
    </form>
  )
}

/** What the path picks from the example response, as text; or why it cannot be evaluated. */
function PathPreview({
  path,
  example,
  pending,
  htmlFor,
}: {
  path: string
  example: { [key: string]: JsonValue } | undefined
  pending: boolean
  htmlFor: string
}) {
  const t = useLazyT(mappingEn)
  let body: ReactNode
  let tone: 'danger' | 'neutral' = 'neutral'
  if (pending) {
    body = t('mapping.loading')
  } else if (!example || Object.keys(example).length === 0) {
    body = t('mapping.preview.noExample')
  } else if (path.trim() === '') {
    body = null
  } else {
    const result = evaluateJsonPath(path, example)
    if (!result.ok) {
      tone = 'danger'
      body = t(`mapping.path.${result.code}`, { position: result.at + 1 })
    } else if (result.values.length === 0) {
      body = t('mapping.preview.none')
    } else {
      body = (
        <>
          {result.values.length > 1 ? (
            <span data-ik-slot="mapping-preview-count">
              {t('mapping.preview.count', { count: result.values.length })}
            </span>
          ) : null}
          <p data-ik-slot="mapping-preview-value" dir="ltr">
            <code>{previewText(result.values[0])}</code>
          </p>
        </>
      )
    }
  }
  return (
    <div data-ik-slot="mapping-preview" data-ik-tone={tone}>
      <span data-ik-slot="mapping-preview-label">{t('mapping.preview')}</span>
      <output htmlFor={htmlFor} data-ik-slot="mapping-preview-output">
        {body}
      </output>
    </div>
  )
}
