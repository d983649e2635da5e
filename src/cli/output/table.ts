import { cellText } from './cell.ts'

const MAX_CELL = 40

/** A cell cut to `width` characters, one line. */
function fit(value: unknown, width: number): string {
  const text = cellText(value).replace(/\s+/g, ' ')
  return text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text.padEnd(width)
}

export interface TableLayout {
  columns: string[]
  widths: number[]
  /** Columns left out to fit the terminal. */
  dropped: number
}

/**
 * Columns and widths for rows: each column as wide as its longest cell (at most 40) in the rows
 * seen, and columns dropped from the right until the table fits `maxWidth`.
 */
export function layout(columns: string[], rows: readonly Record<string, unknown>[], maxWidth = Infinity): TableLayout {
  const widths = columns.map((c) => Math.min(MAX_CELL, Math.max(c.length, ...rows.map((r) => cellText(r[c]).length))))
  let count = columns.length
  const total = (n: number) => widths.slice(0, n).reduce((s, w) => s + w, 0) + 2 * (n - 1)
  while (count > 1 && total(count) > maxWidth) count--
  return { columns: columns.slice(0, count), widths: widths.slice(0, count), dropped: columns.length - count }
}

export const tableLine = (t: TableLayout, row: Record<string, unknown>): string => `${t.columns.map((c, i) => fit(row[c], t.widths[i]!)).join('  ').trimEnd()}\n`

export const tableHeader = (t: TableLayout, bold: boolean): string => {
  const line = t.columns.map((c, i) => fit(c.toUpperCase(), t.widths[i]!)).join('  ').trimEnd()
  return `${bold ? `\x1b[1m${line}\x1b[22m` : line}\n`
}

/** The scalar keys of the first rows, in order: the default columns of a table or CSV. */
export function columnsOf(rows: readonly unknown[]): string[] {
  const seen = new Set<string>()
  for (const row of rows.slice(0, 20)) {
    if (row && typeof row === 'object') for (const [k, v] of Object.entries(row)) if (v === null || typeof v !== 'object') seen.add(k)
  }
  return [...seen]
}
