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
  /** A small print line under the description (the error's support reference). */
  reference?: ReactNode
  action?: ReactNode
  icon: 'search' | 'plus' | 'danger'
}

function CatalogMessage({
  state,
  title,
  description,
  reference,
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
      {reference ? <p data-ik-slot="message-reference">{reference}</p> : null}
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

/**
 * A support reference worth quoting: an opaque id ("req_8f2c…", a UUID). Vault's `ref` is a link to
 * its error documentation, not an id, so anything with a slash, a space or a scheme is left out:
 * a URL from the API is never shown, let alone as a link.
 */
export function isRequestIdLike(value: unknown): value is string {
  return (
    typeof value === 'string' && /^[\w.:-]{4,128}$/.test(value) && !/^[a-z][\w+.-]*:/i.test(value)
  )
}

export function CatalogError({ error, onRetry, retrying = false, ...props }: CatalogErrorProps) {
  const t = useT()
  const apiError = isIntegrationsApiError(error) ? error : null
  // One message: for the failures users can act on, our sentence says what to do (the error's own
  // message would repeat it in other words); otherwise the error's message.
  const message =
    apiError?.status === 401 || apiError?.status === 403
      ? t('catalog.error.unauthorized')
      : apiError?.kind === 'network' || apiError?.kind === 'timeout'
        ? t('catalog.error.network')
        : error.message
  const requestId = apiError?.requestId
  return (
    <CatalogMessage
      state="error"
      icon="danger"
      role="alert"
      title={t('catalog.error.title')}
      description={message}
      reference={isRequestIdLike(requestId) ? t('catalog.error.reference', { requestId }) : null}
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
