/** A value as the text of one cell: strings as they are, objects as JSON, nothing as empty. */
export const cellText = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)
