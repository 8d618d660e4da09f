import type { Message } from '../format'
import type { SingleConnectionMessageKey } from './en'

/** Spanish messages of the single-connection page. */
export const singleConnectionEs = {
  'page.allIntegrations': 'Todas las integraciones',
} as const satisfies Record<SingleConnectionMessageKey, Message>
