/**
 * The Vitest projects:
 * - `unit`: hooks/components/core tests in jsdom;
 * - `storybook`: every story rendered as a test in real Chromium, with the a11y addon's axe check
 *   (a violation fails the story) — @storybook/addon-vitest;
 * - `e2e`: journeys in real Chromium (playwright-core) against the built Storybook, served by
 *   test/e2e/global-setup.ts, and a host app on the built package (test/e2e/host-app/). Needs
 *   storybook-static/ (`npm run build:storybook`) and dist/ (`npm run build`);
 * - `radix-dialog-lowest`: the dialog tests again, with `@radix-ui/react-dialog` resolved to the
 *   lowest version package.json's caret range allows (the `@radix-ui/react-dialog-lowest` alias).
 *
 * The performance benchmark is not a Vitest project: `npm run bench` runs bench/run.mjs, outside
 * `npm test`.
 */
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import type { TestProjectInlineConfiguration } from 'vitest/config'
import { resolveChromium } from './e2e/chromium'
import { unitTestTags } from './unit-test-tags'

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

/**
 * The tests that open, close and focus our Radix dialogs: the delete confirmation, the import dialog
 * and the details panel (opened from a card, focus trapped, Escape returns focus to the card). They
 * run once more against the lowest `@radix-ui/react-dialog` we declare.
 */
const dialogTests = [
  'test/components/manage/DeleteConnectionDialog.test.tsx',
  'test/components/forms/resource-and-import.test.tsx',
  'test/components/details/ConnectionDetails.test.tsx',
  'test/components/page/IntegrationsPage.test.tsx',
]

// Only Vitest needs a browser; `vite build` loads this file too and must not unpack Chromium.
const chromium = process.env.VITEST ? await resolveChromium() : undefined

export const vitestProjects: TestProjectInlineConfiguration[] = [
  {
    plugins: [react()],
    resolve: { alias },
    test: {
      name: 'unit',
      environment: 'jsdom',
      include: ['test/**/*.test.{ts,tsx}'],
      exclude: ['test/e2e/**', 'test/browser/**', 'node_modules/**', '**/*.lowest.test.ts'],
      setupFiles: ['test/setup.ts'],
      globals: true,
      restoreMocks: true,
      // Heavy files declare what they do (`// @module-tag page`) and get that kind's timeout.
      tags: unitTestTags,
    },
  },
  {
    plugins: [react()],
    resolve: {
      alias: [
        { find: /^@radix-ui\/react-dialog$/, replacement: '@radix-ui/react-dialog-lowest' },
        ...Object.entries(alias).map(([find, replacement]) => ({ find, replacement })),
      ],
    },
    test: {
      name: 'radix-dialog-lowest',
      environment: 'jsdom',
      include: [...dialogTests, 'test/package/*.lowest.test.ts'],
      setupFiles: ['test/setup.ts'],
      globals: true,
      restoreMocks: true,
      tags: unitTestTags,
    },
  },
  {
    // Loaded lazily: the plugin boots Storybook's presets, which only this project needs.
    plugins: [
      import('@storybook/addon-vitest/vitest-plugin').then(({ storybookTest }) =>
        storybookTest({ configDir: resolve('.storybook') }),
      ),
    ],
    // The plugin takes Storybook's presets but not .storybook/vite.config.ts, so the package
    // aliases are repeated here (without them `integrations-kit` would resolve to dist/).
    resolve: { alias },
    // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the page under test.
    optimizeDeps: {
      include: [
        'react',
        'react-dom',
        'react-dom/client',
        'react/jsx-runtime',
        '@tanstack/react-query',
        '@radix-ui/react-dialog',
        '@radix-ui/react-focus-scope',
        '@radix-ui/react-slot',
        '@radix-ui/react-use-controllable-state',
        '@radix-ui/react-use-layout-effect',
        'aria-hidden',
        'react-hook-form',
        'msw',
        'msw/browser',
        'msw-storybook-addon/csf3',
      ],
    },
    test: {
      name: 'storybook',
      // A fresh browser config object per project (two projects must not share one).
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: { ...chromium } }),
        instances: [{ browser: 'chromium' }],
      },
    },
  },
  {
    resolve: { alias },
    test: {
      name: 'e2e',
      environment: 'node',
      include: ['test/e2e/**/*.e2e.ts'],
      globalSetup: ['test/e2e/global-setup.ts'],
      // One browser per file on a 2-core machine: files run one after another.
      fileParallelism: false,
      // A journey is a dozen page loads, popups and axe runs: up to 29 s measured on a 2-core
      // machine running five test suites at once; 3× headroom.
      testTimeout: 90_000,
      hookTimeout: 60_000,
    },
  },
]
