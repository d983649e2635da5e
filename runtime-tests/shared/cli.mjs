// Entry of the command-line runtimes (node, deno, bun), run inside the scratch consumer project
// where run.mjs copies shared/: runs the suite against the server whose origin is the first
// argument, and prints the report after REPORT_MARK on stdout.
import * as lib from './lib.mjs'
import { REPORT_MARK, runSuite } from './suite.mjs'

const args = globalThis.Deno?.args ?? globalThis.process.argv.slice(2)
if (!args[0]) throw new Error('usage: cli.mjs <server origin>')
const report = await runSuite({ serverUrl: args[0], lib })
console.log(REPORT_MARK + JSON.stringify(report))
