'use client'
// The README's "Next.js App Router" client component (app/integrations/integrations.tsx).
import { createVaultAdapter, IntegrationsPage } from 'integrations-kit'
import { useState } from 'react'

export function Integrations({ token, baseUrl }: { token: string; baseUrl: string }) {
  const [adapter] = useState(() => createVaultAdapter({ token, baseUrl }))
  return <IntegrationsPage adapter={adapter} />
}
