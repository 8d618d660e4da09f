/**
 * Global story setup: the library's stylesheet, the MSW worker with a fresh mock Vault per story
 * (stories/decorators.tsx), a canvas painted in the story's appearance, axe as a test (WCAG 2.2 AA) and the demo first in the sidebar.
 */
import type { Preview } from '@storybook/react-vite'
import '../components/styles/index.css'
import { mockVaultLoader, withCanvasAppearance, withIntegrations } from '../stories/decorators'
import { WCAG_TAGS } from './wcag'

const preview: Preview = {
  loaders: [mockVaultLoader],
  // withCanvasAppearance is outermost: it paints the body for whatever the story renders.
  decorators: [withIntegrations, withCanvasAppearance],
  parameters: {
    layout: 'fullscreen',
    a11y: {
      // A violation fails the story when stories run as tests (`vitest run --project storybook`).
      test: 'error',
      options: { runOnly: { type: 'tag', values: WCAG_TAGS } },
    },
    options: {
      storySort: { order: ['Demo', 'Components', 'Forms', 'Recipes', '*'] },
    },
  },
}

export default preview
