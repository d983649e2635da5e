// A CliIo held in memory, to run the command line in this process: real clients and real HTTP,
// only the terminal is ours.
import type { CliIo } from '../../src/cli/io.js'

export interface MemoryIo extends CliIo {
  out(): string
  err(): string
  /** Questions asked on the "terminal". */
  asked: string[]
  /** Fire the Ctrl-C handlers. */
  interrupt(): void
  /** The files read and written (`options.files` itself, when given: runs that share it share files). */
  files: Record<string, string>
}

export function memoryIo(env: Record<string, string | undefined> = {}, options: { tty?: boolean; stdin?: string; answers?: string[]; files?: Record<string, string>; onWrite?: (text: string) => void } = {}): MemoryIo {
  let out = ''
  let err = ''
  const asked: string[] = []
  const handlers = new Set<() => void>()
  const answers = [...(options.answers ?? [])]
  const files = options.files ?? {}
  return {
    stdout: { isTTY: Boolean(options.tty), columns: options.tty ? 120 : undefined, write: (t) => {
      out += t
      options.onWrite?.(t)
    } },
    stderr: { isTTY: Boolean(options.tty), columns: options.tty ? 120 : undefined, write: (t) => void (err += t) },
    env,
    stdinIsTTY: Boolean(options.tty),
    readStdin: async () => options.stdin ?? '',
    readFile: async (path) => {
      if (!Object.prototype.hasOwnProperty.call(files, path)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' })
      return files[path]!
    },
    writeFile: async (path, text) => {
      files[path] = text
    },
    ask: async (question) => {
      asked.push(question)
      return answers.shift() ?? ''
    },
    onInterrupt(handler) {
      handlers.add(handler)
      return () => handlers.delete(handler)
    },
    out: () => out,
    err: () => err,
    asked,
    files,
    interrupt: () => handlers.forEach((h) => h()),
  }
}
