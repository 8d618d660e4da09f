/**
 * Timeouts of the unit project by what a test file does. Vitest's 5 s default suits logic tests.
 * A file whose tests are heavy by nature says so in its first line, `// @module-tag <name>`, and
 * gets the timeout of that tag; an unknown name is an error (Vitest's strictTags).
 *
 * Each timeout keeps 3× headroom over the slowest test of its kind measured on a 2-core machine
 * running five test suites at once (load average 9–13), so a loaded CI machine does not turn slow
 * into failed. `npm test` prints the tests closest to their timeout to show a test creeping up.
 * Real waits (retry backoff, Retry-After, latency) are not a reason for a tag: they run on fake
 * time (test/fake-time.ts).
 */
import type { TestTagDefinition } from 'vitest/config'

export const unitTestTags: TestTagDefinition[] = [
  {
    name: 'page',
    description:
      'renders the integrations page or its catalog grid in jsdom (24-connector catalog, lazily loaded panel); up to 15 s measured',
    timeout: 45_000,
  },
  {
    name: 'axe',
    description: 'runs axe-core over the whole rendered page in jsdom; up to 20 s measured',
    timeout: 60_000,
  },
  {
    name: 'panel',
    description:
      'renders the details panel or a settings/import form against the mock Vault; up to 6 s measured',
    timeout: 20_000,
  },
  {
    name: 'bundle',
    description:
      'bundles source with Vite and runs the result in a child Node process (server components, an entry without msw); up to 20 s measured',
    timeout: 60_000,
  },
  {
    name: 'property',
    description: 'a fast-check property over many generated inputs; up to 7 s measured',
    timeout: 20_000,
  },
]
