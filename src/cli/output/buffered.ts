import type { Output } from '../io.ts'

/**
 * An Output that gathers small writes (an export writes one line per item) and passes them on in
 * chunks of about `limit` characters, or as soon as the writer pauses (a timer of 0 ms: while the
 * next page is on its way). Writes are never split, so a line reaches `out` whole. `flush` passes
 * on what is held, and must end every run.
 */
export function buffered(out: Output, limit = 65_536): Output & { flush(): Promise<void> } {
  let held = ''
  let timer: ReturnType<typeof setTimeout> | undefined
  const flush = async (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    const text = held
    held = ''
    if (text) await out.write(text)
  }
  return {
    isTTY: out.isTTY,
    columns: out.columns,
    flush,
    write(text) {
      held += text
      if (held.length >= limit) return flush()
      timer ??= setTimeout(() => void flush(), 0)
    },
  }
}
