// The README's "Next.js App Router" page (app/integrations/page.tsx), line for line.
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query'
import { createVaultAdapter, createVaultClient, integrationQueries } from 'integrations-kit'
import { Integrations } from './integrations'
import { getVaultSession } from './vault-session'

export default async function Page() {
  const { token, baseUrl } = await getVaultSession()
  const queryClient = new QueryClient()
  const adapter = createVaultAdapter(createVaultClient({ token, baseUrl }))
  await queryClient.prefetchQuery(integrationQueries.list(adapter))
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Integrations token={token} baseUrl={baseUrl} />
    </HydrationBoundary>
  )
}
