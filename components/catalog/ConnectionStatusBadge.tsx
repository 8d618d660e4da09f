'use client'
/**
 * The status of a connection as text + icon shape + colour (never colour alone). The vocabulary is
 * src/catalog/status.ts; this part only renders it.
 */
import { memo, type ComponentProps } from 'react'
import type { Connection } from '../../src/types'
import { useT } from '../i18n'
import { Icon } from '../icons'
import { useConnectionStatus } from './useConnectionStatus'

export type StatusBadgeConnection = Pick<
  Connection,
  'state' | 'enabled' | 'health' | 'integration_state' | 'consent_state'
> &
  // Optional: without them an added connector reads "Needs authorization", with them an API-key
  // one reads "Needs credentials".
  Partial<Pick<Connection, 'auth_type' | 'oauth_grant_type' | 'application_data_scopes'>>

export interface ConnectionStatusBadgeProps extends Omit<ComponentProps<'span'>, 'children'> {
  connection: StatusBadgeConnection
  /** 'small' for cards, 'large' for the details panel. Default 'small'. */
  size?: 'small' | 'large'
}

function ConnectionStatusBadgeImpl({
  connection,
  size = 'small',
  ...props
}: ConnectionStatusBadgeProps) {
  const t = useT()
  const { status, tone, labelKey } = useConnectionStatus(connection)
  return (
    <span data-ik-slot="badge" data-state={status} data-ik-tone={tone} data-size={size} {...props}>
      <Icon name={tone} />
      <span data-ik-slot="badge-label">{t(labelKey)}</span>
    </span>
  )
}

export const ConnectionStatusBadge = memo(ConnectionStatusBadgeImpl)
