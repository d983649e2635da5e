// worker-example/wrangler.toml as Cloudflare's own tool reads it: `wrangler deploy --dry-run`
// bundles the Worker, checks the config and that every Durable Object class is exported, and
// lists the bindings; wrangler's config reader shows the migrations and queue consumers.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from 'vitest'
import { unstable_readConfig } from 'wrangler'
import { root, wranglerToml } from './worker-harness.js'

/**
 * `wrangler deploy --dry-run` of a config, its `affiliate-fetch` imports pointed at src/
 * (the package is not installed inside worker-example); what wrangler printed.
 */
function dryRun(config: string, subpaths: string[]): string {
  const out = mkdtempSync(path.join(tmpdir(), 'wrangler-dry-run-'))
  try {
    const alias = subpaths.flatMap((sub) => ['--alias', `affiliate-fetch${sub}:${path.join(root, 'src', sub.slice(1), 'index.ts')}`])
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules/wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--config', config, '--outdir', out, ...alias], {
      cwd: path.dirname(config),
      encoding: 'utf8',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_LOG_PATH: out, CI: '1', NO_COLOR: '1' },
      timeout: 60_000,
    })
    const output = `${run.stdout}\n${run.stderr}`
    expect(run.status, output).toBe(0)
    return output
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

test('wrangler deploy --dry-run accepts worker-example/wrangler.toml and binds the Durable Objects and the queue', () => {
  const output = dryRun(wranglerToml, ['', '/agentclick', '/agentref', '/agentries'])
  expect(output).toMatch(/env\.RATE_LIMITER \(RateLimiter\)\s+Durable Object/)
  expect(output).toMatch(/env\.WEBHOOK_INBOX \(WebhookInbox\)\s+Durable Object/)
  expect(output).toMatch(/env\.AGENTREF_WEBHOOKS \(agentref-webhooks\)\s+Queue/)
}, 60_000)

test('the migrations create both classes on SQLite storage; the queue retries into its dead-letter queue, which is consumed too', () => {
  const config = unstable_readConfig({ config: wranglerToml })
  expect(config.migrations).toEqual([{ tag: 'v1', new_sqlite_classes: ['RateLimiter', 'WebhookInbox'] }])
  const classes = config.durable_objects.bindings.map((b: { class_name: string }) => b.class_name)
  expect(classes.sort()).toEqual(['RateLimiter', 'WebhookInbox'])
  const [main, dead] = config.queues.consumers ?? []
  expect(config.queues.producers).toEqual([expect.objectContaining({ binding: 'AGENTREF_WEBHOOKS', queue: main!.queue })])
  expect(main).toMatchObject({ queue: 'agentref-webhooks', dead_letter_queue: dead!.queue })
  expect(main!.max_retries).toBeGreaterThan(0)
})

test('wrangler deploy --dry-run accepts worker-example/wrangler.sandbox.toml, the sandbox Worker, and binds its Durable Object', () => {
  const output = dryRun(path.join(root, 'worker-example/wrangler.sandbox.toml'), ['/sandbox'])
  expect(output).toMatch(/env\.SANDBOX \(SharedSandbox\)\s+Durable Object/)
  expect(output).not.toMatch(/node:/)
}, 60_000)
