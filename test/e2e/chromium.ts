/**
 * Where Chromium comes from, for e2e and for the stories-as-tests browser project: CHROMIUM_PATH,
 * then a system /usr/bin/chromium, then the binary shipped inside the @sparticuz/chromium npm
 * package (so `npm install` alone gives CI a browser; it unpacks to /tmp on first use).
 */
import { existsSync } from 'node:fs'

export interface ChromiumLaunch {
  executablePath: string
  args: string[]
}

/** Quiet on a closed network. Playwright already uses a fresh profile (no --user-data-dir). */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * @sparticuz/chromium's flags are tuned for AWS Lambda. These ones would hide the very bugs the
 * tests look for (same-origin checks, postMessage origins, mixed content) or are Lambda-only
 * process tweaks, so they are dropped; the rest (swiftshader GL, headless shell, …) are kept.
 */
const LAMBDA_ONLY_FLAGS = [
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
  '--single-process',
  '--disable-features=',
  '--headless=',
]

function isKeptSparticuzFlag(flag: string): boolean {
  return !LAMBDA_ONLY_FLAGS.some((dropped) => flag === dropped || flag.startsWith(dropped))
}

export async function resolveChromium(): Promise<ChromiumLaunch> {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`)
    }
    return { executablePath: fromEnv, args: QUIET_FLAGS }
  }
  if (existsSync('/usr/bin/chromium')) {
    return { executablePath: '/usr/bin/chromium', args: QUIET_FLAGS }
  }
  const { default: sparticuz } = await import('@sparticuz/chromium')
  const executablePath = await sparticuz.executablePath()
  const args = [...new Set([...sparticuz.args.filter(isKeptSparticuzFlag), ...QUIET_FLAGS])]
  return { executablePath, args }
}
