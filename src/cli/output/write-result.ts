import type { Command } from '../command-table.ts'
import type { Format } from '../global-flags.ts'
import type { Output } from '../io.ts'
import { itemsOf } from './items-of.ts'
import { pick } from './pick-fields.ts'
import { writeItems, type WriterOptions } from './write-items.ts'

/** The format when none is asked for: a table for a list on a terminal, else JSON. */
export const defaultFormat = (out: Output, isList: boolean): Format => (out.isTTY && isList ? 'table' : 'json')

/**
 * One command's result on stdout. A list goes out item by item in the format (with `--fields`,
 * each item narrowed); anything else as JSON (indented on a terminal, one line when piped), or as
 * one row of CSV or NDJSON, or a key/value table.
 */
export async function writeResult(out: Output, result: unknown, command: Command | undefined, options: Omit<WriterOptions, 'format'> & { format: Format | undefined }): Promise<void> {
  const items = itemsOf(result, command)
  const format = options.format ?? defaultFormat(out, items !== undefined)
  if (items !== undefined && format === 'json' && options.fields) {
    const fields = options.fields
    return out.write(`${JSON.stringify(items.map((item) => pick(item, fields)), null, out.isTTY ? 2 : undefined)}\n`)
  }
  if (items !== undefined && format !== 'json') {
    const writer = writeItems(out, { ...options, format })
    for (const item of items) await writer.item(item)
    return writer.end()
  }
  const value = options.fields ? pick(result, options.fields) : result
  if (format === 'json') return out.write(`${JSON.stringify(value ?? null, null, out.isTTY ? 2 : undefined)}\n`)
  if (format === 'table' && value !== null && typeof value === 'object') {
    const writer = writeItems(out, { ...options, format, fields: undefined })
    for (const [key, v] of Object.entries(value)) await writer.item({ key, value: v })
    return writer.end()
  }
  const writer = writeItems(out, { ...options, format })
  await writer.item(result)
  return writer.end()
}
