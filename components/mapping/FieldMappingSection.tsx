'use client'
/**
 * The Field mapping section of the details panel (issue 10 §3): each field the application wants
 * filled from the connector's data (`custom_mappings`), with its label, a Required mark, and the
 * source it is mapped to or "Not mapped". "Map field" / "Edit" open the MappingDialog; "Remove"
 * appears only on mappings the consumer made (`consumer_id` set), as Vault lets only those be
 * deleted. Outcomes are said in the section's live region. Loaded lazily by the panel body (its
 * own chunk, with its messages); exported too, for hosts that compose their own panel.
 */
import { useEffect, useId, useRef, useState } from 'react'
import { useDeleteCustomMapping } from '../../hooks/useDeleteCustomMapping'
import { refOf } from '../../src/connection-ref'
import { mappingEn } from '../../src/i18n/mapping/en'
import { mappingLabel, type FieldMapping } from '../../src/mapping/mapping-label'
import { isUnmapped } from '../../src/mapping/missing-mappings'
import type { Connection } from '../../src/types'
import { useConnectionDetails } from '../details/connection-details-context'
import { useLazyT } from '../useLazyT'
import { visuallyHidden } from '../visually-hidden'
import { MappingDialog } from './MappingDialog'
import { MappingError } from './MappingError'

export interface FieldMappingSectionProps {
  /** Default: the enclosing details' connection. */
  connection?: Connection
  className?: string
}

/**
 * The Field mapping section for the enclosing details' connection (or `connection`): its
 * `custom_mappings`, each mapped through the MappingDialog. ConnectionPanelSections loads it lazily
 * when the layout's `mapping` is true; a host composing its own panel places it where it likes.
 */
export function FieldMappingSection({ connection, className }: FieldMappingSectionProps) {
  const details = useConnectionDetails()
  const shown = connection ?? details?.connection
  return shown ? <MappingList connection={shown} className={className} /> : null
}

function MappingList({ connection, className }: { connection: Connection; className?: string }) {
  const t = useLazyT(mappingEn)
  const id = useId()
  const [said, setSaid] = useState('')
  const [editing, setEditing] = useState<FieldMapping | null>(null)
  // The dialog is unmounted when it closes: focus goes back to its row's button from here.
  const [returnTo, setReturnTo] = useState<string | null>(null)
  const listRef = useRef<HTMLUListElement>(null)
  useEffect(() => {
    if (returnTo !== null) {
      listRef.current
        ?.querySelector<HTMLElement>(`[data-mapping-id="${CSS.escape(returnTo)}"] button`)
        ?.focus()
      setReturnTo(null)
    }
  }, [returnTo])
  const mappings = (connection.custom_mappings ?? []).filter(
    (mapping): mapping is FieldMapping => typeof mapping.id === 'string' && mapping.id !== '',
  )

  return (
    <section
      data-ik-slot="details-section"
      data-section="mapping"
      aria-labelledby={`${id}-mapping`}
      className={className}
    >
      <div data-ik-slot="details-section-header">
        <h3 id={`${id}-mapping`} data-ik-slot="details-section-heading" tabIndex={-1}>
          {t('mapping.section')}
        </h3>
        <p data-ik-slot="details-section-lead">{t('mapping.lead', { name: connection.name })}</p>
      </div>
      <div role="status" data-ik-slot="mapping-announcer" style={visuallyHidden}>
        {said}
      </div>
      <ul ref={listRef} data-ik-slot="mapping-list">
        {mappings.map((mapping) => (
          <MappingRow
            key={mapping.id}
            connection={connection}
            mapping={mapping}
            onEdit={() => {
              setSaid('')
              setEditing(mapping)
            }}
            onDeleted={() => setSaid(t('mapping.deleted', { label: mappingLabel(mapping) }))}
          />
        ))}
      </ul>
      {editing ? (
        <MappingDialog
          connection={connection}
          mapping={editing}
          open
          onOpenChange={(open) => {
            if (!open) {
              setEditing(null)
              setReturnTo(editing.id)
            }
          }}
          onSaved={() => setSaid(t('mapping.saved', { label: mappingLabel(editing) }))}
        />
      ) : null}
    </section>
  )
}

function MappingRow({
  connection,
  mapping,
  onEdit,
  onDeleted,
}: {
  connection: Connection
  mapping: FieldMapping
  onEdit: () => void
  onDeleted: () => void
}) {
  const t = useLazyT(mappingEn)
  const id = useId()
  const remove = useDeleteCustomMapping()
  const editRef = useRef<HTMLButtonElement>(null)
  const label = mappingLabel(mapping)
  const unmapped = isUnmapped(mapping)
  const value = mapping.value?.trim()
  // Vault lets a consumer delete only the mappings it made; the application owner's stay.
  const deletable =
    !unmapped && typeof mapping.consumer_id === 'string' && mapping.consumer_id !== ''

  return (
    <li
      data-ik-slot="mapping"
      data-mapping-id={mapping.id}
      data-mapped={!unmapped || undefined}
      data-missing={(mapping.required === true && unmapped) || undefined}
    >
      <div data-ik-slot="mapping-target">
        <strong id={`${id}-label`} data-ik-slot="mapping-label" dir="auto">
          {label}
        </strong>{' '}
        {mapping.required ? (
          <span data-ik-slot="pill" data-ik-tone={unmapped ? 'warning' : 'neutral'}>
            {t('mapping.required')}
          </span>
        ) : null}
      </div>
      {mapping.description ? (
        <p data-ik-slot="mapping-description" dir="auto">
          {mapping.description}
        </p>
      ) : null}
      <p data-ik-slot="mapping-source">
        {value ? (
          <>
            <span style={visuallyHidden}>{t('mapping.mappedTo')} </span>
            <code dir="ltr">{value}</code>
          </>
        ) : (
          t('mapping.notMapped')
        )}
      </p>
      {remove.error ? (
        <MappingError
          error={remove.error}
          summary={t('mapping.deleteFailed', { label })}
          place="resourceLoad"
          failureCount={remove.failureCount}
        />
      ) : null}
      <div data-ik-slot="mapping-actions">
        {/* One button in both states, so focus returns to it when the dialog closes. */}
        <button
          ref={editRef}
          type="button"
          data-ik-slot="button"
          data-variant={unmapped ? 'primary' : undefined}
          aria-label={
            unmapped ? t('mapping.mapButtonLabel', { label }) : t('mapping.editLabel', { label })
          }
          onClick={onEdit}
        >
          {unmapped ? t('mapping.map') : t('mapping.edit')}
        </button>
        {deletable ? (
          <button
            type="button"
            data-ik-slot="button"
            data-variant="danger"
            data-pending={remove.isPending || undefined}
            aria-disabled={remove.isPending || undefined}
            aria-label={remove.isPending ? undefined : t('mapping.deleteLabel', { label })}
            onClick={() => {
              if (remove.isPending) {
                return
              }
              remove.mutate(
                { ref: refOf(connection), id: mapping.id },
                {
                  onSuccess: () => {
                    onDeleted()
                    // The button is gone with the mapping: focus the row's map button.
                    editRef.current?.focus()
                  },
                },
              )
            }}
          >
            {remove.isPending ? t('mapping.deleting') : t('mapping.delete')}
          </button>
        ) : null}
      </div>
    </li>
  )
}

export default FieldMappingSection
