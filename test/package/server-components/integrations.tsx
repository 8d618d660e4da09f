'use client'
/** The host's client component (`app/integrations/integrations.tsx` in the README's recipe). */
import { createVaultAdapter, IntegrationsPage } from 'integrations-kit'
import { useState } from 'react'

export function Integrations({ token, baseUrl }: { token: string; baseUrl: string }) {
  const [adapter] = useState(() => createVaultAdapter({ token, baseUrl }))
  return <IntegrationsPage adapter={adapter} />
}
