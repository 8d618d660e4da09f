/**
 * The Vitest projects. `unit` runs hooks/components/core tests in jsdom; the browser projects
 * (stories as tests, e2e) are added here as they land.
 */
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { TestProjectInlineConfiguration } from 'vitest/config'

const alias = {
  'integrations-kit/testing': resolve('src/testing/index.ts'),
  'integrations-kit': resolve('src/index.ts'),
}

export const vitestProjects: TestProjectInlineConfiguration[] = [
  {
    plugins: [react()],
    resolve: { alias },
    test: {
      name: 'unit',
      environment: 'jsdom',
      include: ['test/**/*.test.{ts,tsx}'],
      exclude: ['test/e2e/**', 'test/browser/**', 'node_modules/**'],
      setupFiles: ['test/setup.ts'],
      globals: true,
      restoreMocks: true,
    },
  },
]
