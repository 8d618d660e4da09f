#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in order, stopping at the first failure. Prints each
 * step's name and duration, a summary table, and ends with the plain line `N passed, N failed`.
 *
 * Counting: Vitest steps contribute their test counts (from the JSON reporter), the package checks
 * and the bundle budgets one per check (their own closing `N passed, N failed` line), and every
 * other step (typecheck, lint, format, builds) counts as one test, so a failing gate can never
 * print "0 failed".
 *
 * Timing: after the summary it lists the tests closest to their timeout (from each Vitest step's
 * test/timings-reporter.ts output), so a test creeping towards a flake shows in the CI log. It
 * reports only and never fails the run: a timed check is flaky by nature.
 *
 * Self-contained: works from a fresh clone (after `npm ci`), leaves nothing that a later run reads
 * (storybook-static/ is rebuilt from scratch; reports go to a temp dir that is removed).
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const reports = await mkdtemp(join(tmpdir(), 'ik-test-'))

const env = {
  ...process.env,
  STORYBOOK_DISABLE_TELEMETRY: '1',
  // vite.config.ts imports TS files without extensions, which only the native config loader
  // (not the default one in use) would need; keep the log readable.
  VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
  // Vitest reads CI to turn off watch mode and interactive output; make it explicit.
  CI: process.env.CI ?? 'true',
}

/** Vitest run of one project, counted from its JSON report, timed by test/timings-reporter.ts. */
function vitest(key, name, project) {
  const outputFile = join(reports, `${project}.json`)
  const timingsFile = join(reports, `${project}.timings.json`)
  return {
    key,
    name,
    command: bin('vitest'),
    args: [
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${outputFile}`,
      '--reporter=./test/timings-reporter.ts',
      `--outputFile.timings=${timingsFile}`,
    ],
    count: () => countVitest(outputFile),
    timings: () => readTimings(timingsFile),
  }
}

/** A Node script whose own output ends with `N passed, N failed`. */
function countedScript(key, name, script) {
  return { key, name, command: process.execPath, args: [script], countFromOutput: true }
}

const steps = [
  { key: 'typecheck', name: 'typecheck (tsc --noEmit)', command: bin('tsc'), args: ['--noEmit'] },
  { key: 'lint', name: 'lint (eslint .)', command: bin('eslint'), args: ['.'] },
  {
    key: 'format',
    name: 'format (prettier --check .)',
    command: bin('prettier'),
    args: ['--check', '.'],
  },
  vitest('unit', 'unit tests (vitest --project unit)', 'unit'),
  vitest(
    'radix-dialog-lowest',
    'dialog tests on the lowest @radix-ui/react-dialog',
    'radix-dialog-lowest',
  ),
  { key: 'build', name: 'library build (vite build)', command: bin('vite'), args: ['build'] },
  countedScript(
    'package',
    'package checks (scripts/check-package.mjs)',
    'scripts/check-package.mjs',
  ),
  countedScript('api', 'API report (scripts/api-report.mjs)', 'scripts/api-report.mjs'),
  countedScript('size', 'bundle budgets (scripts/bundle-size.mjs)', 'scripts/bundle-size.mjs'),
  {
    key: 'storybook-build',
    name: 'storybook build',
    // Never test a stale build: storybook-static/ is made from scratch each run.
    before: () => rm(join(root, 'storybook-static'), { recursive: true, force: true }),
    command: bin('storybook'),
    args: ['build', '-o', 'storybook-static', '--quiet', '--disable-telemetry'],
  },
  vitest('storybook', 'stories as tests (vitest --project storybook)', 'storybook'),
  {
    ...vitest('e2e', 'e2e in Chromium (vitest --project e2e)', 'e2e'),
    before: () => rm(join(root, 'screenshots'), { recursive: true, force: true }),
  },
]

// `npm test -- --from <key>` resumes at a step (for local work; CI always runs everything).
const fromIndex = process.argv.indexOf('--from')
const fromKey = fromIndex === -1 ? undefined : process.argv[fromIndex + 1]
const firstStep = fromKey === undefined ? 0 : steps.findIndex((step) => step.key === fromKey)
if (firstStep === -1) {
  console.error(`unknown step "${fromKey}"; steps: ${steps.map((step) => step.key).join(', ')}`)
  process.exit(2)
}

async function countVitest(file) {
  if (!existsSync(file)) {
    return undefined
  }
  const report = JSON.parse(await readFile(file, 'utf8'))
  return { passed: report.numPassedTests, failed: report.numFailedTests }
}

/** The tests of one Vitest step, as test/timings-reporter.ts wrote them ([] when it did not run). */
async function readTimings(file) {
  return existsSync(file) ? JSON.parse(await readFile(file, 'utf8')) : []
}

/** How many tests the timing table lists, and the share of its timeout a test should stay under. */
const SLOWEST_SHOWN = 10
const HEADROOM_SHARE = 1 / 3

/**
 * The tests closest to their timeout, across the Vitest steps that ran. A share above a third
 * (less than 3× headroom) is marked: on a busier machine that test may time out.
 */
function printClosestToTimeout(timings) {
  const ranked = timings
    .map((timing) => ({ ...timing, share: timing.durationMs / timing.timeoutMs }))
    .sort((a, b) => b.share - a.share)
    .slice(0, SLOWEST_SHOWN)
  if (ranked.length === 0) {
    return
  }
  console.log(`\nthe ${ranked.length} tests closest to their timeout (marked: under 3× headroom)`)
  for (const { project, file, name, durationMs, timeoutMs, share } of ranked) {
    const mark = share > HEADROOM_SHARE ? '!' : ' '
    const percent = `${Math.round(share * 100)}%`.padStart(4)
    const times = `${formatSeconds(durationMs)} of ${formatSeconds(timeoutMs)}`.padStart(17)
    console.log(`${mark} ${percent} ${times}  ${project.padEnd(9)} ${file} > ${name}`)
  }
}

const TOTALS_LINE = /^(\d+) passed, (\d+) failed$/

function countFromOutput(output) {
  const lines = output.trim().split('\n').reverse()
  for (const line of lines) {
    const match = TOTALS_LINE.exec(line.trim())
    if (match) {
      return { passed: Number(match[1]), failed: Number(match[2]) }
    }
  }
  return undefined
}

/** Runs a command with inherited stdin/stderr; stdout is shown live and also kept. */
function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
      process.stdout.write(chunk)
    })
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`)
      done({ code: 1, output })
    })
    child.on('close', (code, signal) => done({ code: signal ? 1 : (code ?? 1), output }))
  })
}

const formatSeconds = (ms) => `${(ms / 1000).toFixed(1)} s`

const results = []
const timings = []
let passed = 0
let failed = 0
const started = performance.now()

for (const step of steps.slice(firstStep)) {
  console.log(`\n━━ ${step.name}`)
  const stepStarted = performance.now()
  if (step.before) {
    await step.before()
  }
  const { code, output } = await run(step.command, step.args)
  const duration = performance.now() - stepStarted
  let counts = step.count ? await step.count() : undefined
  if (step.timings) {
    timings.push(...(await step.timings()))
  }
  if (step.countFromOutput) {
    counts = countFromOutput(output)
  }
  // A step that did not report counts is one test; a crashed runner counts as one failure.
  if (!counts) {
    counts = code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }
  } else if (code !== 0 && counts.failed === 0) {
    counts = { ...counts, failed: 1 }
  }
  passed += counts.passed
  failed += counts.failed
  const ok = code === 0
  results.push({ name: step.name, ok, duration, counts })
  console.log(`━━ ${ok ? 'ok' : 'FAILED'}: ${step.name} in ${formatSeconds(duration)}`)
  if (!ok) {
    break
  }
}

await rm(reports, { recursive: true, force: true })

printClosestToTimeout(timings)

console.log(`\n${'step'.padEnd(50)} ${'result'.padEnd(8)} ${'time'.padStart(7)}  tests`)
for (const step of steps.slice(0, firstStep)) {
  console.log(`${step.name.padEnd(50)} not run (--from ${fromKey})`)
}
for (const { name, ok, duration, counts } of results) {
  console.log(
    `${name.padEnd(50)} ${(ok ? 'ok' : 'FAILED').padEnd(8)} ${formatSeconds(duration).padStart(7)}  ` +
      `${counts.passed} passed, ${counts.failed} failed`,
  )
}
for (const step of steps.slice(firstStep + results.length)) {
  console.log(`${step.name.padEnd(50)} skipped`)
}
console.log(`total time ${formatSeconds(performance.now() - started)}`)
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed > 0 || results.some((result) => !result.ok) ? 1 : 0
