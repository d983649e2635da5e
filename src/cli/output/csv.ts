import { cellText } from './cell.ts'

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`;
 * numbers stay numbers.
 */
export function csvField(value: unknown): string {
  let text = cellText(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvRow = (values: readonly unknown[]): string => `${values.map(csvField).join(',')}\r\n`
