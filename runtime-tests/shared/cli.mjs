// Entry of the command-line runtimes (node, deno, bun), run inside the scratch consumer project
// where run.mjs copies shared/: runs the suite against the server whose origin is the first
// argument, and prints the report after REPORT_MARK on stdout. `--only=<case>` / `--skip=<case>`
// run one case apart (Deno replays the cassette in a run of its own, with the network denied).
import * as lib from './lib.mjs'
import { recorded } from './recorded-session.mjs'
import { REPORT_MARK, runSuite } from './suite.mjs'

const args = globalThis.Deno?.args ?? globalThis.process.argv.slice(2)
if (!args[0]) throw new Error('usage: cli.mjs <server origin> [--only=<case> | --skip=<case>]')
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const report = await runSuite({ serverUrl: args[0], lib, recorded, only: option('only'), skip: option('skip') })
console.log(REPORT_MARK + JSON.stringify(report))
