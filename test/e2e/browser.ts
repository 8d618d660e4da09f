/**
 * Launching Chromium for e2e through playwright-core (see chromium.ts for where the binary comes
 * from).
 */
import { chromium, type Browser } from 'playwright-core'
import { resolveChromium } from './chromium'

export async function launchChromium(): Promise<Browser> {
  const { executablePath, args } = await resolveChromium()
  return chromium.launch({ executablePath, args, headless: true })
}
