'use client'
/**
 * The catalog's non-grid states, each one part: skeleton cards while loading, the empty catalog, the
 * no-match state with a way out, and the load error with Retry.
 */
import type { ComponentProps, ReactNode } from 'react'
import { describeError } from '../../src/error-message'
import { ErrorDetails } from '../ErrorMessage'
import { useT } from '../i18n'
import { Icon } from '../icons'

/* -------------------------------------------------------------------------------------------------
 * CatalogSkeleton
 * -----------------------------------------------------------------------------------------------*/

export interface CatalogSkeletonProps extends Omit<ComponentProps<'div'>, 'children'> {
  /** How many placeholder cards. Default 9. */
  count?: number
}

/** Placeholder cards shaped like real ones. The page announces loading in its live region. */
export function CatalogSkeleton({ count = 9, ...props }: CatalogSkeletonProps) {
  return (
    <div data-ik-slot="grid" data-state="loading" aria-hidden="true" {...props}>
      <ul role="list" data-ik-slot="grid-list">
        {Array.from({ length: count }, (_, index) => (
          <li key={index} data-ik-slot="grid-item">
            <div data-ik-slot="card" data-state="loading">
              <span data-ik-slot="logo" data-state="loading" />
              <span data-ik-slot="skeleton-line" data-size="badge" />
              <span data-ik-slot="skeleton-line" data-size="title" />
              <span data-ik-slot="skeleton-line" data-size="text" />
              <span data-ik-slot="skeleton-line" data-size="description" />
              <span data-ik-slot="skeleton-line" data-size="description-end" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}

/* -------------------------------------------------------------------------------------------------
 * CatalogMessage (shared frame)
 * -----------------------------------------------------------------------------------------------*/

interface CatalogMessageProps extends Omit<ComponentProps<'div'>, 'title'> {
  state: 'empty' | 'no-match' | 'error'
  title: ReactNode
  description?: ReactNode
  /** The collapsed support line under the description (the error's status, code, reference). */
  details?: ReactNode
  action?: ReactNode
  icon: 'search' | 'plus' | 'danger'
}

function CatalogMessage({
  state,
  title,
  description,
  details,
  action,
  icon,
  ...props
}: CatalogMessageProps) {
  return (
    <div data-ik-slot="message" data-state={state} {...props}>
      <span data-ik-slot="message-icon">
        <Icon name={icon} />
      </span>
      <p data-ik-slot="message-title">{title}</p>
      {description ? <p data-ik-slot="message-description">{description}</p> : null}
      {details}
      {action}
    </div>
  )
}

/* -------------------------------------------------------------------------------------------------
 * CatalogEmpty
 * -----------------------------------------------------------------------------------------------*/

export type CatalogEmptyProps = Omit<ComponentProps<'div'>, 'children' | 'title'>

export function CatalogEmpty(props: CatalogEmptyProps) {
  const t = useT()
  return (
    <CatalogMessage
      state="empty"
      icon="plus"
      title={t('catalog.empty.title')}
      description={t('catalog.empty.description')}
      {...props}
    />
  )
}

/* -------------------------------------------------------------------------------------------------
 * CatalogNoMatch
 * -----------------------------------------------------------------------------------------------*/

export interface CatalogNoMatchProps extends Omit<ComponentProps<'div'>, 'children' | 'title'> {
  query: string
  /** Clears the search (when there is a query) or resets the filters. */
  onClear: () => void
}

export function CatalogNoMatch({ query, onClear, ...props }: CatalogNoMatchProps) {
  const t = useT()
  const trimmed = query.trim()
  return (
    <CatalogMessage
      state="no-match"
      icon="search"
      title={
        trimmed
          ? t('catalog.noMatch.title', { query: trimmed })
          : t('catalog.noMatch.titleFiltered')
      }
      description={t('catalog.noMatch.description')}
      action={
        <button type="button" data-ik-slot="button" data-variant="secondary" onClick={onClear}>
          {trimmed ? t('catalog.noMatch.clearSearch') : t('catalog.noMatch.clearFilters')}
        </button>
      }
      {...props}
    />
  )
}

/* -------------------------------------------------------------------------------------------------
 * CatalogError
 * -----------------------------------------------------------------------------------------------*/

export interface CatalogErrorProps extends Omit<ComponentProps<'div'>, 'children' | 'title'> {
  error: Error
  onRetry: () => void
  retrying?: boolean
  /** The library already retried (see `wasRetried`): the reason says so. */
  retried?: boolean
}

export function CatalogError({
  error,
  onRetry,
  retrying = false,
  retried = false,
  ...props
}: CatalogErrorProps) {
  const t = useT()
  const description = describeError(error, 'catalog', { retried })
  // The title says what failed; the description is only the reason (the summary would repeat the
  // title). Retry is always offered: the catalog is the whole page, and after the user fixed the
  // cause elsewhere (signed in again, got access) it is the way forward.
  return (
    <CatalogMessage
      state="error"
      icon="danger"
      role="alert"
      data-ik-error={description.cause}
      title={t('catalog.error.title')}
      description={t(description.reason, description.values)}
      details={<ErrorDetails technical={description.technical} />}
      action={
        <button
          type="button"
          data-ik-slot="button"
          data-variant="primary"
          data-pending={retrying || undefined}
          aria-disabled={retrying || undefined}
          onClick={retrying ? undefined : onRetry}
        >
          <Icon name="retry" />
          {retrying ? t('catalog.error.retrying') : t('catalog.error.retry')}
        </button>
      }
      {...props}
    />
  )
}
