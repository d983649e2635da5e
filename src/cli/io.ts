/** Where the command line writes: stdout for results, stderr for people. */
export interface Output {
  /** Resolves when the text may be followed by more (a pipe that is full waits for its reader). */
  write(text: string): void | Promise<void>
  isTTY: boolean
  /** The terminal's width, when it is one. */
  columns?: number | undefined
}

/** Everything the command line takes from its process, so that it runs the same on Node, Deno and Bun. */
export interface CliIo {
  stdout: Output
  stderr: Output
  env: Readonly<Record<string, string | undefined>>
  stdinIsTTY: boolean
  readStdin(): Promise<string>
  readFile(path: string): Promise<string>
  /** Writes a UTF-8 text file, replacing what it held (`--record`). */
  writeFile(path: string, text: string): Promise<void>
  /** Asks a question on the terminal and resolves to the answer line. */
  ask(question: string): Promise<string>
  /** Calls `handler` on Ctrl-C (SIGINT); returns a function that stops listening. */
  onInterrupt(handler: () => void): () => void
}
