'use client'
/**
 * One connector card bound to the page: activating it selects the connector and opens its details.
 * For a host that lays out its own list from `useIntegrationsPage().filtered`; the page's grid
 * renders these for itself.
 */
import { connectorKey, ConnectorCard, type ConnectorCardProps } from '../catalog/ConnectorCard'
import { usePageContext } from './integrations-page-context'

export type IntegrationsPageCardProps = Omit<ConnectorCardProps, 'onOpen'>

export function IntegrationsPageCard({ connection, ...props }: IntegrationsPageCardProps) {
  const { openConnection, inlineDetails, currentKey } = usePageContext('IntegrationsPageCard')
  return (
    <ConnectorCard
      connection={connection}
      onOpen={openConnection}
      aria-haspopup={inlineDetails.registered ? undefined : 'dialog'}
      aria-current={connectorKey(connection) === currentKey ? 'true' : undefined}
      {...props}
    />
  )
}
