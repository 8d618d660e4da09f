#!/usr/bin/env node
/**
 * `npm run bench`: integrations-kit side by side with @apideck/react-vault 0.12.9, in headless
 * Chromium, from a fresh clone after `npm ci`.
 *
 * 1. bench/build.mjs builds both apps the same way (production, minified, React bundled), the
 *    same apps with React external (bytes only) and the mock Vault server.
 * 2. For each catalog size (BENCH_SIZES, default 1,000 and 10,000), the mock server runs in its own
 *    process (bench/mock-server.ts) with that many generated connectors, the same for both apps.
 * 3. Each app gets one untimed warm-up load (which also finds the settled search result count),
 *    then BENCH_LOADS (default 7) rounds; a round is three loads per app, each in a fresh browser
 *    context, the two libraries interleaved (which goes first alternates): the catalog (then a
 *    search keystroke), opening a connected connector, opening an available one. The mock is reset
 *    before every load.
 * 4. It prints the medians, the ratios (ours / react-vault) and the per-load ratios, and writes the
 *    samples to bench/results/bench-<time>.json and bench/results/latest.json (git-ignored).
 *
 * react-vault gets BENCH_TIME_LIMIT_MS (default 60 s) per wait; a size it cannot show in time is
 * reported, not retried. Timings depend on the machine: nothing here is asserted.
 */
import { fork } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { AVAILABLE, CONNECTED, conditions, ours, reactVault } from './apps-under-test.mjs'
import { WAYFINDER_NOTE, buildBench, buildDir, resultsDir } from './build.mjs'
import { installProbe } from './page-probe.mjs'
import { bytesRows, markdownTable, median, printBytes, printTable, summarise } from './report.mjs'

const LOADS = Number(process.env.BENCH_LOADS ?? 7)
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number)
const LIMIT_MS = Number(process.env.BENCH_TIME_LIMIT_MS ?? 60_000)
const SEARCH_KEY = 's'
/** The filtered list must stay the same for this many frames to count as settled. */
const SETTLE_FRAMES = 10
/** After the catalog or a connector is shown: time for late requests before counting them. */
const QUIET_MS = 500
const APPS = [ours, reactVault]
/** BENCH_SCREENSHOTS=1: a screenshot at each measured moment, to check what was waited for. */
const SCREENSHOTS = process.env.BENCH_SCREENSHOTS === '1'

async function screenshot(page, name) {
  if (SCREENSHOTS) {
    await mkdir(join(resultsDir, 'screenshots'), { recursive: true })
    await page.screenshot({ path: join(resultsDir, 'screenshots', `${name}.png`) })
  }
}

/** The mock server for one catalog size, and its IPC calls. */
async function startServer(connectors) {
  const child = fork(join(buildDir, 'node', 'mock-server.mjs'), [], {
    env: {
      ...process.env,
      BENCH_CONNECTORS: String(connectors),
      BENCH_APPS_DIR: join(buildDir, 'apps'),
    },
  })
  const ready = await new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`mock server exited (${code})`)))
    child.on('message', (message) => message.type === 'ready' && resolve(message))
  })
  child.removeAllListeners('exit')
  let nextId = 0
  const call = (type) =>
    new Promise((resolve) => {
      const id = (nextId += 1)
      const listener = (message) => {
        if (message.id === id) {
          child.off('message', listener)
          resolve(message)
        }
      }
      child.on('message', listener)
      child.send({ type, id })
    })
  return {
    ...ready,
    reset: () => call('reset'),
    stats: async () => (await call('stats')).stats,
    stop: () => child.kill(),
  }
}

const waitIn = (page, source, arg, stableFrames) =>
  page.evaluate(
    ([source, arg, stableFrames, limit]) =>
      window.__bench.waitFor(source, arg, stableFrames, limit),
    [source, arg, stableFrames, LIMIT_MS],
  )

/** A fresh context and page, navigated to the app; resolves once its catalog is painted. */
async function openApp(browser, server, app) {
  await server.reset()
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  const expected = app.expectedEntries(server)
  await page.addInitScript(installProbe, {
    catalogSource: conditions.COUNT_AT_LEAST,
    catalogArg: { selector: app.entrySelector, expected },
    timeoutMs: LIMIT_MS,
  })
  const query = new URLSearchParams({ api: server.api, token: server.token })
  await page.goto(`${server.apps}/${app.id}/?${query}`, { waitUntil: 'commit' })
  const catalog = await page.evaluate(() => window.__bench.catalog)
  if (!catalog.ok) {
    await context.close()
    const seen = catalog.signature ?? 'fewer'
    throw new Error(
      `${app.label} did not paint ${expected} entries within ${LIMIT_MS / 1000} s (saw ${seen})` +
        (errors.length ? `; page errors: ${errors.join('; ')}` : ''),
    )
  }
  return { context, page, catalog, expected, errors }
}

/** Load, catalog metrics, then one search keystroke. */
async function catalogLoad(browser, server, app, searchExpected) {
  const { context, page, catalog, expected } = await openApp(browser, server, app)
  try {
    const painted = catalog.paintedAt
    const timing = await page.evaluate((painted) => {
      const list = performance
        .getEntriesByType('resource')
        .find((entry) => new URL(entry.name).pathname === '/vault/connections')
      const longTasks = window.__bench.longTasks.filter((task) => task.start < painted)
      return {
        listEnd: list?.responseEnd ?? Number.NaN,
        longTasks: longTasks.length,
        longTaskMs: longTasks.reduce((sum, task) => sum + task.duration, 0),
      }
    }, painted)
    await page.waitForTimeout(QUIET_MS)
    const stats = await server.stats()
    const cdp = await context.newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length)
    await screenshot(page, `${app.id}-${server.connectors}-catalog`)

    await page.locator(app.searchBox).focus()
    const search = waitIn(
      page,
      conditions.COUNT_EXACTLY,
      { selector: app.entrySelector, expected: searchExpected },
      SETTLE_FRAMES,
    )
    await page.keyboard.press(SEARCH_KEY)
    const searched = await search
    const keydown = await page.evaluate(() => window.__bench.lastKeydown)
    await screenshot(page, `${app.id}-${server.connectors}-search`)
    return {
      entries: Number(catalog.signature),
      expectedEntries: expected,
      catalogPainted: painted,
      listToPainted: painted - timing.listEnd,
      searchPainted: searched.ok ? searched.paintedAt - keydown : Number.NaN,
      searchEntries: searchExpected,
      heapMB: usedSize / 1024 / 1024,
      domNodes,
      longTasks: timing.longTasks,
      longTaskMs: timing.longTaskMs,
      catalogRequests: stats.requests.length,
      preflights: stats.preflights,
      violations: stats.violations,
    }
  } finally {
    await context.close()
  }
}

/** Load, then click one connector: click → details shown, and → entrance animation finished. */
async function openLoad(browser, server, app, connector) {
  const { context, page } = await openApp(browser, server, app)
  try {
    await app.beforeOpen(page, connector)
    await page.waitForTimeout(QUIET_MS)
    const before = (await server.stats()).requests.length
    const shown = waitIn(page, app.details.shown, { name: connector.name }, 1)
    const settled = waitIn(page, app.details.settled, { name: connector.name }, 1)
    await page.locator(app.cardButton(connector)).click()
    const shownAt = await shown
    await screenshot(page, `${app.id}-${server.connectors}-${connector.serviceId}-shown`)
    const settledAt = await settled
    const click = await page.evaluate(() => window.__bench.lastClick)
    await page.waitForTimeout(QUIET_MS)
    await screenshot(page, `${app.id}-${server.connectors}-${connector.serviceId}-settled`)
    const stats = await server.stats()
    return {
      shown: shownAt.ok ? shownAt.paintedAt - click : Number.NaN,
      settled: settledAt.ok ? settledAt.paintedAt - click : Number.NaN,
      requests: stats.requests.length - before,
      requestList: stats.requests
        .slice(before)
        .map((request) => `${request.method} ${request.path}`),
      violations: stats.violations,
    }
  } finally {
    await context.close()
  }
}

/** The untimed first load: warms caches and finds how many entries the search settles on. */
async function warmUp(browser, server, app) {
  const { context, page } = await openApp(browser, server, app)
  try {
    await page.locator(app.searchBox).focus()
    await page.keyboard.press(SEARCH_KEY)
    // react-vault debounces for 250 ms: well past that, the list is final.
    await page.waitForTimeout(2500)
    return await page.locator(app.entrySelector).count()
  } finally {
    await context.close()
  }
}

async function runSize(browser, connectors) {
  const server = await startServer(connectors)
  const samples = { ours: [], 'react-vault': [] }
  const skipped = {}
  const searchExpected = {}
  try {
    console.log(
      `\n${connectors.toLocaleString('en-US')} connectors (${server.added} not available): ` +
        `mock server ${server.api}, apps ${server.apps}`,
    )
    for (const app of APPS) {
      try {
        searchExpected[app.id] = await warmUp(browser, server, app)
      } catch (error) {
        skipped[app.id] = error.message
        console.log(`  ${app.label}: skipped at this size — ${error.message}`)
      }
    }
    for (let round = 0; round < LOADS; round += 1) {
      const order = round % 2 === 0 ? APPS : [...APPS].reverse()
      for (const app of order.filter((app) => !skipped[app.id])) {
        const started = Date.now()
        try {
          const load = await catalogLoad(browser, server, app, searchExpected[app.id])
          const connected = await openLoad(browser, server, app, CONNECTED)
          const available = await openLoad(browser, server, app, AVAILABLE)
          samples[app.id].push({
            ...load,
            connectedShown: connected.shown,
            connectedSettled: connected.settled,
            connectedRequests: connected.requests,
            connectedRequestList: connected.requestList,
            availableShown: available.shown,
            availableSettled: available.settled,
            availableRequests: available.requests,
            availableRequestList: available.requestList,
            violations: [...load.violations, ...connected.violations, ...available.violations],
          })
          console.log(
            `  round ${round + 1}/${LOADS} ${app.label}: catalog ${load.catalogPainted.toFixed(0)} ms,` +
              ` search ${load.searchPainted.toFixed(0)} ms, open ${connected.shown.toFixed(0)}/` +
              `${available.shown.toFixed(0)} ms (${((Date.now() - started) / 1000).toFixed(1)} s)`,
          )
        } catch (error) {
          console.log(`  round ${round + 1}/${LOADS} ${app.label}: failed — ${error.message}`)
          samples[app.id].push({ error: error.message })
        }
      }
    }
  } finally {
    server.stop()
  }
  return { connectors, added: server.added, samples, skipped, searchExpected }
}

const started = new Date()
console.log('building the bench apps and the mock server (bench/build.mjs) …')
const bytes = await buildBench()
const { resolveChromium } = await import(join(buildDir, 'node', 'chromium.mjs'))
const { executablePath, args } = await resolveChromium()
const browser = await chromium.launch({ executablePath, args, headless: true })
const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model,
  loadAverage: loadavg(),
  node: process.version,
  chromium: browser.version(),
}
console.log(
  `machine: ${machine.cores} cores (${machine.cpu}), load average ${machine.loadAverage.map((value) => value.toFixed(1)).join(' ')}; ` +
    `Node ${machine.node}; Chromium ${machine.chromium}; ${LOADS} rounds per size`,
)
console.log(`note: ${WAYFINDER_NOTE}`)
console.log(
  'note: react-vault shows its catalog in two tabs, "Added" first: on load it paints the ' +
    'connectors that are not `available`; integrations-kit lists all of them in one grid (far cards lite)',
)

const sizes = []
try {
  for (const connectors of SIZES) {
    sizes.push(await runSize(browser, connectors))
  }
} finally {
  await browser.close()
}

const sections = sizes.map((size) => ({
  title: `${size.connectors.toLocaleString('en-US')} connectors`,
  rows: summarise(size.samples),
  size,
}))
for (const section of sections) {
  printTable(section.title, section.rows)
  for (const [app, reason] of Object.entries(section.size.skipped)) {
    console.log(`  ${app}: not measured — ${reason}`)
  }
  const violations = new Set(
    Object.values(section.size.samples).flatMap((loads) =>
      loads.flatMap((load) => load.violations ?? []),
    ),
  )
  if (violations.size) {
    console.log(`  spec violations seen by the mock: ${[...violations].join('; ')}`)
  }
}
const bytesTable = bytesRows(bytes)
printBytes(bytesTable)

const catalogAt = (connectors) =>
  median(
    (sizes.find((size) => size.connectors === connectors)?.samples.ours ?? []).map(
      (load) => load.catalogPainted,
    ),
  )
if (SIZES.includes(1000) && SIZES.includes(10000)) {
  console.log(
    `\nours, navigation → painted at 10,000 vs at 1,000: ${(catalogAt(10000) / catalogAt(1000)).toFixed(2)}×`,
  )
}

await mkdir(resultsDir, { recursive: true })
const report = {
  started: started.toISOString(),
  machine,
  loads: LOADS,
  notes: [WAYFINDER_NOTE],
  bytes,
  sizes: sections.map(({ title, rows, size }) => ({ title, rows, ...size })),
  markdown: markdownTable(sections, bytesTable),
}
const file = join(resultsDir, `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`)
await writeFile(file, JSON.stringify(report, null, 2))
await writeFile(join(resultsDir, 'latest.json'), JSON.stringify(report, null, 2))
console.log(`\nwritten: ${file} (and bench/results/latest.json)`)
