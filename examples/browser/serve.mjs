#!/usr/bin/env node
// npm run example:browser: bundles main.js for the browser, starts the sandbox and serves the page.
import { build } from 'esbuild'
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
const stop = async () => {
  server.close()
  await sandbox.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
