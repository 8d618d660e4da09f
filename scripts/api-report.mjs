#!/usr/bin/env node
/**
 * The public API report: every name each package entry exports, with its signature, written by
 * API Extractor (the tool TypeScript libraries use for this) to `api/<entry>.api.md`. The reports
 * are checked in, so every change to the surface shows up as a diff in review.
 *
 * `node scripts/api-report.mjs` (in `npm test`, after the build): fails when the built
 * declarations no longer match the checked-in report, and prints what changed.
 * `node scripts/api-report.mjs --update` (`npm run api:update`): rewrites the reports.
 *
 * It also checks that the README's "API" section lists exactly the runtime names of the entries
 * it documents (see `readmeEntries`), so the documentation cannot drift from the package.
 *
 * Output ends with the plain line `N passed, N failed` (counted by scripts/test.mjs).
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { spawnSync } from 'node:child_process'
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor'

const root = resolve(import.meta.dirname, '..')
const update = process.argv.includes('--update')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

/** One report per package entry that has its own declarations (locales are data, not API). */
const entries = Object.entries(pkg.exports)
  .filter(([subpath, target]) => typeof target === 'object' && !subpath.includes('*'))
  .map(([subpath, target]) => ({
    subpath,
    name: subpath === '.' ? 'integrations-kit' : `integrations-kit${subpath.slice(1)}`,
    file: subpath === '.' ? 'index' : subpath.slice(2).replaceAll('/', '-'),
    types: join(root, target.types),
  }))

const results = []
const report = (ok, label, detail = '') => {
  results.push(ok)
  console.log(`${ok ? '✓' : '✗'} ${label}${detail ? `\n${detail}` : ''}`)
}

const reportFolder = join(root, 'api')
const scratch = join(tmpdir(), `ik-api-${process.pid}`)
mkdirSync(reportFolder, { recursive: true })
mkdirSync(scratch, { recursive: true })

/** entry → the runtime (value) names it exports, read off API Extractor's report. */
const runtimeNames = new Map()

for (const entry of entries) {
  if (!existsSync(entry.types)) {
    report(false, `${entry.name}: ${entry.types} is missing (run the build first)`)
    continue
  }
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: entry.types,
      compiler: { tsconfigFilePath: join(root, 'tsconfig.build.json') },
      apiReport: {
        enabled: true,
        reportFileName: `${entry.file}.api.md`,
        reportFolder,
        reportTempFolder: scratch,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // The report is about names and signatures; release tags and TSDoc style are not policed.
        extractorMessageReporting: {
          default: { logLevel: 'none' },
          'ae-missing-release-tag': { logLevel: 'none' },
          'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: false },
        },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
        compilerMessageReporting: { default: { logLevel: 'warning' } },
      },
    },
    configObjectFullPath: join(root, 'api', `${entry.file}.api-extractor.json`),
    packageJsonFullPath: join(root, 'package.json'),
  })
  const result = Extractor.invoke(config, {
    localBuild: update,
    showVerboseMessages: false,
    messageCallback: (message) => {
      // API Extractor logs "the report changed" itself; keep the log to our own summary.
      message.handled = message.messageId === 'console-api-report-changed'
    },
  })
  const reportFile = join(reportFolder, `${entry.file}.api.md`)
  if (update) {
    report(result.succeeded, `${entry.name}: report written to api/${entry.file}.api.md`)
  } else if (result.apiReportChanged) {
    const fresh = join(scratch, `${entry.file}.api.md`)
    const diff = spawnSync('diff', ['-u', reportFile, fresh], { encoding: 'utf8' }).stdout ?? ''
    report(
      false,
      `${entry.name}: the public API differs from api/${entry.file}.api.md`,
      `${diff.split('\n').slice(2, 80).join('\n')}\n` +
        '  If the change is deliberate, run `npm run api:update` and commit the report.',
    )
  } else {
    report(result.succeeded, `${entry.name}: matches api/${entry.file}.api.md`)
  }
  if (existsSync(reportFile)) {
    runtimeNames.set(entry.name, valueNames(readFileSync(reportFile, 'utf8')))
  }
}

/** Names a report declares as values (functions, consts, classes, namespaces), not types. */
function valueNames(apiReport) {
  const names = new Set()
  const declaration =
    /^export (?:declare )?(?:function|const|let|class|abstract class|namespace|enum) ([A-Za-z_$][\w$]*)/gm
  for (const [, name] of apiReport.matchAll(declaration)) {
    names.add(name)
  }
  return names
}

/**
 * The README documents each entry's runtime names in a list under "## API" as "### `entry`"
 * headings followed by backticked names; those lists must equal what the entries export.
 */
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const apiSection = readme.split(/^## /m).find((section) => section.startsWith('API'))
if (apiSection === undefined) {
  report(false, 'README has an "## API" section')
} else {
  for (const [name, exported] of runtimeNames) {
    const heading = apiSection
      .split(/^### /m)
      .find(
        (part) => part.startsWith(`\`${name}\``) && part.split('\n')[0].trim() === `\`${name}\``,
      )
    if (heading === undefined) {
      report(false, `README's API section documents \`${name}\``)
      continue
    }
    const listed = new Set(
      [...heading.matchAll(/^- `([A-Za-z_$][\w$.]*)`/gm)].map(([, listedName]) => listedName),
    )
    const missing = [...exported].filter((n) => !listed.has(n)).sort()
    const extra = [...listed].filter((n) => !exported.has(n)).sort()
    report(
      missing.length === 0 && extra.length === 0,
      `README lists exactly the runtime names of \`${name}\` (${exported.size})`,
      [
        missing.length ? `  exported but not in the README: ${missing.join(', ')}` : '',
        extra.length ? `  in the README but not exported: ${extra.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    )
  }
}

rmSync(scratch, { recursive: true, force: true })
const failed = results.filter((ok) => !ok).length
console.log(`${results.length - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
