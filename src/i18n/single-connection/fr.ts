import type { Message } from '../format'
import type { SingleConnectionMessageKey } from './en'

/** French messages of the single-connection page. */
export const singleConnectionFr = {
  'page.allIntegrations': 'Toutes les intégrations',
} as const satisfies Record<SingleConnectionMessageKey, Message>
