import type { Format } from '../global-flags.ts'
import type { Output } from '../io.ts'
import { csvRow } from './csv.ts'
import { at, pick } from './pick-fields.ts'
import { columnsOf, layout, tableHeader, tableLine, type TableLayout } from './table.ts'

export interface ItemWriter {
  item(value: unknown): Promise<void>
  /** Closes the output well-formed (a JSON array's `]`), whatever was written. */
  end(): Promise<void>
}

export interface WriterOptions {
  format: Format
  fields: string[][] | undefined
  /** Bold table headers (a terminal, NO_COLOR unset). */
  color: boolean
  /** Where people are told of columns left out. */
  notice: (text: string) => void
}

/** Every key of the first rows, in order: CSV's default columns (objects go in as JSON). */
function keysOf(rows: readonly unknown[]): string[] {
  const seen = new Set<string>()
  for (const row of rows) if (row && typeof row === 'object') for (const k of Object.keys(row)) seen.add(k)
  return [...seen]
}

const TABLE_SAMPLE = 20

/**
 * Writes items one at a time in a format, so that a stream of pages needs no more memory than a
 * page: NDJSON lines, CSV rows, one JSON array, or table rows (laid out from the first 20 items).
 */
export function writeItems(out: Output, options: WriterOptions): ItemWriter {
  const { format, fields } = options
  const shape = (value: unknown) => (fields ? pick(value, fields) : value)
  let count = 0
  let columns: string[] | undefined
  let table: TableLayout | undefined
  const sample: Record<string, unknown>[] = []

  async function flushTable(): Promise<void> {
    if (table || sample.length === 0) return
    const names = fields ? fields.map((f) => f.join('.')) : columnsOf(sample)
    table = layout(names, sample, out.columns ?? Infinity)
    if (table.dropped) options.notice(`${table.dropped} more column${table.dropped === 1 ? '' : 's'} left out to fit the terminal: pick them with --fields, or use --json`)
    await out.write(tableHeader(table, options.color))
    for (const row of sample.splice(0)) await out.write(tableLine(table, row))
  }

  return {
    async item(value) {
      count++
      if (format === 'ndjson') return out.write(`${JSON.stringify(shape(value)) ?? 'null'}\n`)
      if (format === 'json') return out.write(`${count === 1 ? '[' : ',\n'}${JSON.stringify(shape(value)) ?? 'null'}`)
      if (format === 'csv') {
        if (!columns) {
          columns = fields ? fields.map((f) => f.join('.')) : keysOf([value])
          await out.write(csvRow(columns))
        }
        const path = fields ?? columns.map((c) => [c])
        return out.write(csvRow(path.map((p) => at(value, p))))
      }
      const row = (fields ? pick(value, fields) : value) as Record<string, unknown>
      if (table) return out.write(tableLine(table, row ?? {}))
      sample.push(row ?? {})
      if (sample.length >= TABLE_SAMPLE) await flushTable()
    },
    async end() {
      if (format === 'json') await out.write(count === 0 ? '[]\n' : ']\n')
      if (format === 'table') {
        await flushTable()
        if (count === 0) options.notice('(no items)')
      }
    },
  }
}
