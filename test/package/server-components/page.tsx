/**
 * The README's "Next.js App Router" recipe, as a host writes `app/integrations/page.tsx`: a Server
 * Component that prefetches the catalog with the React-free core and hands the cache to the client.
 * test/package/server-components.test.tsx renders it under the `react-server` condition.
 */
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query'
import { createVaultAdapter, createVaultClient, integrationQueries } from 'integrations-kit'
import { Integrations } from './integrations'

/** In a Next.js app these come from your server: the Vault session token and the API's URL. */
export interface PageProps {
  token: string
  baseUrl: string
}

export default async function Page({ token, baseUrl }: PageProps) {
  const queryClient = new QueryClient()
  const adapter = createVaultAdapter(createVaultClient({ token, baseUrl }))
  await queryClient.prefetchQuery(integrationQueries.list(adapter))
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Integrations token={token} baseUrl={baseUrl} />
    </HydrationBoundary>
  )
}
