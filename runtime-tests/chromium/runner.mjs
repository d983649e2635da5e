// Chromium, headless, driven by playwright-core (a devDependency) with the system's chromium
// (Debian's /usr/bin/chromium; CHROMIUM_PATH overrides). playwright's launch() gives it a fresh
// temporary profile, removed on close.
import path from 'node:path'
import { bundleFromConsumer } from '../shared/bundle.mjs'
import { findBinary, outcome, requirePreflights } from '../shared/process.mjs'

const PAGE = '<!doctype html><meta charset="utf-8"><title>affiliate-fetch runtime test</title><script type="module" src="/chromium.js"></script>'

export async function run({ consumerDir, scratchDir, server, env, timeoutMs }) {
  const executablePath = findBinary(process.env.CHROMIUM_PATH, '/usr/bin/chromium', 'chromium', 'chromium-browser')
  if (!executablePath) return { status: 'missing', summary: 'no chromium binary (apt-get install chromium, or set CHROMIUM_PATH)' }
  let playwright
  try {
    playwright = await import('playwright-core')
  } catch {
    return { status: 'missing', summary: 'playwright-core is not installed' }
  }
  server.setAsset('/chromium.js', 'text/javascript; charset=utf-8', await bundleFromConsumer(consumerDir, 'chromium/entry.mjs', 'browser'))
  server.setAsset('/', 'text/html; charset=utf-8', PAGE)

  const problems = []
  const deadline = Date.now() + timeoutMs
  const left = () => Math.max(1, deadline - Date.now())
  let browser
  let timer
  try {
    browser = await playwright.chromium.launch({
      executablePath,
      headless: true,
      timeout: left(),
      // Debian's build always starts crashpad; keep its database out of $HOME.
      env: { ...env, CHROME_CONFIG_HOME: path.join(scratchDir, 'chromium-config') },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    const page = await browser.newPage()
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    // The API's own 404 and 503 answers are logged as resource errors; those are expected.
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(`console: ${m.text()}`))
    const preflightsBefore = server.stats.preflights
    await page.goto(`${server.pageOrigin}/?api=${encodeURIComponent(server.url)}`, { timeout: left(), waitUntil: 'load' })
    const report = await Promise.race([
      page.evaluate(() => globalThis.__runtimeTestReport),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), left()))),
    ])
    const result = requirePreflights(outcome(report, /Chrome /), server.stats.preflights - preflightsBefore)
    if (result.status === 'failed') result.details.push(...problems)
    return result
  } catch (error) {
    return { status: 'failed', summary: String(error?.message ?? error).split('\n')[0], details: problems }
  } finally {
    clearTimeout(timer)
    await browser?.close().catch(() => {})
  }
}

