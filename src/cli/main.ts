#!/usr/bin/env node
// affiliate-fetch: every operation of AgentRef, AgentClick and Agentries from the shell. Stdout
// carries results only; people read stderr. Node, Deno (`deno run -A npm:affiliate-fetch`) and
// Bun run this same file through their node: built-ins.
import { readFile, writeFile } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import type { CliIo, Output } from './io.ts'
import { runCli } from './run.ts'

/** A stream as an Output whose writes wait while the pipe is full, so `--all` holds one page at most. */
function output(stream: NodeJS.WriteStream): Output {
  return {
    isTTY: Boolean(stream.isTTY),
    columns: stream.isTTY ? stream.columns : undefined,
    write: (text) =>
      new Promise<void>((resolve, reject) => {
        const done = (error?: Error | null) => (error ? reject(error) : resolve())
        if (stream.write(text)) done()
        else stream.once('drain', () => done())
      }),
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true })
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      resolve(answer)
      rl.close()
    })
    // Ctrl-D (end of input) is no.
    rl.once('close', () => resolve(''))
  })
}

const io: CliIo = {
  stdout: output(process.stdout),
  stderr: output(process.stderr),
  env: process.env,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  readStdin,
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  ask,
  onInterrupt(handler) {
    let count = 0
    const listener = () => {
      // The first Ctrl-C stops after the current page; a second one does not wait.
      if (++count > 1) process.exit(130)
      handler()
    }
    process.on('SIGINT', listener)
    return () => process.off('SIGINT', listener)
  },
}

// A reader that went away (`| head`) ends the output, not the program with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
})

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`affiliate-fetch: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  },
)
