'use client'
/**
 * The catalog's non-grid states, each one part: skeleton cards while loading, the empty catalog, the
 * no-match state with a way out, and the load error with Retry.
 */
import type { ComponentProps, ReactNode } from 'react'
import { isIntegrationsApiError } from '../src/errors'
import { useT } from './i18n'
import { Icon } from './icons'

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
  action?: ReactNode
  icon: 'search' | 'plus' | 'danger'
}

function CatalogMessage({
  state,
  title,
  description,
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
}

export function CatalogError({ error, onRetry, retrying = false, ...props }: CatalogErrorProps) {
  const t = useT()
  const apiError = isIntegrationsApiError(error) ? error : null
  const hint =
    apiError?.status === 401 || apiError?.status === 403
      ? t('catalog.error.unauthorized')
      : apiError?.kind === 'network' || apiError?.kind === 'timeout'
        ? t('catalog.error.network')
        : null
  return (
    <CatalogMessage
      state="error"
      icon="danger"
      role="alert"
      title={t('catalog.error.title')}
      description={
        <>
          {hint ? <span data-ik-slot="message-hint">{hint} </span> : null}
          <span data-ik-slot="message-detail">{error.message}</span>
          {apiError?.requestId ? (
            <span data-ik-slot="message-reference">
              {' '}
              {t('catalog.error.reference', { requestId: apiError.requestId })}
            </span>
          ) : null}
        </>
      }
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
