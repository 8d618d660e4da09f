import { fork } from 'node:child_process'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { buildDir } from './build.mjs'
import sparticuz from '@sparticuz/chromium'
const N = Number(process.env.N ?? 1000)
const KEY = process.env.KEY ?? 'crm/salesforce'
const child = fork(join(buildDir, 'node', 'mock-server.mjs'), [], { env: { ...process.env, BENCH_CONNECTORS: String(N), BENCH_APPS_DIR: join(buildDir, 'apps') } })
const ready = await new Promise((r) => child.on('message', (m) => m.type === 'ready' && r(m)))
const browser = await chromium.launch({ executablePath: await sparticuz.executablePath(), args: sparticuz.args, headless: true })
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
const q = new URLSearchParams({ api: ready.api, token: ready.token })
await page.goto(`${ready.apps}/ours/?${q}`)
await page.waitForFunction((n) => document.querySelectorAll('[data-ik-slot="card"]').length >= n, N, { timeout: 120000 })
await page.waitForTimeout(3000)
const btn = page.locator(`[data-ik-slot="card-button"][data-ik-key="${KEY}"]`)
await btn.scrollIntoViewIfNeeded(); await page.waitForTimeout(1000)
const cdp = await page.context().newCDPSession(page)
const events = []
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value))
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r))
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval',{interval:200}); await cdp.send('Profiler.start');
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8.execute', transferMode: 'ReportEvents' })
await page.evaluate(() => performance.mark('t0'))
await btn.click()
await page.waitForFunction(() => { const d = document.querySelector('[data-ik-slot="details"]'); return d && !d.hasAttribute('aria-busy') && !d.querySelector('[data-ik-slot="details-loading"]') }, null, { timeout: 60000, polling: 'raf' })
await page.evaluate(() => performance.mark('t1'))
await page.waitForTimeout(300)
const { profile } = await cdp.send('Profiler.stop');
await cdp.send('Tracing.end'); await done
{ const self = {}; const byId = new Map(profile.nodes.map(n=>[n.id,n])); const dt = profile.timeDeltas; profile.samples.forEach((id,i)=>{ const n=byId.get(id); const f=n.callFrame; const k=(f.functionName||'(anon)')+' '+f.url.replace(/^.*\//,'')+':'+f.lineNumber+':'+f.columnNumber; self[k]=(self[k]||0)+(dt[i]||0) }); for (const [k,v] of Object.entries(self).sort((a,b)=>b[1]-a[1]).slice(0,30)) console.log('cpu', (v/1000).toFixed(1).padStart(7), k) }
const t0 = events.find((e) => e.name === 't0')?.ts, t1 = events.find((e) => e.name === 't1')?.ts
console.log('t0→t1 ms', (t1 - t0) / 1000)
const sums = {}
const main = events.filter((e) => e.ph === 'X' && e.ts >= t0 && e.ts <= t1 && e.dur)
for (const e of main) { const k = e.name + (e.name === 'FunctionCall' || e.name==='EventDispatch' ? ':' + (e.args?.data?.functionName || e.args?.data?.type || '') : ''); sums[k] = (sums[k] || 0) + e.dur }
for (const [k, v] of Object.entries(sums).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(1).padStart(8), k)
// timeline of big events
for (const e of main.filter((e) => e.dur > 8000 && ['UpdateLayoutTree','Layout','RunTask','EventDispatch','FunctionCall','Paint','ResourceReceiveResponse','EvaluateScript','v8.compile'].includes(e.name)).slice(0, 40)) console.log(((e.ts - t0) / 1000).toFixed(0).padStart(6), (e.dur / 1000).toFixed(1).padStart(7), e.name, e.args?.data?.type || e.args?.data?.url?.slice(-40) || e.args?.data?.functionName || '', e.args?.elementCount ?? e.args?.beginData?.dirtyObjects ?? '')
const nets = events.filter((e) => (e.name === 'ResourceSendRequest' || e.name === 'ResourceFinish') && e.ts >= t0 && e.ts <= t1)
for (const e of nets) console.log('net', ((e.ts - t0) / 1000).toFixed(0), e.name, e.args?.data?.url?.replace(/^.*\//, '').slice(0, 60) ?? e.args?.data?.requestId)
await browser.close(); child.kill()
