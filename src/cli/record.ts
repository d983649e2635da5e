import type { Cassette, CassetteFetch } from '../cassette/index.ts'
import { isCassette } from '../cassette/is-cassette.ts'
import type { FetchLike } from '../core/types.ts'
import type { CliIo } from './io.ts'
import { UsageError } from './usage-error.ts'

/** `--record FILE`: a command's exchanges, appended to a HAR cassette when the command ends. */
export interface Recording {
  file: string
  /** The fetch a client would have used, recorded. */
  wrap(fetch: FetchLike): FetchLike
  /** Appends the exchanges to the file (written only when there is one); resolves to how many. */
  save(): Promise<number>
}

const codeOf = (error: unknown): string => (error as { code?: string })?.code ?? (error instanceof Error ? error.message : String(error))

/**
 * Reads FILE before anything is sent: a HAR (any `log.entries` array) gets the new entries after
 * its own; a file that does not exist, or is empty, becomes a new cassette; anything else is a
 * usage error (exit 2, nothing sent). The library's `recordFetch` redacts every exchange: the
 * credentials the clients send, and whatever of them comes back.
 */
export async function startRecording(io: CliIo, file: string): Promise<Recording> {
  if (file === '') throw new UsageError('--record needs a file name')
  let text: string | undefined
  try {
    text = await io.readFile(file)
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') throw new UsageError(`--record ${file}: cannot read the file (${codeOf(error)}); nothing was sent`)
  }
  let existing: Cassette | undefined
  if (text !== undefined && text.trim() !== '') {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {}
    if (!isCassette(value)) throw new UsageError(`--record ${file}: the file exists and is not a HAR cassette (no log.entries array); nothing was sent`)
    existing = value
  }
  const { recordFetch } = await import('../cassette/index.ts')
  // Every fetch wrapped (one per client) records into its own cassette; save() appends them all.
  const recorded: Cassette[] = []
  return {
    file,
    wrap(fetch) {
      // Our clients call fetch with a URL string and an init.
      const through: CassetteFetch = (input, init) => fetch(input as string, init ?? {})
      const recorder = recordFetch({ fetch: through })
      recorded.push(recorder.cassette)
      return (input, init) => recorder.fetch(input, init)
    },
    async save() {
      const added = recorded.flatMap((cassette) => cassette.log.entries)
      if (added.length === 0) return 0
      const cassette = existing ?? recorded[0]!
      cassette.log.entries = existing ? [...existing.log.entries, ...added] : added
      await io.writeFile(file, `${JSON.stringify(cassette, null, 2)}\n`)
      return added.length
    },
  }
}
