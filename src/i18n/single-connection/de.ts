import type { Message } from '../format'
import type { SingleConnectionMessageKey } from './en'

/** German messages of the single-connection page. */
export const singleConnectionDe = {
  'page.allIntegrations': 'Alle Integrationen',
} as const satisfies Record<SingleConnectionMessageKey, Message>
