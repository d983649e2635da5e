// Runner-side helpers (Node only, never copied into the consumer): bounded child processes that
// leave nothing behind, binary lookup, and reading a runtime's report out of its output.
import { spawn } from 'node:child_process'
import { accessSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { REPLAY_CASE, REPORT_MARK } from './suite.mjs'

/** Process groups still running; run.mjs kills them all if it has to stop early. */
export const liveGroups = new Set()

function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {} // ESRCH: already gone
}

export function killAllGroups() {
  for (const pid of liveGroups) killGroup(pid)
  liveGroups.clear()
}

/**
 * Every process this run started is tagged by an environment variable (set by run.mjs and so
 * inherited by node, deno, bun, workerd, chromium and their helpers, however they detach).
 */
export const RUN_TAG = 'AFFILIATE_FETCH_RUNTIME_TESTS'

/** Live processes carrying this run's tag (Linux /proc; empty elsewhere). Exited ones read as empty. */
export function taggedProcesses() {
  const value = process.env[RUN_TAG]
  if (!value || !existsSync('/proc')) return []
  const tag = `${RUN_TAG}=${value}`
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(tag)
      } catch {
        return false // gone meanwhile, or not ours to read
      }
    })
    .map(Number)
}

/**
 * Runs a command in its own process group, capturing its output. On timeout (or when done) the
 * whole group is killed, so no grandchild outlives it. Never rejects.
 */
export function runBounded(command, args, { cwd, env = process.env, timeoutMs = 60_000 } = {}) {
  return new Promise((resolve) => {
    let stdout = ''
    let stderr = ''
    let timedOut = false
    const started = Date.now()
    let child
    try {
      child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    } catch (error) {
      return resolve({ code: null, signal: null, stdout, stderr, timedOut, error, ms: 0 })
    }
    const pid = child.pid
    if (pid) liveGroups.add(pid)
    const timer = setTimeout(() => {
      timedOut = true
      if (pid) killGroup(pid)
    }, timeoutMs)
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    let spawnError
    child.on('error', (error) => (spawnError = error))
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (pid) {
        killGroup(pid) // stragglers the child left in its group
        liveGroups.delete(pid)
      }
      resolve({ code, signal, stdout, stderr, timedOut, error: spawnError, ms: Date.now() - started })
    })
  })
}

const executable = (file) => {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The first executable among `candidates` (paths, or bare names looked up on PATH); undefined if none. */
export function findBinary(...candidates) {
  for (const candidate of candidates.filter(Boolean)) {
    if (candidate.includes('/')) {
      if (executable(candidate)) return candidate
      continue
    }
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
      const file = path.join(dir, candidate)
      if (dir && executable(file)) return file
    }
  }
  return undefined
}

/** The report a command-line runtime printed after REPORT_MARK, or undefined. */
export function parseReport(stdout) {
  const line = stdout.split('\n').findLast((l) => l.startsWith(REPORT_MARK))
  if (!line) return undefined
  try {
    return JSON.parse(line.slice(REPORT_MARK.length))
  } catch {
    return undefined
  }
}

/** The reports of one runtime's separate runs as one; undefined when any is missing. */
export function mergeReports(reports) {
  if (reports.some((report) => !report || !Array.isArray(report.results))) return undefined
  const results = reports.flatMap((report) => report.results)
  return { runtime: reports[0].runtime, passed: results.filter((r) => r.ok).length, total: results.length, results }
}

const tail = (text, lines = 12) => text.trim().split('\n').slice(-lines).join('\n')

/**
 * Outcome of one runtime from its report: passed only when every case passed and the suite
 * really ran in the runtime it was meant for (`expected` is matched against the detected name).
 */
export function outcome(report, expected, context = {}) {
  if (!report || typeof report !== 'object' || !Array.isArray(report.results)) {
    const why = context.timedOut ? `timed out after ${context.timeoutMs} ms` : context.error ? String(context.error.message ?? context.error) : 'no report'
    const output = tail(`${context.stdout ?? ''}\n${context.stderr ?? ''}`)
    return { status: 'failed', summary: why, details: output ? output.split('\n') : [] }
  }
  const failures = report.results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.error}`)
  if (!expected.test(report.runtime)) failures.unshift(`ran in "${report.runtime}", not the runtime under test`)
  // Every runtime must replay the cassette; its line says so (and how: Deno's name carries "(--deny-net)").
  const replay = report.results.find((r) => r.name.startsWith(REPLAY_CASE))
  if (!replay) failures.push(`the cassette replay did not run ("${REPLAY_CASE}")`)
  const replayed = replay?.ok && [`cassette replayed in ${replay.ms} ms`, replay.name.slice(REPLAY_CASE.length).trim()].filter(Boolean).join(' ')
  const counts = [`${report.passed}/${report.total}`, replayed].filter(Boolean).join(', ')
  if (failures.length > 0 || report.total === 0) return { status: 'failed', summary: counts, version: report.runtime, details: failures }
  return { status: 'passed', summary: counts, version: report.runtime, details: [] }
}

/**
 * For page runtimes (happy-dom, chromium), whose page origin differs from the API's: credentialed
 * calls must have been preflighted, which also proves they went through the page's own fetch.
 */
export function requirePreflights(result, preflights) {
  if (preflights === 0) {
    result.status = 'failed'
    result.details.push('no CORS preflight reached the server: the calls did not go through a cross-origin page fetch')
  }
  result.version = `${result.version ?? 'unknown runtime'}, cross-origin with ${preflights} CORS preflights`
  return result
}
