#!/usr/bin/env node
// npm run example:browser: bundles main.js for the browser, starts the sandbox and serves the page.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startSandbox } from 'affiliate-fetch/sandbox'

const here = path.dirname(fileURLToPath(import.meta.url))
const sandbox = await startSandbox()
const { outputFiles } = await build({ entryPoints: [path.join(here, 'main.js')], bundle: true, format: 'esm', platform: 'browser', minify: true, write: false })
const config = { agentclickUrl: sandbox.agentclickUrl, agentriesUrl: sandbox.agentriesUrl, did: sandbox.keys.agentries.did }
const page = readFileSync(path.join(here, 'index.html'), 'utf8').replace('<script type="module"', `<script>window.SANDBOX = ${JSON.stringify(config)}</script>\n    <script type="module"`)

const server = http.createServer((req, res) => {
  if (req.url === '/bundle.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(outputFiles[0].text)
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)
})
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`Open http://127.0.0.1:${server.address().port}/ (sandbox on ${sandbox.url}); Ctrl-C to stop.`)
})
let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  setTimeout(() => process.exit(0), 2000).unref() // a stuck close must not keep us alive
  server.closeAllConnections()
  server.close()
  await sandbox.close()
  process.exit(0)
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop)
// Stopped by its parent (npm run, a test runner, an editor task): npm does not pass every signal
// on, and a killed parent passes none; `npm run` also puts a shell between npm and us. So stop as
// soon as our parent or its parent is gone (the grandparent from /proc, or from `ps` elsewhere).
const ancestors = [process.ppid]
try {
  ancestors.push(Number(readFileSync(`/proc/${process.ppid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]))
} catch {
  try {
    ancestors.push(Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(process.ppid)], { encoding: 'utf8' }).trim()))
  } catch {}
}
const exists = (pid) => {
  try {
    return process.kill(pid, 0)
  } catch (error) {
    return error.code === 'EPERM'
  }
}
// PID 1 (init, or npm itself in a container) never goes away: it is not watched.
const watched = ancestors.filter((pid) => Number.isInteger(pid) && pid > 1)
setInterval(() => {
  if (process.ppid !== ancestors[0] || !watched.every(exists)) stop()
}, 250).unref()
