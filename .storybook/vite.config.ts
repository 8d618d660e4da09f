/**
 * Storybook's own Vite config: the React plugin, the package aliases and the demo's OAuth callback
 * script (built from the library's source), nothing else. The root vite.config.ts carries the
 * library build (d.ts emission, stylesheet bundling) that must not run for Storybook.
 */
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { mockOAuthCallback } from './mock-oauth-callback'

const alias = {
  'integrations-kit/testing/msw': resolve('src/testing/msw.ts'),
  // Before their entries: a prefix alias would otherwise take the locale paths too.
  'integrations-kit/authress/locales': resolve('src/authress/locales'),
  'integrations-kit/kinde/locales': resolve('src/kinde/locales'),
  'integrations-kit/authress': resolve('src/authress/index.ts'),
  'integrations-kit/testing': resolve('src/testing/index.ts'),
  'integrations-kit/kinde': resolve('src/kinde/index.ts'),
  'integrations-kit/server': resolve('src/server/index.ts'),
  'integrations-kit': resolve('src/index.ts'),
}

export default defineConfig({
  plugins: [react(), mockOAuthCallback(alias)],
  // Storybook's own manager/preview runtime is one large chunk by design; our bundle budgets are
  // checked by scripts/bundle-size.mjs, not by this warning.
  build: { chunkSizeWarningLimit: 4096 },
  resolve: { alias },
})
