/**
 * A Vitest reporter that writes every finished test's duration and timeout as JSON to
 * `--outputFile.timings=<file>`, so `npm test` (scripts/test.mjs) can print the tests closest to
 * their timeout: a test that creeps towards its timeout is the next flake on a loaded CI machine.
 * Reports only; it never fails a run (a timed check is flaky by nature).
 */
import { writeFile } from 'node:fs/promises'
import { relative } from 'node:path'
import type { Reporter, TestModule, Vitest } from 'vitest/node'

export interface TestTiming {
  project: string
  /** The test file, relative to the project root. */
  file: string
  /** Describe titles and the test title, joined by ' > '. */
  name: string
  durationMs: number
  timeoutMs: number
}

export default class TimingsReporter implements Reporter {
  private outputFile: string | undefined
  private root = process.cwd()

  onInit(vitest: Vitest) {
    const { outputFile } = vitest.config
    this.outputFile = typeof outputFile === 'object' ? outputFile.timings : undefined
    this.root = vitest.config.root
  }

  async onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    if (!this.outputFile) {
      return
    }
    const timings: TestTiming[] = []
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const diagnostic = test.diagnostic()
        const { timeout } = test.options
        if (diagnostic === undefined || timeout === undefined) {
          continue
        }
        timings.push({
          project: test.project.name,
          file: relative(this.root, testModule.moduleId),
          name: test.fullName,
          durationMs: diagnostic.duration,
          timeoutMs: timeout,
        })
      }
    }
    await writeFile(this.outputFile, JSON.stringify(timings))
  }
}
