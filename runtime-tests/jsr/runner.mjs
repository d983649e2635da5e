// JSR: what a Deno user gets from `deno add jsr:@scope/name`, with no package.json anywhere.
//   1. `deno publish --dry-run` lists the files it would upload (jsr.json's publish.include);
//      they are copied into <tmp>/package, with jsr.json as its config (Deno links a local JSR
//      package by its deno.json, so jsr.json is written there under that name, unchanged).
//   2. <tmp>/user links that package (`links`) and maps the bare names the suite imports to
//      `jsr:@scope/name@version/<export>`: every import goes through jsr.json's exports to the
//      TypeScript source, not dist/. `--cached-only`: nothing may come from a registry.
//   3. Runs the suite (shared/cli.mjs) there, the cassette replay in a run of its own with the
//      network denied, and `deno check`s the user fixture (types/deno.ts).
// <tmp> is under the OS temp folder, outside the repository, so Deno finds no package.json (which
// would turn on its npm-project resolution) in it or above it.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { denoBinary, denoEnv, runSuiteDenyingReplayNet } from '../deno/runner.mjs'
import { runBounded } from '../shared/process.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))

/** Config files that Deno would pick up in `dir` or above it. */
function configsAbove(dir) {
  const found = []
  for (let at = dir; ; at = path.dirname(at)) {
    for (const name of ['package.json', 'deno.json', 'deno.jsonc']) if (existsSync(path.join(at, name))) found.push(path.join(at, name))
    if (path.dirname(at) === at) return found
  }
}

/** The import map of a user: `affiliate-fetch[/x]` → `jsr:<name>@<version>[/x]`, one per export. */
const importsOf = ({ name, version, exports }) =>
  Object.fromEntries(Object.keys(exports).map((key) => [`affiliate-fetch${key.slice(1)}`, `jsr:${name}@${version}${key.slice(1)}`]))

export async function run({ repoRoot, consumerDir, scratchDir, server, env, timeoutMs }) {
  const deno = denoBinary(repoRoot)
  if (!deno) return { status: 'missing', summary: 'no deno binary (node_modules/.bin/deno, DENO_BIN or PATH)' }
  const options = { env: denoEnv(env, scratchDir), timeoutMs }
  const jsr = JSON.parse(readFileSync(path.join(repoRoot, 'jsr.json'), 'utf8'))

  const dry = await runBounded(deno, ['publish', '--dry-run', '--allow-dirty'], { ...options, cwd: repoRoot, env: { ...options.env, NO_COLOR: '1' } })
  const files = [...`${dry.stdout}\n${dry.stderr}`.matchAll(/^\s+(file:\/\/\S+)/gm)].map((m) => path.relative(repoRoot, fileURLToPath(m[1])))
  if (dry.code !== 0 || files.length === 0) return { status: 'failed', summary: `deno publish --dry-run: exit ${dry.code}`, details: `${dry.stdout}\n${dry.stderr}`.trim().split('\n').slice(-15) }

  const home = mkdtempSync(path.join(tmpdir(), 'affiliate-fetch-jsr-'))
  try {
    const above = configsAbove(home)
    if (above.length > 0) return { status: 'failed', summary: `a config above the temp folder: ${above.join(', ')}` }
    const pkg = path.join(home, 'package')
    for (const file of files) {
      mkdirSync(path.dirname(path.join(pkg, file)), { recursive: true })
      cpSync(path.join(repoRoot, file), path.join(pkg, file))
    }
    writeFileSync(path.join(pkg, 'deno.json'), readFileSync(path.join(repoRoot, 'jsr.json')))

    const user = path.join(home, 'user')
    mkdirSync(user)
    writeFileSync(path.join(user, 'deno.json'), `${JSON.stringify({ links: ['../package'], imports: importsOf(jsr) }, null, 2)}\n`)
    for (const file of ['shared/suite.mjs', 'shared/cassette-session.mjs', 'shared/lib.mjs', 'shared/cli.mjs', 'types/deno.ts', 'types/fixture.ts']) cpSync(path.join(here, '..', file), path.join(user, path.basename(file)))
    cpSync(path.join(consumerDir, 'shared/recorded-session.mjs'), path.join(user, 'recorded-session.mjs')) // written by run.mjs

    const flags = ['--no-remote', '--no-npm', '--no-lock']
    const checked = await runBounded(deno, ['check', ...flags, 'deno.ts'], { ...options, cwd: user })
    if (checked.code !== 0) return { status: 'failed', summary: `deno check through jsr: exit ${checked.code}`, details: `${checked.stdout}\n${checked.stderr}`.trim().split('\n').slice(0, 15) }

    const verdict = await runSuiteDenyingReplayNet(deno, { flags: [...flags, '--allow-env'], cli: 'cli.mjs', serverUrl: server.url, cwd: user, ...options })
    return { ...verdict, summary: [`${jsr.name}@${jsr.version}, ${files.length} files, no package.json`, verdict.summary].filter(Boolean).join('; ') }
  } finally {
    rmSync(home, { recursive: true, force: true })
  }
}
