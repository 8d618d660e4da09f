/**
 * Storybook: the demo (`npm start`) and the stories-as-tests project. It builds with its own Vite
 * config (react plugin only) so the library's d.ts plugin never writes into storybook-static.
 */
import type { StorybookConfig } from '@storybook/react-vite'

const config: StorybookConfig = {
  framework: {
    name: '@storybook/react-vite',
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The MSW worker script (public/mockServiceWorker.js) and the demo's fake OAuth pages
  // (public/mock-oauth/*) are served from the site root; mock-oauth/callback.js is built from the
  // library's source by the mockOAuthCallback plugin in .storybook/vite.config.ts.
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: false },
}

export default config
