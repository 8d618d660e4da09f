'use client'
/**
 * What an application asks to read and write, per resource and field: "Full data access" for
 * `'*'`, else one group per resource with its fields and their access (Read, Write, Read and
 * write), and a "New" mark on what the last grant did not cover when re-consent is due. Field paths
 * are API text: rendered as text, left to right.
 */
import { useId } from 'react'
import {
  isNewlyRequested,
  requestedScopes,
  type RequestedField,
} from '../../src/consent/requested-scopes'
import { consentEn } from '../../src/i18n/consent/en'
import type { DataScopesResources } from '../../src/types'
import { useLazyT } from '../useLazyT'

export interface ConsentScopesProps {
  /** The connector's name, for the headings. */
  name: string
  resources: DataScopesResources | null | undefined
  /** The scopes of the last grant: fields beyond them are marked "New". Omit for no marks. */
  granted?: DataScopesResources | null
}

/** 'hris.employees' → 'Employees'; 'time-off-requests' → 'Time off requests'. */
function resourceName(resource: string): string {
  const words = (resource.split('.').pop() ?? resource).replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function accessKey(field: RequestedField) {
  return field.read && field.write
    ? 'consent.readWrite'
    : field.write
      ? 'consent.write'
      : 'consent.read'
}

export function ConsentScopes({ name, resources, granted }: ConsentScopesProps) {
  const t = useLazyT(consentEn)
  const id = useId()
  const scopes = requestedScopes(resources)
  if (scopes === 'all') {
    return (
      <div data-ik-slot="consent-all">
        <p data-ik-slot="consent-all-title">{t('consent.all')}</p>
        <p data-ik-slot="consent-all-description">{t('consent.allDescription', { name })}</p>
      </div>
    )
  }
  return (
    <ul data-ik-slot="consent-resources" aria-label={t('consent.scopes', { name })}>
      {scopes.map(({ resource, fields }, index) => (
        <li key={resource} data-ik-slot="consent-resource">
          <h4 id={`${id}-${index}`} data-ik-slot="consent-resource-heading">
            <span data-ik-slot="consent-resource-name" dir="auto">
              {resourceName(resource)}
            </span>{' '}
            <code data-ik-slot="consent-resource-id" dir="ltr">
              {resource}
            </code>{' '}
            <span data-ik-slot="consent-field-count">
              {t('consent.fields', { count: fields.length })}
            </span>
          </h4>
          <ul data-ik-slot="consent-fields" aria-labelledby={`${id}-${index}`}>
            {fields.map((field) => (
              <li key={field.path} data-ik-slot="consent-field">
                <code data-ik-slot="consent-field-path" dir="ltr">
                  {field.path}
                </code>
                <span data-ik-slot="pill" data-ik-tone={field.write ? 'warning' : 'neutral'}>
                  {t(accessKey(field))}
                </span>
                {granted !== undefined && isNewlyRequested(resource, field, granted) ? (
                  <span data-ik-slot="pill" data-ik-tone="info">
                    {t('consent.new')}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  )
}
