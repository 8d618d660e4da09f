'use client'
/**
 * The page header: the title (which labels the page region), a description, and the counts
 * ("24 integrations · 12 connected") once the catalog has loaded.
 */
import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react'
import { nothingWhenMissing } from '../lazy-part'
import { useIntegrationsAdapter } from '../../hooks/IntegrationsProvider'
import { useT } from '../i18n'
import { useRegistered } from '../registration'
import { usePageContext } from './integrations-page-context'

// Only a session with a logo or a consumer to show loads it (see SessionHeader).
const SessionHeader = lazy(() => import('./SessionHeader').catch(nothingWhenMissing))

export interface IntegrationsPageHeaderClassNames {
  title?: string
  description?: string
  counts?: string
}

export interface IntegrationsPageHeaderProps extends Omit<ComponentProps<'div'>, 'title'> {
  /** Heading. Default: "Integrations". Pass null to render none (the region keeps the name). */
  title?: ReactNode
  /** Default: "Connect the tools your team already uses." Pass null for none. */
  description?: ReactNode
  classNames?: IntegrationsPageHeaderClassNames
  /** The logo's URL (http(s) only). Default: the session's `theme.logo`. Pass null for none. */
  logo?: string | null
  /** No consumer card. Default: the session's `settings.hide_consumer_card`. */
  hideConsumerCard?: boolean
  /** After the counts, e.g. a host's own button. */
  children?: ReactNode
}

export function IntegrationsPageHeader({
  title,
  description,
  classNames,
  logo,
  hideConsumerCard,
  children,
  ...props
}: IntegrationsPageHeaderProps) {
  const t = useT()
  const { list, catalog } = usePageContext('IntegrationsPageHeader')
  const { capabilities, session } = useIntegrationsAdapter()
  const multiple = capabilities.multiplePerConnector
  // Each prop overrides its session claim (theme.vault_name here; the logo and consumer card's in
  // SessionHeader, whose chunk loads only when there may be one to show).
  const heading = title === undefined ? (session?.title ?? t('page.title')) : title
  const shownDescription = description === undefined ? t('page.description') : description
  return (
    <div data-ik-slot="header" {...props}>
      {logo || session?.logo || session?.consumer ? (
        <Suspense fallback={null}>
          <SessionHeader logo={logo} hideConsumerCard={hideConsumerCard} session={session} />
        </Suspense>
      ) : null}
      <div data-ik-slot="header-text">
        {heading !== null ? <PageTitle className={classNames?.title}>{heading}</PageTitle> : null}
        {shownDescription ? (
          <p data-ik-slot="description" className={classNames?.description}>
            {shownDescription}
          </p>
        ) : null}
      </div>
      {list.data ? (
        <p data-ik-slot="counts" className={classNames?.counts}>
          {multiple ? (
            // "3 connections · 21 types to add": what you have, then what you can add.
            <>
              <span data-ik-slot="counts-connected">
                {t('catalog.count.instances', { count: catalog.connected })}
              </span>
              <span>{t('catalog.count.toAdd', { count: catalog.total - catalog.connected })}</span>
            </>
          ) : (
            <>
              <span>{t('catalog.count.connectors', { count: catalog.total })}</span>
              <span data-ik-slot="counts-connected">
                {t('catalog.count.connected', { count: catalog.connected })}
              </span>
              {catalog.attention > 0 ? (
                <span data-ik-slot="counts-attention">
                  {t('catalog.count.attention', { count: catalog.attention })}
                </span>
              ) : null}
            </>
          )}
        </p>
      ) : null}
      {children}
    </div>
  )
}

/** The heading; while it is rendered, the page region is labelled by it. */
function PageTitle({ className, children }: { className?: string; children: ReactNode }) {
  const { titleId, title } = usePageContext('IntegrationsPageHeader')
  useRegistered(title)
  return (
    <h2 id={titleId} data-ik-slot="title" className={className}>
      {children}
    </h2>
  )
}
